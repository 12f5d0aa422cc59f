package org.nianbao.audit.output;

/** One line of findings.csv; empty table/row/column are wildcards, as in the spec. */
public record FindingRow(String document, String severity, String rule, String table, String row, String column,
                         String message, String location) {

    /** True when this finding speaks about that cell (the same rule as {@code Scope.covers}). */
    public boolean covers(CellRow cell) {
        return (table.isEmpty() || table.equals(cell.table())) && (row.isEmpty() || row.equals(cell.row()))
                && (column.isEmpty() || column.equals(cell.column()));
    }

    /** True when it names a cell, a row, a column or a table rather than the whole document. */
    public boolean aboutCells() {
        return !table.isEmpty();
    }
}
