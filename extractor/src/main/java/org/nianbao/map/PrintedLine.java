package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.GluedValues;

/**
 * One printed line of flattened text and the row it was read into. A row with values is one line
 * (its cells may name places of their own: pdftohtml's blocks); a row of text only may hold
 * several (text lines run into one row until a value comes), told apart by where each cell stands. Wrapped labels and numbers are put back together line by line.
 *
 * @param values whether a cell of the line holds a value, or values run together ({@link GluedValues})
 */
record PrintedLine(SourceRow row, List<GridCell> cells, boolean values) {

    PrintedLine {
        cells = List.copyOf(cells);
    }

    /** The rows' lines, in order. */
    static List<PrintedLine> of(List<SourceRow> rows, ValueParser parser) {
        List<PrintedLine> out = new ArrayList<>();
        for (SourceRow row : rows) {
            PrintedLine whole = line(row, row.cells(), parser);
            if (whole.values()) {
                out.add(whole);
                continue;
            }
            List<GridCell> current = new ArrayList<>();
            for (GridCell c : row.cells()) {
                if (!current.isEmpty() && newLine(current.get(current.size() - 1), c)) {
                    out.add(line(row, current, parser));
                    current = new ArrayList<>();
                }
                current.add(c);
            }
            if (!current.isEmpty()) {
                out.add(line(row, current, parser));
            }
        }
        return out;
    }

    /**
     * True when {@code next} starts a printed line after {@code last}'s: it names another place, or
     * it stands left of where {@code last} ends (the lines of one pdftohtml block name the block's
     * place, {@code 3.危及} / {@code “三安} / {@code 全一稳}, one under the other).
     */
    private static boolean newLine(GridCell last, GridCell next) {
        if (!last.where().equals(next.where())) {
            return true;
        }
        return last.span().isPresent() && next.span().isPresent() && last.span().get().page() == next.span().get().page()
                && next.span().get().start() < last.span().get().end();
    }

    private static PrintedLine line(SourceRow row, List<GridCell> cells, ValueParser parser) {
        return new PrintedLine(row, cells, cells.stream().anyMatch(c -> !c.spanned() && !c.isBlank()
                && (parser.isValue(c.text()) || GluedValues.in(c.text()))));
    }
}
