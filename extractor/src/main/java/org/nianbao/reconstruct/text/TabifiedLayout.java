package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laid-out text ({@code pdftotext -layout}) whose runs of spaces an editor turned into tabs: GNU
 * {@code unexpand -a}, Emacs {@code tabify}, vim {@code :retab!}, Notepad++ "Space to TAB". A tab
 * there is so many spaces up to the next tab stop, not a cell boundary: read as tab-separated cells,
 * {@code 行政规范性文件   14\t\t 163690 1} gave an empty field between the two tabs, read as a blank
 * cell (red team 15b). The text is told by its tabs standing among the runs of spaces that lay out
 * the same lines ({@code \t   14}, {@code 83   99   /\t1}); tab-separated rows (甘肃省, 盐池县) put no
 * space beside their tabs.
 *
 * <p>The tools count columns differently (GNU's by bytes of UTF-8, vim's and Emacs's by display
 * width, a CJK character two columns, others by characters) at stops of 8 or 4: the text is expanded
 * each way and the expansion kept whose numbers stand in the fewest columns, as a table's do when
 * the expansion undoes the editor's exactly. A wrong guess only misaligns columns, which the
 * space-aligned reading flags where it matters.
 */
public final class TabifiedLayout {

    /** A tab with spaces on its far side before text, or spaces run inside a tab-separated field between text. */
    private static final Pattern SPACED_TAB = Pattern.compile("\t {1,7}\\S|\\S {2,}\\S[^\t]*\t|\t[^\t]*\\S {2,}\\S");
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９][0-9０-９,.]*");
    /** Lines that must show the editor's tabs before the text is taken as tabified. */
    private static final int MIN_LINES = 3;

    private enum Count { BYTES, DISPLAY, CHARS }

    private TabifiedLayout() {
    }

    /** The lines with tabs expanded back to spaces when the text is tabified layout; the lines themselves otherwise. */
    public static List<String> expanded(List<String> lines) {
        long tabbed = lines.stream().filter(l -> l.indexOf('\t') >= 0).count();
        long spaced = lines.stream().filter(l -> SPACED_TAB.matcher(l).find()).count();
        if (spaced < MIN_LINES || spaced * 2 < tabbed) {
            return lines;
        }
        List<String> best = lines;
        int bestScore = -1;
        for (int stop : new int[] {8, 4}) {
            for (Count count : Count.values()) {
                List<String> candidate = lines.stream().map(l -> expand(l, stop, count)).toList();
                int score = aligned(candidate);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static String expand(String line, int stop, Count count) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                int next = (col / stop + 1) * stop;
                out.append(" ".repeat(next - col));
                col = next;
                continue;
            }
            out.appendCodePoint(cp);
            col += switch (count) {
                case BYTES -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                case DISPLAY -> DisplayColumns.wide(cp) ? 2 : 1;
                case CHARS -> 1;
            };
        }
        return out.toString();
    }

    /**
     * How many numbers end in a column where a number of the line of numbers just above ends too,
     * counted in characters or in display columns, whichever aligns more ({@code pdftotext -layout}
     * aligns in characters, the tools that pad by display width in those). Neighbours, not the whole
     * text: a wrong expansion shifts some lines against the next, while columns of the whole text
     * coincide often enough by chance to hide it.
     */
    private static int aligned(List<String> lines) {
        int chars = 0;
        int displays = 0;
        Set<Integer> aboveChars = Set.of();
        Set<Integer> aboveDisplays = Set.of();
        for (String line : lines) {
            int[] display = DisplayColumns.of(line);
            Set<Integer> endChars = new HashSet<>();
            Set<Integer> endDisplays = new HashSet<>();
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                chars += aboveChars.contains(m.end()) ? 1 : 0;
                displays += aboveDisplays.contains(display[m.end()]) ? 1 : 0;
                endChars.add(m.end());
                endDisplays.add(display[m.end()]);
            }
            if (!endChars.isEmpty()) {
                aboveChars = endChars;
                aboveDisplays = endDisplays;
            }
        }
        return Math.max(chars, displays);
    }
}
