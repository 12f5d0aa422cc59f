package org.nianbao.reconstruct.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Laid-out text ({@code pdftotext -layout}) whose lines lost their leading spaces: a scraper's
 * {@code line.strip()}, {@code sed 's/^ &#42;//'}, a CMS or an editor that trims pasted lines. The
 * spaces inside a line are kept, so a line's cells still stand apart, but every line now starts at
 * column 0: a header printed over the value columns moves left under other columns, and rows whose
 * labels were indented (a group's rows beside its label) move left by their indent. Character
 * columns then say nothing about which column a figure or a header cell stands in across lines,
 * and read by them table 三's whole rows were placed under the moved header one or more columns off,
 * every row identity holding (red team 15b, 97 silent cells).
 *
 * <p>Told by the page text's shape: laid-out pages (form feeds, lines of cells apart by runs of
 * spaces) where no line but one that starts a page (a form feed keeps the spaces after it) is
 * indented. A PDF's laid-out page always indents some lines: a centred title, a header over the
 * value columns, a line of a number's wrapped pieces.
 */
public final class LostLeftMargin {

    /** Two or more runs of two spaces inside a line: cells laid out apart. */
    private static final Pattern LAID_OUT = Pattern.compile("\\S {2,}\\S.* {2,}\\S");
    /** Laid-out lines needed before the text counts as a page's layout. */
    private static final int MIN_LAID_OUT = 5;
    /** Lines at column 0 needed before their margin counts as lost rather than never there. */
    private static final int MIN_LINES = 20;

    private LostLeftMargin() {
    }

    /** True when {@code lines} are a PDF's laid-out pages with every line's leading spaces removed. */
    public static boolean in(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)
                || lines.stream().filter(l -> LAID_OUT.matcher(l).find()).count() < MIN_LAID_OUT) {
            return false;
        }
        int atZero = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("\f")) {
                continue; // a page's first line keeps the spaces after its form feed
            }
            char c = line.charAt(0);
            if (c == ' ' || c == '\u3000' || c == '\t' || c == '\u00a0') {
                return false;
            }
            atZero++;
        }
        return atZero >= MIN_LINES;
    }
}
