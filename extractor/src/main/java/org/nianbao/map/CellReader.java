package org.nianbao.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Turns placed cells into canonical cells: parses the value, converts amounts to 万元, and reports
 * what could not be read or placed. The source text is kept as it stands.
 */
final class CellReader {

    /** 万元 above which an amount of a county or ministry is implausible: 100亿元. */
    private static final BigDecimal IMPLAUSIBLE_WAN = new BigDecimal("1000000");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final String AMOUNT = "amount";

    private final ValueParser parser;

    CellReader(ValueParser parser) {
        this.parser = parser;
    }

    ValueParser parser() {
        return parser;
    }

    /**
     * Reads the fitted cells of one row into the sink, reporting an unsure fit once for the row.
     *
     * @param rowPlacement whether the row was identified by its label
     */
    void readRow(TableId table, String row, ColumnMap columns, Placement rowPlacement, RowFit fit,
                 String label, Location where, TableSink sink) {
        if (fit.problem() == RowFit.Problem.TOO_MANY) {
            sink.add(Finding.warning("row-too-many-values", Scope.row(table, row),
                    "row '" + label + "': " + fit.note() + "; nothing was extracted from it", where));
            return;
        }
        if (fit.problem() == RowFit.Problem.AMBIGUOUS && fit.doubts().isEmpty()) {
            sink.add(Finding.warning("cells-ambiguous", Scope.row(table, row),
                    "row '" + label + "': " + fit.note(), where));
        }
        Optional<String> disorder = countAsAmount(columns, fit);
        Optional<String> trailing = trailingText(columns, fit);
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.ids().get(i);
            CanonicalKey key = CanonicalKey.of(table, row, column);
            Optional<GridCell> cell = fit.cells().get(i);
            String doubt = fit.doubts().get(i);
            if (doubt != null) {
                // only the cells the readings disagree on are in doubt; the message names the alternatives
                sink.add(Finding.warning("cells-ambiguous", Scope.cell(key), "row '" + label + "': " + fit.note()
                        + "; " + fit.doubtAbout(i, column), where));
            }
            String settled = fit.settledByTable().get(i);
            if (settled != null) {
                // a warning: the identities were spent on placing the value, so a source that printed a figure
                // one column off is "repaired" with nothing left to say so (docs/decoder.md)
                sink.add(Finding.warning("placed-by-identities", Scope.cell(key), "row '" + label + "': " + fit.note()
                        + "; " + column + " could have been " + settled + " and is read as "
                        + cell.map(c -> c.isBlank() ? "blank" : c.text().strip()).orElse("nothing")
                        + " (wrong if the printed table itself does not add up)", where));
            }
            if (cell.isEmpty()) {
                if (doubt != null) {
                    continue;
                }
                missing.append(missing.length() == 0 ? "" : ", ").append(column);
                continue;
            }
            Placement placement = !rowPlacement.identified() ? rowPlacement
                    : columns.identified().get(i) ? Placement.IDENTIFIED
                    : Placement.columnAssumed(columns.assumption(), columns.exact());
            GridCell c = cell.get();
            if (disorder.isPresent() && (column.equals(AMOUNT) || looksLikeAmount(c))) {
                c = c.noted(CellNote.unplaced("row '" + label + "': " + disorder.get()));
            }
            if (trailing.isPresent() && i < columns.size() - 1) {
                // the value is kept: the row's fields may only fit because they were shifted (docs/flattenings.md)
                sink.add(Finding.warning("cells-ambiguous", Scope.cell(key), "row '" + label + "': "
                        + trailing.get(), c.where()));
            }
            read(key, c, columns.units().get(i), placement, sink);
        }
        if (missing.length() > 0) {
            sink.add(Finding.warning("cells-missing", Scope.row(table, row),
                    "row '" + label + "' has no cell for " + missing, where));
        }
    }

    /**
     * Why the row's values may stand in other columns than they are read in, or empty when nothing
     * says so: a count cell written like an amount (a money unit, {@code 918562299 元}, or a fraction)
     * in a row that has an amount column. A flattening that printed the amount's block before the
     * count's ({@code pdftotext} default mode: 政府集中采购 / 918562299 元 / 725) leaves exactly this; the
     * count cell and the amount cell are then both in doubt, not only the one that looks wrong.
     */
    private Optional<String> countAsAmount(ColumnMap columns, RowFit fit) {
        if (!columns.ids().contains(AMOUNT)) {
            return Optional.empty();
        }
        for (int i = 0; i < columns.size(); i++) {
            Optional<GridCell> cell = fit.cells().get(i);
            if (!columns.ids().get(i).equals(AMOUNT) && cell.isPresent() && looksLikeAmount(cell.get())) {
                return Optional.of("the " + columns.ids().get(i) + " cell '" + cell.get().text().strip()
                        + "' is written like an amount, so the row's count and amount may have been printed in "
                        + "another order than their columns");
            }
        }
        return Optional.empty();
    }

    /**
     * Why the row's figures may stand one column left of where they are read, or empty when nothing says
     * so: its last cell is running text (four Han characters or more) that does not read as a value. Text
     * beside the table (a portal's 相关信息 list printed right of the report, then {@code pdftotext -layout})
     * taken as the last cell makes a row with a blank first cell fit its columns read from the left, so
     * every other cell of the row is in doubt, not only the one that does not read.
     */
    private Optional<String> trailingText(ColumnMap columns, RowFit fit) {
        int last = columns.size() - 1;
        if (last < 1) {
            return Optional.empty();
        }
        Optional<GridCell> cell = fit.cells().get(last);
        if (cell.isEmpty() || cell.get().isBlank()) {
            return Optional.empty();
        }
        String text = cell.get().text().strip();
        long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        if (han < 4 || !(parser.parse(text).value() instanceof CellValue.Unreadable)) {
            return Optional.empty();
        }
        return Optional.of("the last cell '" + text + "' is text, not a value: text beside the table may have "
                + "been read as a cell, and the row's figures may be shifted left of their columns");
    }

    /** A money unit or a fraction: what an amount may carry and a count never does. */
    private boolean looksLikeAmount(GridCell cell) {
        ParsedValue parsed = parser.parse(cell.text());
        return isMoney(parsed.unit()) || parsed.value() instanceof CellValue.Numeric n
                && n.value().stripTrailingZeros().scale() > 0 && OcrGroupedCount.read(cell.text(), cell.where()).isEmpty();
    }

    void read(CanonicalKey key, GridCell cell, String headerUnit, Placement placement, TableSink sink) {
        Optional<String> inferred = CellNotes.inferred(cell);
        if (inferred.isPresent() && placement.identified()) {
            // a column inferred from the text holds only where an identity confirmed it: the table's
            // mapper then passes the cell without the note (AppealsTable); else its place is assumed
            placement = Placement.columnAssumed(inferred.get() + "; no identity confirms this cell's column");
        }
        ParsedValue parsed = parser.parse(cell.text());
        CellValue value = key.column().equals(AMOUNT) ? parsed.value()
                : OcrGroupedCount.read(cell.text(), cell.where()).<CellValue>map(CellValue::number).orElse(parsed.value());
        Provenance from = new Provenance(cell.where(), cell.text());
        CellNotes.report(key, cell, parsed, sink);
        Optional<String> unplaced = CellNotes.unplaced(cell);
        if (unplaced.isPresent()) {
            // the invariant: a value whose row or column is not established is not emitted
            sink.add(Finding.warning("cells-ambiguous", Scope.cell(key), unplaced.get(), cell.where()));
            sink.put(new ExtractedCell(key, CellValue.unreadable(unplaced.get()), from), placement);
            return;
        }
        value = CellNotes.doubt(cell, value).<CellValue>map(CellValue::unreadable).orElse(value);
        if (value instanceof CellValue.Unreadable u) {
            sink.add(Finding.warning("value-unreadable", Scope.cell(key), u.reason(), cell.where()));
        } else if (value instanceof CellValue.Numeric n && key.column().equals(AMOUNT)) {
            if (isMoney(parsed.unit()) && isMoney(headerUnit) && !parsed.unit().equals(headerUnit)) {
                sink.add(Finding.warning("unit-conflict", Scope.cell(key), "the cell says " + parsed.unit()
                        + " but its header or caption says " + headerUnit + "; the cell's own unit was used",
                        cell.where()));
            }
            value = CellValue.number(inWan(key, n.value(), parsed.unit().isEmpty() ? headerUnit : parsed.unit(),
                    cell, sink));
        }
        sink.put(new ExtractedCell(key, value, from), placement);
    }

    /** True for the units an amount can be converted from. */
    static boolean isMoney(String unit) {
        return MoneyUnit.named(unit).isPresent();
    }

    private static BigDecimal converted(CanonicalKey key, BigDecimal v, String unit, BigDecimal wan, GridCell cell,
                                        TableSink sink) {
        sink.add(Finding.info("unit-converted", Scope.cell(key), v.toPlainString() + " " + unit + " converted to "
                + wan.stripTrailingZeros().toPlainString() + " 万元", cell.where()));
        return wan;
    }

    /** Amounts are output in 万元 (spec: templates.md); any conversion is reported, a missing unit never guessed. */
    private static BigDecimal inWan(CanonicalKey key, BigDecimal v, String unit, GridCell cell, TableSink sink) {
        Optional<MoneyUnit> money = MoneyUnit.named(unit);
        if (money.isPresent()) {
            return money.get() == MoneyUnit.WAN_YUAN ? v : converted(key, v, unit, money.get().toWan(v), cell, sink);
        }
        if (v.compareTo(IMPLAUSIBLE_WAN) > 0) {
            sink.add(Finding.warning("amount-unit-suspect", Scope.cell(key),
                    v.toPlainString() + " has no unit and is implausible in 万元 (over 100亿元); the source "
                            + "probably means 元, which would be " + v.divide(TEN_THOUSAND).toPlainString()
                            + " 万元. Kept as written.", cell.where()));
        } else if (!unit.isEmpty()) {
            sink.add(Finding.warning("unit-unexpected", Scope.cell(key),
                    "an amount in '" + unit + "' cannot be converted to 万元; kept as written", cell.where()));
        }
        return v;
    }
}
