package org.nianbao.map;

import java.util.List;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** A row of a rebuilt table, or the part of it that belongs to one section. */
record SourceRow(List<GridCell> cells, Positions positions) {
    SourceRow {
        cells = List.copyOf(cells);
    }
}
