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
     * values of a row's value cells ({@link FormDecoder#tail}).
     */
    static boolean shownBy(List<GridCell> values) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first + 1; first >= 0 && i < last; i++) {
            if (values.get(i).text().isEmpty() && values.get(i).span().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
