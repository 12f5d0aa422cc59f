package org.nianbao.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * The identities of table 三 (spec: templates.md): for each column, outcomes add up to the total
 * ({@code requests-outcomes}) and new + carried over = total + carried forward
 * ({@code requests-balance}); for each row, the applicant columns add up to the total
 * ({@code requests-applicants}).
 */
final class RequestsIdentities implements IdentityRule {

    private static final TableId T = TableId.REQUESTS;

    private final List<String> rows;
    private final List<String> columns;

    RequestsIdentities(Catalog catalog) {
        this.rows = catalog.rows(T);
        this.columns = catalog.columns(T);
    }

    @Override
    public List<Identity> identities(Map<CanonicalKey, ExtractedCell> cells) {
        List<Identity> out = new ArrayList<>();
        List<String> outcomes = outcomeRows(cells);
        Function<CanonicalKey, String> byRow = CanonicalKey::row;
        for (String col : columns) {
            Function<String, CanonicalKey> at = row -> CanonicalKey.of(T, row, col);
            out.add(new Identity("requests-outcomes", Scope.column(T, col), "column " + col
                    + ": total ≠ sum of outcomes", List.of(at.apply("total")), outcomes.stream().map(at).toList(),
                    byRow));
            out.add(new Identity("requests-balance", Scope.column(T, col), "column " + col
                    + ": new + carried_over ≠ total + carried_forward", List.of(at.apply("new"),
                    at.apply("carried_over")), List.of(at.apply("total"), at.apply("carried_forward")), byRow));
        }
        List<String> applicants = columns.subList(0, columns.size() - 1);
        String totalColumn = columns.get(columns.size() - 1);
        for (String row : rows) {
            out.add(new Identity("requests-applicants", Scope.row(T, row), "row " + row
                    + ": total ≠ sum of applicant columns", List.of(CanonicalKey.of(T, row, totalColumn)),
                    applicants.stream().map(c -> CanonicalKey.of(T, row, c)).toList(), CanonicalKey::column));
        }
        return out;
    }

    /** Outcome rows present in this report: （六） is one row in 2019 and three in 2021. */
    private List<String> outcomeRows(Map<CanonicalKey, ExtractedCell> cells) {
        boolean split = cells.keySet().stream().anyMatch(k -> k.table() == T && k.row().startsWith("other_"));
        List<String> out = new ArrayList<>();
        for (String r : rows) {
            boolean outcome = r.equals("granted") || r.equals("partially_granted") || r.startsWith("denied_")
                    || r.startsWith("unable_") || r.startsWith("rejected_")
                    || (split ? r.startsWith("other_") : r.equals("other"));
            if (outcome) {
                out.add(r);
            }
        }
        return out;
    }
}
