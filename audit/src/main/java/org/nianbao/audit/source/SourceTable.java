package org.nianbao.audit.source;

import java.util.Map;
import java.util.Optional;
import org.nianbao.reconstruct.GridCell;

/**
 * One table of an HTML or Word source as its reader numbers it ({@code table:T}): cells by 1-based
 * row and column after spans are expanded.
 */
public record SourceTable(int number, Map<Integer, Map<Integer, GridCell>> cells, int rows, int columns) {

    public SourceTable {
        cells = Map.copyOf(cells);
    }

    public Optional<GridCell> at(int row, int col) {
        return Optional.ofNullable(cells.getOrDefault(row, Map.of()).get(col));
    }
}
