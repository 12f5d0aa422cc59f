package org.nianbao.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Lays a marked-up table's cells out on a grid the way browsers and Word do: each cell takes the
 * first position of its row not yet covered by a cell spanning down from above, and covers
 * {@code rowspan × colspan} positions. The covered positions other than the first become
 * {@link GridCell#spannedAt spanned} cells, so every row shows where each value really stands.
 * Positions are rendered as {@code table:T row:R col:C}, 1-based, after expansion.
 *
 * <p>Columns the table lays out with no width ({@code <col style="visibility:collapse">} in HTML)
 * are not on the page: their positions are dropped and the columns after them numbered as shown.
 * A cell that spans a collapsed column and a shown one stands at its first shown position.
 */
final class SpanGrid {

    /** A hostile {@code colspan=1000 rowspan=65534} must not exhaust memory. */
    static final int MAX_POSITIONS = 200_000;

    private final int table;
    private final BitSet collapsed;
    private final List<List<GridCell>> rows = new ArrayList<>();
    private int row = -1;
    private int col;
    private int positions;
    private boolean truncated;

    /** @param table the table's 1-based number in the document, for the cells' locations */
    SpanGrid(int table) {
        this(table, new BitSet());
    }

    /** @param collapsed the 0-based columns, as the markup counts them, that the page does not show */
    SpanGrid(int table, BitSet collapsed) {
        this.table = table;
        this.collapsed = (BitSet) collapsed.clone();
    }

    /** Starts the next row. */
    void nextRow() {
        row++;
        rowAt(row);
        col = 0;
    }

    /** Places a cell with its text at the row's first free position, covering {@code rowspan × colspan}. */
    void add(String text, int rowspan, int colspan) {
        add(text, List.of(), rowspan, colspan);
    }

    /** Places a cell with its visible text and what the reader kept out of it ({@link CellNote}s). */
    void add(String text, List<CellNote> notes, int rowspan, int colspan) {
        skipCovered();
        int r0 = row;
        int c0 = col;
        int width = Math.max(1, colspan);
        int anchor = collapsed.nextClearBit(c0); // the cell's first shown position (past its span: not shown)
        for (int dr = 0; dr < Math.max(1, rowspan); dr++) {
            for (int dc = 0; dc < width; dc++) {
                Location at = new Location.TableCell(table, r0 + dr + 1, shownColumn(c0 + dc) + 1);
                put(r0 + dr, c0 + dc, dr == 0 && c0 + dc == anchor ? GridCell.of(text, at, notes) : GridCell.spannedAt(at));
            }
        }
        col = c0 + width;
    }

    /**
     * Places positions covered by a merge that started in an earlier row, for formats that write
     * such positions out (Word's {@code vMerge} continuation cells) instead of a rowspan.
     */
    void addCovered(int colspan) {
        skipCovered();
        for (int dc = 0; dc < Math.max(1, colspan); dc++) {
            put(row, col, GridCell.spannedAt(new Location.TableCell(table, row + 1, col + 1)));
            col++;
        }
    }

    /** Leaves {@code n} positions of the row without any cell (Word's {@code gridBefore}). */
    void addNothing(int n) {
        for (int i = 0; i < n; i++) {
            skipCovered();
            put(row, col, GridCell.of("", new Location.TableCell(table, row + 1, shownColumn(col) + 1)));
            col++;
        }
    }

    /** True when positions were dropped because the table exceeded {@link #MAX_POSITIONS}. */
    boolean truncated() {
        return truncated;
    }

    int table() {
        return table;
    }

    /**
     * The grid of the rows started so far (a rowspan reaching past the last row is cut there);
     * holes (positions no cell reached, in a row shorter than a span beside it) are empty cells.
     */
    CellGrid build() {
        int n = Math.min(rows.size(), row + 1);
        List<List<GridCell>> out = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            List<GridCell> cells = rows.get(r);
            List<GridCell> filled = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                if (collapsed.get(c)) {
                    continue;
                }
                GridCell g = cells.get(c);
                filled.add(g != null ? g : GridCell.of("", new Location.TableCell(table, r + 1, shownColumn(c) + 1)));
            }
            out.add(filled);
        }
        return new CellGrid(out, Positions.EXACT);
    }

    /** The 0-based column a markup column {@code c} is on the page, counting only shown columns. */
    private int shownColumn(int c) {
        return c - collapsed.get(0, c).cardinality();
    }

    private void skipCovered() {
        List<GridCell> cells = rowAt(row);
        while (col < cells.size() && cells.get(col) != null) {
            col++;
        }
    }

    /** The first cell placed at a position wins, as in browsers' handling of overlapping spans. */
    private void put(int r, int c, GridCell cell) {
        if (positions >= MAX_POSITIONS) {
            truncated = true;
            return;
        }
        List<GridCell> cells = rowAt(r);
        while (cells.size() <= c) {
            cells.add(null);
        }
        if (cells.get(c) == null) {
            cells.set(c, cell);
            positions++;
        }
    }

    private List<GridCell> rowAt(int r) {
        while (rows.size() <= r) {
            rows.add(new ArrayList<>());
        }
        return rows.get(r);
    }
}
