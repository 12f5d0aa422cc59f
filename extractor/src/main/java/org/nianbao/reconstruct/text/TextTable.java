package org.nianbao.reconstruct.text;

import java.util.List;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A table recognised in a run of text lines.
 *
 * @param grid its rows, with the cells' text as printed minus the flattening's own syntax
 *     (separators, rules, padding)
 * @param end the index of the first line after the table
 */
public record TextTable(CellGrid grid, int end) {

    public TextTable {
        if (end < 0) {
            throw new IllegalArgumentException("end " + end);
        }
    }

    static TextTable of(List<List<GridCell>> rows, Positions positions, int end) {
        return new TextTable(new CellGrid(rows, positions), end);
    }
}
