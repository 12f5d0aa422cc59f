package org.nianbao.model;

import java.util.Objects;

/**
 * One cell of the official format: {@code (table, row, column)} with the stable ids of
 * {@code canonical-keys.csv}.
 */
public record CanonicalKey(TableId table, String row, String column) implements Comparable<CanonicalKey> {

    public CanonicalKey {
        Objects.requireNonNull(table, "table");
        if (row == null || row.isBlank() || column == null || column.isBlank()) {
            throw new IllegalArgumentException("row and column ids are required: " + row + "/" + column);
        }
    }

    public static CanonicalKey of(TableId table, String row, String column) {
        return new CanonicalKey(table, row, column);
    }

    @Override
    public int compareTo(CanonicalKey o) {
        int c = table.compareTo(o.table);
        if (c != 0) {
            return c;
        }
        c = row.compareTo(o.row);
        return c != 0 ? c : column.compareTo(o.column);
    }

    @Override
    public String toString() {
        return table.id() + "/" + row + "/" + column;
    }
}
