package org.nianbao;

import java.util.List;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * Values as extracted, rendered as the outputs write them, {@code (missing)} where none was
 * emitted: what the end-to-end tests compare with the values the source shows.
 */
final class ExtractedValues {

    /** Table 三's columns, in the form's order. */
    static final List<String> REQUESTS_COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");

    private ExtractedValues() {
    }

    /** One cell's value. */
    static String value(DocumentResult r, TableId table, String row, String column) {
        return r.report().cell(CanonicalKey.of(table, row, column)).map(c -> c.value().render()).orElse("(missing)");
    }

    /** One row of table 三, in the form's column order. */
    static List<String> requestsRow(DocumentResult r, String row) {
        return REQUESTS_COLUMNS.stream().map(c -> value(r, TableId.REQUESTS, row, c)).toList();
    }
}
