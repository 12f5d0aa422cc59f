package org.nianbao.reconstruct;

import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.nianbao.model.Location;

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

    /**
     * This grid with every cell located by a line renumbered by {@code line}: a grid read from part of a file's lines
     * (a piece, or the lines left once some were dropped) located in the whole file.
     */
    public CellGrid withLines(IntUnaryOperator line) {
        return new CellGrid(rows.stream().map(row -> row.stream().map(cell -> cell.where() instanceof Location.Line at
                ? new GridCell(cell.text(), new Location.Line(line.applyAsInt(at.line())), cell.spanned(), cell.notes(),
                        cell.span())
                : cell).toList()).toList(), positions);
    }
}
