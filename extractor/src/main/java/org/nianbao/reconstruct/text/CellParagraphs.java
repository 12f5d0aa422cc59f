package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A browser's text of a page whose table cells hold paragraphs: Chromium's {@code innerText} (select all and
 * copy, {@code element.innerText} in scrapers) writes a tab between a row's cells and a line break between
 * rows, but a {@code <p>} inside a cell is a block with margins, written on lines of its own with one blank
 * line either side. A row whose cells hold paragraphs comes out over many lines ({@code －\t} / {@code 0} /
 * {@code \t0\t} / {@code 2} / {@code \t} / {@code 2} / …): read line by line, its figures became rows of their
 * own, and table 四's row of fifteen was read as pieces whose group sums could still hold (red team 19: 未经复议
 * 直接起诉 read {@code 2 | (blank) | 0 | 0 | 2} with no finding).
 *
 * <p>The tabs say where the pieces go: a tab is written only between two cells of one row, so a piece after a
 * line ending in a tab, or before a line starting with one, is in the same row. The blank lines say how far:
 * a paragraph's margin leaves exactly one blank line beside the tab; a row's end leaves none, or two where
 * the row ends or starts with a paragraph (the margin and the row's own break). So two lines one blank line
 * apart, the first ending or the second starting with a tab, are one row. A cell holding a {@code <div>} is
 * set on a line of its own with no blank line: there a line ending in a tab is as well a row whose last cell is
 * empty, and one starting with a tab a row whose first cell is, so such lines are left as they are (the rows
 * they break have too few cells and are flagged; table 四's row, which has no label, is joined by
 * {@link CutAppealsRow} where its tabs prove it one row).
 *
 * <p>The text is taken for such a copy only where it shows a paragraph between two tabs at least
 * {@link #MIN_CELLS} times (a line with no tab at either end, one blank line after a line ending in a tab and
 * one before a line starting with one): tab-separated text written a row a line, even with a blank line
 * between rows, does not give that.
 */
public final class CellParagraphs {

    /** Paragraphs between two tabs before the text is taken for a browser's copy of a table with paragraphs in its cells. */
    private static final int MIN_CELLS = 2;

    private CellParagraphs() {
    }

    /**
     * The text with each row's pieces joined back onto the row's first line, the lines they stood on left
     * empty (line numbers stay); the lines as given where the text is no such copy.
     */
    public static List<String> of(List<String> lines) {
        List<Integer> printed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                printed.add(i);
            }
        }
        int between = 0;
        for (int k = 1; k + 1 < printed.size(); k++) {
            if (betweenTabs(lines, printed.get(k - 1), printed.get(k), printed.get(k + 1))) {
                between++;
            }
        }
        if (between < MIN_CELLS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        int row = printed.isEmpty() ? 0 : printed.get(0);
        for (int k = 1; k < printed.size(); k++) {
            int at = printed.get(k);
            if (sameRow(lines, printed.get(k - 1), at)) {
                out.set(row, out.get(row) + lines.get(at));
                out.set(at, "");
            } else {
                row = at;
            }
        }
        return out;
    }

    /**
     * Whether printed line {@code piece} is a paragraph between two cells of its row: one blank line after a line
     * ending in a tab and one before a line starting with one.
     */
    private static boolean betweenTabs(List<String> lines, int before, int piece, int after) {
        return piece - before == 2 && after - piece == 2 && lines.get(before).endsWith("\t")
                && lines.get(after).startsWith("\t") && !lines.get(piece).startsWith("\t")
                && !lines.get(piece).endsWith("\t") && plain(lines, before) && plain(lines, piece) && plain(lines, after);
    }

    /**
     * Whether two printed lines, {@code next} the first after {@code line}, are pieces of one row: one blank line
     * (a paragraph's margin) between them and a tab on either side of it.
     */
    private static boolean sameRow(List<String> lines, int line, int next) {
        return next - line == 2 && (lines.get(line).endsWith("\t") || lines.get(next).startsWith("\t"))
                && plain(lines, line) && plain(lines, next);
    }

    /** A line no page break is in. */
    private static boolean plain(List<String> lines, int i) {
        return lines.get(i).indexOf('\f') < 0;
    }
}
