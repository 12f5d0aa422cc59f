package org.nianbao.reconstruct.text;

import java.util.List;

/**
 * A table 三 row cut over lines with no blank line between, as Chromium's {@code innerText} writes it from a page
 * whose cells hold a {@code <div>}: the label's {@code <div>} ends its line, so the values start on the next line
 * with the tab that stood between the label and the first value ({@code 1、属于国家秘密} / {@code \t\t0\t\t\t0\t} /
 * {@code \t}). Read as a row of its own, that line's seven fields fit the seven columns with the label's tab taken
 * for a blank 自然人 cell, every value one column right; with no 总计 printed nothing disagreed (red team
 * {@code chromium-innertext-div-cells-requests-label-cut-2021.txt}: 4 cells with no finding).
 *
 * <p>The tabs prove the join, as for table 四 ({@link CutAppealsRow}): a tab is written only between two cells of
 * one row, and table 三's seven value columns stand right of the row's last label cell, so from that label to the
 * row's end there are seven tabs. A labelled line whose cells after its last label are figures or blank, followed
 * by lines of figures each cut next to a tab (the first ending in one or the next starting with one), whose tabs
 * from the label on come to seven is the label's row and is joined back; a run that does not come to seven is left
 * as printed (its pieces are short rows, read and flagged as such).
 */
public final class CutRequestsRow {

    /** Tabs from a row's last label cell to its end: one before each of the seven value columns. */
    private static final int ROW_TABS = 7;

    private CutRequestsRow() {
    }

    /**
     * The text with each cut table 三 row joined back onto its label's line, the lines its pieces stood on left
     * empty (line numbers stay); the lines as given where there is no such row.
     */
    public static List<String> of(List<String> lines) {
        List<String> out = null;
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CutRowPieces.REQUESTS_TITLE.matcher(line).find()) {
                inTable = true;
                continue;
            }
            if (CutRowPieces.APPEALS_TITLE.matcher(line).find() || AppealsValues.AFTER_TABLES.matcher(line).find()) {
                inTable = false;
            }
            int tabs = tabsAfterLabel(line);
            if (!inTable || tabs < 0 || tabs >= ROW_TABS) {
                continue;
            }
            int last = CutRowPieces.end(lines, i, tabs, ROW_TABS, i + 1);
            if (last < 0) {
                continue;
            }
            out = CutRowPieces.join(lines, out, i, last);
            i = last;
        }
        return out == null ? lines : out;
    }

    /**
     * The tabs after a line's last label cell, where the cells after it are figures or blank; -1 for a line with
     * no label (figures only) or with a page break.
     */
    private static int tabsAfterLabel(String line) {
        if (line.indexOf('\f') >= 0) {
            return -1;
        }
        String[] cells = line.split("\t", -1);
        for (int j = cells.length - 1; j >= 0; j--) {
            if (!CutRowPieces.FIGURES.matcher(cells[j]).matches()) {
                return cells.length - 1 - j;
            }
        }
        return -1;
    }
}
