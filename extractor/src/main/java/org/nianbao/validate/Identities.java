package org.nianbao.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * The identities of tables 三 and 四 (spec: templates.md), listed once: the rules check them, the
 * audit pages show them as a checklist. For each column of table 三, outcomes add up to the total
 * ({@code requests-outcomes}) and new + carried over = total + carried forward
 * ({@code requests-balance}); for each row, the applicant columns add up to the total
 * ({@code requests-applicants}); for each row of table 四, the results add up to the total
 * ({@code appeals-sum}).
 */
public final class Identities {

    private final List<String> requestRows;
    private final List<String> requestColumns;
    private final List<String> appealRows;
    private final List<String> appealColumns;

    public Identities(Catalog catalog) {
        this.requestRows = catalog.rows(TableId.REQUESTS);
        this.requestColumns = catalog.columns(TableId.REQUESTS);
        this.appealRows = catalog.rows(TableId.APPEALS);
        this.appealColumns = catalog.columns(TableId.APPEALS);
    }

    /** The identities of both tables, in the order their findings are reported. */
    public List<Identity> all(Set<CanonicalKey> present) {
        List<Identity> out = new ArrayList<>(requests(present));
        out.addAll(appeals());
        return out;
    }

    /** Table 三's identities; which outcome rows count depends on the cells present (（六） is split in 2021). */
    public List<Identity> requests(Set<CanonicalKey> present) {
        TableId t = TableId.REQUESTS;
        List<Identity> out = new ArrayList<>();
        List<String> outcomes = outcomeRows(present);
        for (String col : requestColumns) {
            Function<String, CanonicalKey> at = row -> CanonicalKey.of(t, row, col);
            out.add(new Identity("requests-outcomes", Scope.column(t, col), "column " + col
                    + ": total ≠ sum of outcomes", List.of(at.apply("total")), outcomes.stream().map(at).toList()));
            out.add(new Identity("requests-balance", Scope.column(t, col), "column " + col
                    + ": new + carried_over ≠ total + carried_forward", List.of(at.apply("new"),
                    at.apply("carried_over")), List.of(at.apply("total"), at.apply("carried_forward"))));
        }
        List<String> applicants = requestColumns.subList(0, requestColumns.size() - 1);
        String totalColumn = requestColumns.get(requestColumns.size() - 1);
        for (String row : requestRows) {
            out.add(new Identity("requests-applicants", Scope.row(t, row), "row " + row
                    + ": total ≠ sum of applicant columns", List.of(CanonicalKey.of(t, row, totalColumn)),
                    applicants.stream().map(c -> CanonicalKey.of(t, row, c)).toList()));
        }
        return out;
    }

    /** Table 四's identities: for each row, upheld + corrected + other + pending = total. */
    public List<Identity> appeals() {
        TableId t = TableId.APPEALS;
        String total = appealColumns.get(appealColumns.size() - 1);
        List<Identity> out = new ArrayList<>();
        for (String row : appealRows) {
            out.add(new Identity("appeals-sum", Scope.row(t, row), "row " + row
                    + ": total ≠ upheld + corrected + other + pending", List.of(CanonicalKey.of(t, row, total)),
                    appealColumns.subList(0, appealColumns.size() - 1).stream()
                            .map(c -> CanonicalKey.of(t, row, c)).toList()));
        }
        return out;
    }

    private List<String> outcomeRows(Set<CanonicalKey> present) {
        boolean split = present.stream().anyMatch(k -> k.table() == TableId.REQUESTS && k.row().startsWith("other_"));
        List<String> out = new ArrayList<>();
        for (String r : requestRows) {
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
