package org.nianbao.audit.output;

import java.util.Optional;
import org.nianbao.model.Location;

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

    /** The location read back, empty when there is none (or it is not one this tool writes). */
    public Optional<Location> where() {
        Location l = Location.parse(location);
        return l instanceof Location.None ? Optional.empty() : Optional.of(l);
    }

    public boolean corrected() {
        return origin.equals(CORRECTED);
    }
}
