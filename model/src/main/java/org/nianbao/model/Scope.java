package org.nianbao.model;

import java.util.Optional;

/**
 * What a finding concerns: a cell, a whole row, a whole column (an identity down a column), a
 * whole table, or the document. Empty parts are wildcards, as in the spec's findings.csv.
 */
public record Scope(Optional<TableId> table, String row, String column) {

    public Scope {
        row = row == null ? "" : row;
        column = column == null ? "" : column;
        if (table.isEmpty() && !(row.isEmpty() && column.isEmpty())) {
            throw new IllegalArgumentException("a row or column needs a table");
        }
    }

    public static Scope document() {
        return new Scope(Optional.empty(), "", "");
    }

    public static Scope table(TableId table) {
        return new Scope(Optional.of(table), "", "");
    }

    public static Scope row(TableId table, String row) {
        return new Scope(Optional.of(table), row, "");
    }

    public static Scope column(TableId table, String column) {
        return new Scope(Optional.of(table), "", column);
    }

    public static Scope cell(CanonicalKey key) {
        return new Scope(Optional.of(key.table()), key.row(), key.column());
    }

    /** True when a finding with this scope speaks about that cell. */
    public boolean covers(CanonicalKey key) {
        return table.map(t -> t == key.table()).orElse(true)
                && (row.isEmpty() || row.equals(key.row()))
                && (column.isEmpty() || column.equals(key.column()));
    }

    public String tableId() {
        return table.map(TableId::id).orElse("");
    }
}
