package org.nianbao.reconstruct.pdf;

import java.util.List;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A table rebuilt on one page, before tables split by page breaks are joined.
 *
 * @param rows rows of cells in reading order, spans expanded
 * @param top the table's top edge on its page (points from the top)
 * @param bottom its bottom edge
 * @param columns the x of its column edges, left to right (empty for stream tables); a table
 *     continued on the next page has the same edges
 * @param openTop true when the side borders start above the first drawn horizontal border: the
 *     first row continues a row begun on the previous page
 * @param openBottom true when the side borders run on below the last horizontal border: the last
 *     row continues on the next page
 */
public record PageTable(int page, List<List<GridCell>> rows, Positions positions, float top, float bottom,
                        List<Float> columns, boolean openTop, boolean openBottom) {

    public PageTable {
        rows = rows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
    }
}
