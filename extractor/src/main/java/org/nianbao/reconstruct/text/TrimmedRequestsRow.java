package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 三's row whole on its lines in a browser's copy ({@code innerText}) whose lines were trimmed of their trailing
 * whitespace, the empty lines kept (vim {@code :%s/\s\+$//e}, an editor's "trim trailing whitespace" on save, Python's
 * {@code l.rstrip()}). Chromium wrote a tab before each of the row's seven value cells, so a row whose last cells are
 * blank ended in tabs, and the trim took them: {@code (一)予以公开} / {@code \t0\t0\t0\t\t0\t0}, its blank 总计 gone.
 * Read as printed, the six cells and the line's leading tab (the one after the label's paragraph) made seven, and
 * the figures were placed one column right with the row's sum holding, 0 = 0 (red team rtv,
 * {@code chromium-innertext-vim-trailing-trim-granted-shifted-mixed.txt}: 4 cells with no finding).
 *
 * <p>The trim proves where the cells stand: it takes whitespace at a line's end only, so what it took were blank
 * cells after the row's last figure, and every cell the line still prints keeps its place counted from the label.
 * Where the row ends on that line (the next printed line is no piece of figures, so no paragraph cell of the row
 * follows) its tabs are written back to the seven the form's columns have. A row whose pieces run on over more lines
 * is left as printed: how many blank cells the trim took between them the text does not say, and its short rows are
 * read from the left and flagged.
 *
 * <p>Taken for such a copy only where the text has tabs and no line ends in whitespace: an untrimmed copy ends a
 * row with a blank last cell in a tab.
 */
public final class TrimmedRequestsRow {

    /** Tabs from a row's last label cell to its end: one before each of the seven value columns. */
    private static final int ROW_TABS = 7;

    private TrimmedRequestsRow() {
    }

    /** Whether the text as read is such a trimmed copy: it has tabs and no line ends in whitespace. */
    public static boolean trimmed(List<String> printed) {
        return printed.stream().anyMatch(l -> l.indexOf('\t') >= 0)
                && printed.stream().noneMatch(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(l.length() - 1)));
    }

    /**
     * Whether a copy has lost its empty lines ({@code sed '/^$/d'} after the trim, or util-linux {@code column -t},
     * which drops them): lines printed, and none empty but at the end. Chromium's copy of a page with paragraph
     * cells has empty lines between every two paragraphs.
     */
    public static boolean emptyLinesDropped(List<String> printed) {
        int end = printed.size();
        while (end > 0 && printed.get(end - 1).isEmpty()) {
            end--;
        }
        return end > 0 && printed.subList(0, end).stream().noneMatch(String::isEmpty);
    }

    /**
     * The text with each table 三 row that ends on its line given back the tabs the trim took, a row whose figures
     * follow its label's paragraph joined onto the label's line, the line they stood on left empty (line numbers stay);
     * the lines as given where the text is no trimmed copy or has no such row.
     *
     * <p>In a copy that also lost its empty lines ({@link #emptyLinesDropped}), a row's
     * figures right under its label's paragraph, after the tab that followed the label, are joined onto the label's
     * line as they would be one blank line apart: read alone, the line's leading tab made a blank 自然人 and the six
     * cells the trim left after it a row of seven (red team rtz's {@code column -t} siblings: 3.要求提供公开出版物's
     * {@code ⇥0⇥0⇥0⇥0⇥⇥0}, its blank 总计 trimmed, read one column right with 0 = 0).
     *
     * @param trimmed {@link #trimmed} the text as read
     * @param emptyLinesDropped {@link #emptyLinesDropped} the text as read
     */
    public static List<String> of(List<String> lines, boolean trimmed, boolean emptyLinesDropped) {
        if (!trimmed) {
            return lines;
        }
        List<String> out = null;
        boolean[] inTable = CutRowPieces.inRequestsTable(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int tabs = tabsAfterLabel(line);
            if (!inTable[i] || tabs < 0) {
                continue;
            }
            int next = nextPrinted(lines, i);
            int valuesLine = -1;
            if (tabs > 0) {
                // the row's figures beside its label
                valuesLine = i;
            } else if ((next == i + 2 || emptyLinesDropped && next == i + 1) && lines.get(next).startsWith("\t")
                    && CutRowPieces.figures(lines.get(next))) {
                // the label's paragraph, its margin's one blank line (more would hide a lone-tab line the trim
                // emptied), then the row's figures after the tab that followed the label
                valuesLine = next;
                tabs = CutRowPieces.tabs(lines.get(next));
                next = nextPrinted(lines, next);
            }
            if (valuesLine < 0 || tabs >= ROW_TABS || next >= 0 && CutRowPieces.figures(lines.get(next))) {
                continue;
            }
            out = out == null ? new ArrayList<>(lines) : out;
            // figures beside their label lost only blank cells at the row's end; figures after the label's paragraph
            // may have lost the label line's own end too (2.重复申请⇥⇥⇥ / ⇥0: social_welfare's 0), so where they
            // are short of the seven the row is left short, read from the left and flagged
            out.set(i, line + (valuesLine == i ? "\t".repeat(ROW_TABS - tabs) : lines.get(valuesLine)));
            if (valuesLine != i) {
                out.set(valuesLine, "");
            }
            i = valuesLine;
        }
        return out == null ? lines : out;
    }

    private static int nextPrinted(List<String> lines, int after) {
        for (int k = after + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The tabs after a line's last label cell, where the cells after it are figures or blank; -1 for a line with no
     * label (figures only), with a page break, or with no Han character in its label (a page number, a date).
     */
    private static int tabsAfterLabel(String line) {
        if (line.indexOf('\f') >= 0 || line.isBlank()) {
            return -1;
        }
        String[] cells = line.split("\t", -1);
        for (int j = cells.length - 1; j >= 0; j--) {
            if (!CutRowPieces.FIGURES.matcher(cells[j]).matches()) {
                boolean han = cells[j].codePoints().anyMatch(
                        cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                return han ? cells.length - 1 - j : -1;
            }
        }
        return -1;
    }
}
