package org.nianbao.fixturegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.CanonicalKey;

/**
 * A table as authored: cells at explicit grid positions (0-based) with their spans. Renderers
 * write it as HTML rowspan/colspan or Word gridSpan/vMerge; the expected location of a value is
 * its authored position, independent of how any reader expands spans.
 *
 * @param headerRows how many leading rows are headers (HTML may write them as th / thead)
 */
record Grid(List<Cell> cells, int headerRows) {

    record Cell(int row, int col, int rowspan, int colspan, String text, Optional<CanonicalKey> key) {
    }

    int rows() {
        return cells.stream().mapToInt(c -> c.row() + c.rowspan()).max().orElse(0);
    }

    int columns() {
        return cells.stream().mapToInt(c -> c.col() + c.colspan()).max().orElse(0);
    }

    /** The cells starting in {@code row}, left to right. */
    List<Cell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).sorted(Comparator.comparingInt(Cell::col)).toList();
    }

    /** The cell covering a position, if any. */
    Optional<Cell> covering(int row, int col) {
        return cells.stream().filter(c -> row >= c.row() && row < c.row() + c.rowspan()
                && col >= c.col() && col < c.col() + c.colspan()).findFirst();
    }

    /** Builds a grid row by row with explicit columns. */
    static final class Builder {
        private final List<Cell> cells = new ArrayList<>();
        private int headerRows;

        Builder label(int row, int col, int rowspan, int colspan, String text) {
            cells.add(new Cell(row, col, rowspan, colspan, text, Optional.empty()));
            return this;
        }

        Builder value(int row, int col, int colspan, CanonicalKey key, String raw) {
            cells.add(new Cell(row, col, 1, colspan, raw, Optional.of(key)));
            return this;
        }

        Builder headerRows(int n) {
            headerRows = n;
            return this;
        }

        Grid build() {
            return new Grid(cells, headerRows);
        }
    }
}
