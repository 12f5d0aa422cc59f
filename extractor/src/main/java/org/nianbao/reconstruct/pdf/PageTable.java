package org.nianbao.reconstruct.pdf;

import java.util.List;
import java.util.Set;
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
 * @param pastSides glyphs outside the table's sides read into its cells (a cell's text run on past its outer
 *     ruling), which are no loose text of the page
 */
public record PageTable(int page, List<List<GridCell>> rows, Positions positions, float top, float bottom,
                        List<Float> columns, boolean openTop, boolean openBottom, Set<Glyph> pastSides) {

    public PageTable {
        rows = rows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        pastSides = Set.copyOf(pastSides);
    }

    /** A table all of whose text stands inside it. */
    public PageTable(int page, List<List<GridCell>> rows, Positions positions, float top, float bottom,
                     List<Float> columns, boolean openTop, boolean openBottom) {
        this(page, rows, positions, top, bottom, columns, openTop, openBottom, Set.of());
    }
}
