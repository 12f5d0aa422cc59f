package org.nianbao.map;

import java.util.List;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A row of a rebuilt table, or the part of it that belongs to one section.
 *
 * @param offset the grid column of the first cell (a part may start mid-row, at a section title)
 */
record SourceRow(List<GridCell> cells, Positions positions, int offset) {
    SourceRow {
        cells = List.copyOf(cells);
    }

    /** The grid column of a cell of this row; meaningful where positions are exact. */
    int column(GridCell cell) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == cell) {
                return offset + i;
            }
        }
        throw new IllegalArgumentException("not a cell of this row");
    }
}
