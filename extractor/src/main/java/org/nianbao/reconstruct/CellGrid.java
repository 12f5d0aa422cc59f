package org.nianbao.reconstruct;

import java.util.List;
import java.util.Objects;

/**
 * A rebuilt table: rows of cells in reading order. Rows may differ in length; merged cells are
 * expanded, the covered positions marked {@link GridCell#spanned()}.
 */
public record CellGrid(List<List<GridCell>> rows, Positions positions) {

    public CellGrid {
        Objects.requireNonNull(positions, "positions");
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int rowCount() {
        return rows.size();
    }
}
