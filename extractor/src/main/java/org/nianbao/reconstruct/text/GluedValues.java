package org.nianbao.reconstruct.text;

import java.util.regex.Pattern;

/**
 * Numbers and blank marks run together in one cell's text that is not itself a value ({@code -620}
 * is a decrease; callers ask the value parser first): {@code —0}, {@code 0 —0 0 —0},
 * {@code 2 6 —1 1 —9}. A tool that places text by position prints the cells of a row with narrow
 * columns (Chromium's PDF of a table whose value cells are one digit wide) without a space between a
 * blank mark and the next cell's digit. Such text is not one value (it is read as unreadable), but
 * it is never label text either: the line holding it holds its row's values, so it neither leaves
 * that row's label waiting for values on another line nor lends the label to a line of pieces.
 */
public final class GluedValues {

    private static final String MARK = "[-—–−―－/／]";
    private static final String DIGIT = "[0-9０-９]";
    /** Blank marks around at most one run of digits: a date or a telephone number ({@code 2021-12-31}) has two. */
    private static final String WORD = MARK + "*+" + DIGIT + "*+" + MARK + "*+";
    /**
     * Such words separated by single spaces, one of them a mark touching a digit. (Possessive: a word ends at a space or
     * the end, so giving marks back never helps, and trying would cost the square of a run of marks.)
     */
    private static final Pattern RUN = Pattern.compile("^(?=.*(?:" + MARK + DIGIT + "|" + DIGIT + MARK + "))"
            + WORD + "(?:[ \u3000]" + WORD + ")*");
    /** A page number between dashes, spaced alike on both sides ({@code — 2 —}, {@code -3-}); {@code —0 ——} is not one. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("([-—–－―])( ?)[0-9０-９]{1,3}\\2\\1");

    private GluedValues() {
    }

    /** True when {@code text} is values run together: digits and blank marks, a mark touching a digit. */
    public static boolean in(String text) {
        String s = text.strip();
        return RUN.matcher(s).matches() && !PAGE_NUMBER.matcher(s).matches();
    }
}
