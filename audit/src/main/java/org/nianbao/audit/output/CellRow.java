package org.nianbao.audit.output;

/**
 * One line of cells.csv.
 *
 * @param origin where the value comes from: {@code extracted} (also for outputs without the column)
 *     or {@code corrected}
 */
public record CellRow(String document, String table, String row, String column, String value, String raw,
                      String location, String origin) {

    public static final String EXTRACTED = "extracted";
    public static final String CORRECTED = "corrected";

    /** {@code table/row/column}, the key the audit pages and diff.csv use. */
    public String key() {
        return table + "/" + row + "/" + column;
    }

    public boolean corrected() {
        return origin.equals(CORRECTED);
    }
}
