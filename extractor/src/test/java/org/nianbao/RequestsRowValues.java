package org.nianbao;

import java.util.List;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * One row of table 三 as extracted, in the form's column order, {@code (missing)} where no value was
 * emitted: what the end-to-end tests of table 三's readers compare with the values the source shows.
 */
final class RequestsRowValues {

    /** Table 三's columns, in the form's order. */
    static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");

    private RequestsRowValues() {
    }

    /** The row's values, rendered as written in the outputs. */
    static List<String> values(DocumentResult r, String row) {
        return COLUMNS.stream().map(c -> r.report().cell(CanonicalKey.of(TableId.REQUESTS, row, c))
                .map(x -> x.value().render()).orElse("(missing)")).toList();
    }
}
