package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Laid-out text ({@code pdftotext -layout}) broken after a blank by a tool that wrapped it afterwards:
 * GNU {@code fold -s} (counting bytes, a CJK character three) and a mail client's flowed text (RFC 3676)
 * break a line too wide after the last blank that fits and keep that blank at the end of the line, the
 * rest starting the next line at column 0. {@code pdftotext} never ends a line with a blank, so on laid-out
 * pages a line ending in one was broken there, and the line it was broken from is that line with the next
 * appended, character for character: joined back, every figure and header word stands again in the page's
 * column. Red team 17b: {@code fold -s -w 100} put table 三's header word 其他 alone at column 0, taken
 * as a column left of 自然人, and every row was read rotated, every sum holding.
 *
 * <p>A line is taken as broken only where the next line's first word would have taken it near the
 * widest line of the text (by bytes, display columns or characters, as the tools count: {@code fold}
 * bytes, Thunderbird display columns, other mail clients and web forms characters): a wrap breaks only a
 * line that word would have run past its width.
 *
 * <p>A wrap leaves a blank at the end of the lines it broke and of no other. Where lines end in a blank
 * that no wrap broke — the next line's first word would have fitted, or no word follows — the blanks were
 * written by something else: a scraper writing {@code line + " \r\n"}, a console copy padding each line
 * to its window's width (red team 18b: every line ending {@code ' \r\n'} was joined to the next, five
 * rows of table 三 read a column right). Such line ends say nothing of a wrap: the trailing blanks are
 * dropped and no line is joined.
 */
public final class SoftLineBreaks {

    /** How far short of the widest line a broken line may end (the break falls at a blank before the width). */
    private static final int NEAR = 16;
    /** How far short of the widest line a line cut where it had no blank ends: the cut may leave a CJK character's bytes out. */
    private static final int HARD_CUT = 3;
    /** Lines ending in a blank no wrap left, at least, before the text's line-end blanks are taken for no wrap's. */
    private static final int PADDED_LINES = 3;

    private SoftLineBreaks() {
    }

    /**
     * The text with its soft breaks joined back.
     *
     * @param lines each rest a wrap broke off appended to the line it came from and its own line left
     *     empty (line numbers stay); the lines as given when none was broken
     * @param hardBreaks whether the wrap also broke a line that had no blank to break at ({@code fold -s}
     *     then cuts at the width, mid-word or mid-character): that line's rest is not known to be one, so
     *     the text keeps no character columns
     */
    public record Joined(List<String> lines, boolean hardBreaks) {
    }

    public static Joined of(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)) {
            return new Joined(lines, false);
        }
        Widest widest = new Widest(lines.stream().mapToInt(SoftLineBreaks::bytes).max().orElse(0),
                lines.stream().mapToInt(SoftLineBreaks::columns).max().orElse(0),
                lines.stream().mapToInt(String::length).max().orElse(0));
        if (paddedLineEnds(lines, widest)) {
            return new Joined(lines.stream().map(SoftLineBreaks::withoutEndBlanks).toList(), false);
        }
        List<String> out = new ArrayList<>(lines);
        boolean any = false;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            boolean broken = !line.isBlank() && line.endsWith(" ") && line.indexOf('\f') < 0
                    && !next.isBlank() && next.indexOf('\f') < 0
                    && widest.overrunBy(line + firstWord(next));
            if (broken) {
                // a line broken twice: its first rest was appended to the line before, which takes this one too
                int to = out.get(i).isEmpty() && i > 0 && lines.get(i - 1).endsWith(" ") ? previousKept(out, i) : i;
                out.set(to, out.get(to) + next);
                out.set(i + 1, "");
                any = true;
            }
        }
        if (!any) {
            return new Joined(lines, false);
        }
        boolean hard = lines.stream().map(l -> l.replace("\f", ""))
                .anyMatch(l -> bytes(l) > widest.bytes() - HARD_CUT && l.indexOf(' ', l.length() - l.stripLeading().length()) < 0);
        return new Joined(out, hard);
    }

    private static int previousKept(List<String> out, int i) {
        int to = i;
        while (to > 0 && out.get(to).isEmpty()) {
            to--;
        }
        return to;
    }

    /**
     * The text's widest line counted as the wrapping tools count: the wrap is at least that wide (fold's
     * width by bytes, Thunderbird's by display columns, other clients' by characters).
     */
    private record Widest(int bytes, int columns, int characters) {

        /**
         * Whether a line with the next line's first word on it reaches the wrap: the wrap broke the line
         * because that word did not fit.
         */
        boolean overrunBy(String withWord) {
            return SoftLineBreaks.bytes(withWord) > bytes - NEAR || SoftLineBreaks.columns(withWord) > columns - NEAR
                    || withWord.length() > characters - NEAR;
        }
    }

    /**
     * Whether the text's line-end blanks were written by something other than a wrap: at least
     * {@link #PADDED_LINES} lines end in one after which no word follows (a wrap breaks a line only to go
     * on with it; lines padded to a console's width all end in blanks and each looks broken, but those
     * before a blank line cannot be), or at least that many, and one in four of those ending in a blank,
     * end in one before a word that would have fitted.
     */
    private static boolean paddedLineEnds(List<String> lines, Widest widest) {
        int endBlanks = 0;
        int nothingAfter = 0;
        int wordFits = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || !line.endsWith(" ") || line.indexOf('\f') >= 0) {
                continue;
            }
            endBlanks++;
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (next.isBlank()) {
                nothingAfter++;
            } else if (!widest.overrunBy(line + firstWord(next))) {
                wordFits++;
            }
        }
        return nothingAfter >= PADDED_LINES
                || nothingAfter + wordFits >= PADDED_LINES && 4 * (nothingAfter + wordFits) >= endBlanks;
    }

    /** The line without its end blanks (a form feed, which {@code pdftotext} writes at a page's start, kept). */
    private static String withoutEndBlanks(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    private static String firstWord(String line) {
        int start = line.length() - line.stripLeading().length();
        int blank = line.indexOf(' ', start);
        return blank < 0 ? line : line.substring(0, blank);
    }

    /**
     * The line's length in UTF-8 bytes, as {@code fold} counts; a character the decoder replaced
     * (U+FFFD: {@code fold} cut it, or the file's bytes were damaged) counts one, at least the bytes
     * it stands for.
     */
    private static int bytes(String line) {
        int replaced = (int) line.chars().filter(c -> c == '\uFFFD').count();
        return line.getBytes(StandardCharsets.UTF_8).length - 2 * replaced;
    }

    private static int columns(String line) {
        return DisplayColumns.of(line)[line.length()];
    }
}
