package org.nianbao.audit.diff;

/**
 * One line of diff.csv: a cell added, removed or changed between two outputs, or a document that is
 * only in one of them or whose status changed (then table, row and column are empty).
 *
 * @param change {@code added}, {@code removed}, {@code changed}, {@code document-added},
 *     {@code document-removed} or {@code status-changed}
 * @param fields what differs in a changed cell: {@code value}, {@code raw}, {@code location}, {@code origin}
 */
public record Difference(String document, String table, String row, String column, String change, String fields,
                         String before, String after, String rawBefore, String rawAfter) {

    public static final String[] HEADER = {"document", "table", "row", "column", "change", "fields", "value_a",
        "value_b", "raw_a", "raw_b"};

    public String[] csv() {
        return new String[] {document, table, row, column, change, fields, before, after, rawBefore, rawAfter};
    }
}
