package org.nianbao.map;

import java.util.List;
import org.nianbao.reconstruct.GridCell;

/**
 * Whether flattened text keeps a table's blank cells (docs/decoder.md, "Blank cells kept"). Text
 * made field by field (a table copied as tab-separated rows, one cell a paragraph with an extra
 * blank line for a blank cell) prints an empty field for every blank cell; a crawler's {@code
 * get_text('\t')} prints nothing for an empty cell and a tab after every cell, so it never prints
 * an empty field between two values. A row that does shows the text keeps its blank cells; then a
 * row ending empty is not a row that lost a cell and kept a separator after its last one.
 */
final class KeptBlanks {

    private KeptBlanks() {
    }

    /**
     * True when a field with no text at all (not a blank mark, not spaces) stands between two
     * values among the cells after the row's last text cell.
     */
    static boolean shownBy(List<GridCell> cells, ValueParser parser) {
        int from = cells.size();
        while (from > 0 && !cells.get(from - 1).spanned() && parser.isValue(cells.get(from - 1).text())) {
            from--;
        }
        int first = -1;
        int last = -1;
        for (int i = from; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first + 1; first >= 0 && i < last; i++) {
            if (cells.get(i).text().isEmpty() && cells.get(i).span().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
