package org.nianbao.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/**
 * Where each page of laid-out text stops on the right: the column its longest line ends in. A page
 * cropped on the right ({@code pdftotext -layout -x 0 -W 440}) is cut there, every line that ran past
 * the crop alike, and a figure that ends there may have run past it too ({@code １１０２４１} printed
 * {@code １１０２}, the row whole and its header whole: red team fix18s). Nothing on the page tells a
 * cut figure from a whole one that happens to end there, so this only says which figures the edge may
 * have cut; whether the page was cropped at all is for the tables to show (a header cut on the right).
 */
final class CropEdge {

    /**
     * Columns short of its page's longest line a figure may end and still touch the crop: pdftotext
     * spaces a cropped page by its own grid, not by the crop, and a figure cut at the edge ended 0–4
     * columns short of it (crops {@code -W 300…600} step 20 of 32 generator PDFs; full-width digits,
     * a column each, end furthest short).
     */
    private static final int NEAR = 4;

    private final Map<Integer, Integer> edges;

    private CropEdge(Map<Integer, Integer> edges) {
        this.edges = Map.copyOf(edges);
    }

    /** The edges of the pages of the grids' space-aligned cells; none for text without character columns. */
    static CropEdge of(List<CellGrid> grids) {
        Map<Integer, Integer> edges = new HashMap<>();
        for (CellGrid g : grids) {
            for (List<GridCell> row : g.rows()) {
                for (GridCell c : row) {
                    c.span().ifPresent(s -> edges.merge(s.page(), s.end(), Math::max));
                }
            }
        }
        return new CropEdge(edges);
    }

    /** Whether the cell's text ends where its page's longest line does, within {@link #NEAR} columns. */
    boolean touches(GridCell cell) {
        if (cell.span().isEmpty()) {
            return false;
        }
        TextSpan s = cell.span().get();
        Integer edge = edges.get(s.page());
        return edge != null && s.end() >= edge - NEAR;
    }
}
