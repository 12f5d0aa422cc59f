package org.nianbao.reconstruct.text;

import java.util.List;

/**
 * Table 四's value row cut over lines with no blank line between, as Chromium's {@code innerText} writes it from
 * a page whose cells hold a {@code <div>} ({@code <td><div></div></td>}) or whose empty cells are
 * {@code <td><br></td>} (UEditor): a block's edge or a {@code <br>} ends a line inside the cell, and a
 * {@code <div>} has no margin, so nothing marks the cut ({@code 0\t\t0\t\t\t4\t0\t1\t0\t5\t} / {@code \t0\t\t0\t}).
 * Read as two rows, the second line's figures were placed from the right and the 复议后起诉 group's sum still held
 * (red team 23b: 4 cells with no finding). {@link CellParagraphs} joins pieces only a paragraph's margin apart.
 *
 * <p>The tabs prove the join here: a tab is written only between two cells of one row, so lines holding rows of
 * their own hold as many tabs as their cells less one each, and table 四's fifteen cells printed as two rows have
 * thirteen. Lines of figures in a run, each cut next to a tab (the first ending in one or the next starting with
 * one), whose tabs come to fourteen are the form's one row of fifteen cells and are joined back; a run that does
 * not come to fourteen is left as printed (its rows are short and read as such). A piece may be one cell's
 * {@code <div>} alone, with no tab of its own ({@code ０\t} / {@code —} / {@code \t—\t} / … / {@code ０} / {@code \t2}: a page
 * whose every cell holds a {@code <div>}): the tab next to it still ties it to the row.
 */
public final class CutAppealsRow {

    private CutAppealsRow() {
    }

    /**
     * The text with table 四's cut value row joined back onto its first line, the lines its pieces stood on left
     * empty (line numbers stay); the lines as given where there is no such row.
     */
    public static List<String> of(List<String> lines) {
        List<String> out = null;
        boolean[] inTable = CutRowPieces.inAppealsTable(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int next = CutRowPieces.nextPrinted(lines, i);
            if (!inTable[i] || !CutRowPieces.figures(line) || line.indexOf('\t') < 0 && next < lines.size()
                    && !lines.get(next).startsWith("\t")) {
                continue;
            }
            int last = CutRowPieces.end(lines, i, CutRowPieces.tabs(line), CutRowPieces.APPEALS_ROW_TABS, i);
            if (last < 0) {
                continue;
            }
            out = CutRowPieces.join(lines, out, i, last);
            i = last;
        }
        return out == null ? lines : out;
    }
}
