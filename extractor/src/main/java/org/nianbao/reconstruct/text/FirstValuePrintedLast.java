package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * A row of table 三 whose first value poppler may have printed after its others: a Chromium print of
 * seed 2027's {@code 0013} shows 3.危及“三安全一稳定” as {@code — 0 — — — 77 77} and poppler printed it
 * {@code 0 — — — 77 77 —}, the 自然人 cell's {@code —}, which stands just right of the label, after the
 * rest (its reading-order sort, not the row's). Read as printed, such a row does not add up; with the
 * last value put first it does.
 *
 * <p>A source's own row may not add up either (templates.md: a failing identity is reported, never
 * repaired), so the order printed stays a reading: where the two readings differ, the cell is flagged
 * naming both values; where they agree it is read.
 */
final class FirstValuePrintedLast {

    private FirstValuePrintedLast() {
    }

    /**
     * The row's cells with those the two readings give different values flagged, when the row as
     * printed breaks table 三's row identity and keeps it with its last value first; empty otherwise
     * (the row is read as printed).
     */
    static Optional<List<GridCell>> doubted(List<GridCell> printed) {
        if (!RequestsRowIdentity.appliesTo(printed.size())) {
            return Optional.empty();
        }
        List<GridCell> moved = new ArrayList<>();
        moved.add(printed.get(printed.size() - 1));
        moved.addAll(printed.subList(0, printed.size() - 1));
        if (RequestsRowIdentity.holds(terms(printed)) || !RequestsRowIdentity.holds(terms(moved))) {
            return Optional.empty();
        }
        List<GridCell> out = new ArrayList<>();
        for (int c = 0; c < printed.size(); c++) {
            GridCell cell = printed.get(c);
            String a = cell.text().strip();
            String b = moved.get(c).text().strip();
            out.add(a.equals(b) ? cell : cell.noted(CellNote.unplaced("pdftotext may print a row's first value after "
                    + "its others (a Chromium print did): as printed this row does not add up, with its last value "
                    + "first it does; the cell is one of " + a + ", " + b)));
        }
        return Optional.of(out);
    }

    private static List<BigDecimal> terms(List<GridCell> row) {
        return row.stream().map(RequestsRowIdentity::term).toList();
    }
}
