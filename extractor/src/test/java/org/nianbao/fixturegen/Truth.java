package org.nianbao.fixturegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * The values authored into a fixture document, cell by cell: the text written into the source
 * ({@code raw}) and the number the spec says it means ({@code value}, empty for a blank). Values are
 * distinct and non-zero so that a misplaced one shows, and the identities of table 三 and 四 hold.
 */
final class Truth {

    record Value(String raw, String value) {
        static Value of(long n) {
            return new Value(Long.toString(n), Long.toString(n));
        }
    }

    static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org");
    static final List<String> OUTCOMES_COMMON = List.of("granted", "partially_granted", "denied_state_secret",
            "denied_law_prohibited", "denied_security", "denied_third_party", "denied_internal", "denied_process",
            "denied_enforcement_file", "denied_query", "unable_no_info", "unable_need_creation", "unable_unclear",
            "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_mass_repeat",
            "rejected_confirm");
    static final List<String> APPEAL_ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    static final List<String> APPEAL_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    final Template template;
    final String title;
    final Map<CanonicalKey, Value> values = new LinkedHashMap<>();

    private Truth(Template template, String title) {
        this.template = template;
        this.title = title;
    }

    /** A 2019-format report; {@code offset} makes each fixture's numbers its own. */
    static Truth y2019(String title, int offset) {
        Truth t = new Truth(Template.Y2019, title);
        t.active("regulations", "3", "3", "5", "5", "48", "48");
        t.active("normative_documents", "7", "7", "9", "9", "61", "61");
        t.active("licensing", "120", "120", "+15", "15", "1389", "1389");
        t.active("other_services", "34", "34", "-4", "-4", "212", "212");
        t.active("penalty", "56", "56", "12(增)", "12", "2771", "2771");
        t.active("coercion", "18", "18", "3(减)", "-3", "95", "95");
        t.active("fees", "11", "11", "-2", "-2");
        t.active("procurement", "27", "27", "4555.771", "4555.771");
        t.requestsAndAppeals(offset);
        return t;
    }

    /** A 2021-format report. */
    static Truth y2021(String title, int offset) {
        Truth t = new Truth(Template.Y2021, title);
        t.active("regulations", "2", "2", "1", "1", "37", "37");
        t.active("normative_documents", "6", "6", "4", "4", "88", "88");
        t.active("licensing", "1432", "1432");
        t.active("penalty", "2876", "2876");
        t.active("coercion", "97", "97");
        t.active("fees", "23.56", "23.56");
        t.requestsAndAppeals(offset);
        return t;
    }

    /** Replaces one value, e.g. by a blank written as {@code &nbsp;}. */
    Truth with(CanonicalKey key, Value v) {
        if (values.replace(key, v) == null) {
            throw new IllegalArgumentException("no such cell " + key);
        }
        return this;
    }

    List<String> outcomeRows() {
        List<String> rows = new java.util.ArrayList<>(OUTCOMES_COMMON);
        if (template == Template.Y2019) {
            rows.add("other");
        } else {
            rows.addAll(List.of("other_no_correction", "other_no_fee", "other_other"));
        }
        return rows;
    }

    Value get(TableId table, String row, String column) {
        Value v = values.get(CanonicalKey.of(table, row, column));
        if (v == null) {
            throw new IllegalArgumentException("no value for " + table + "/" + row + "/" + column);
        }
        return v;
    }

    private void active(String row, String... rawAndValue) {
        List<String> columns = switch (row) {
            case "regulations", "normative_documents" -> template == Template.Y2019
                    ? List.of("new_made", "new_published", "total_published") : List.of("issued", "repealed", "in_force");
            case "licensing", "other_services", "penalty", "coercion" -> template == Template.Y2019
                    ? List.of("previous_count", "change", "decisions") : List.of("decisions");
            case "fees" -> template == Template.Y2019 ? List.of("previous_count", "change") : List.of("amount");
            case "procurement" -> List.of("items", "amount");
            default -> throw new IllegalArgumentException(row);
        };
        for (int i = 0; i < columns.size(); i++) {
            values.put(CanonicalKey.of(TableId.ACTIVE, row, columns.get(i)),
                    new Value(rawAndValue[2 * i], rawAndValue[2 * i + 1]));
        }
    }

    /**
     * Outcome cell (r, c) is {@code 10·(r+1) + (c+1) + offset}; 总计 rows and columns are sums;
     * 本年新收 is chosen so that new + carried_over = total + carried_forward holds in every column.
     */
    private void requestsAndAppeals(int offset) {
        List<String> outcomes = outcomeRows();
        long[] total = new long[APPLICANTS.size()];
        long[][] o = new long[outcomes.size()][APPLICANTS.size()];
        for (int r = 0; r < outcomes.size(); r++) {
            for (int c = 0; c < APPLICANTS.size(); c++) {
                o[r][c] = 10L * (r + 1) + (c + 1) + offset;
                total[c] += o[r][c];
            }
        }
        long[] carriedOver = new long[APPLICANTS.size()];
        long[] carriedForward = new long[APPLICANTS.size()];
        long[] fresh = new long[APPLICANTS.size()];
        for (int c = 0; c < APPLICANTS.size(); c++) {
            carriedOver[c] = 2L * (c + 1) + 1;
            carriedForward[c] = 4L * (c + 1) + offset % 7;
            fresh[c] = total[c] + carriedForward[c] - carriedOver[c];
        }
        requestRow("new", fresh);
        requestRow("carried_over", carriedOver);
        for (int r = 0; r < outcomes.size(); r++) {
            requestRow(outcomes.get(r), o[r]);
        }
        requestRow("total", total);
        requestRow("carried_forward", carriedForward);
        long[][] appeals = {{4, 2, 1, 3}, {6, 5, 7, 8}, {9, 11, 13, 12}};
        for (int r = 0; r < APPEAL_ROWS.size(); r++) {
            long sum = 0;
            for (int c = 0; c < 4; c++) {
                long v = appeals[r][c] + offset % 5;
                sum += v;
                values.put(CanonicalKey.of(TableId.APPEALS, APPEAL_ROWS.get(r), APPEAL_COLUMNS.get(c)), Value.of(v));
            }
            values.put(CanonicalKey.of(TableId.APPEALS, APPEAL_ROWS.get(r), "total"), Value.of(sum));
        }
    }

    private void requestRow(String row, long[] byApplicant) {
        long sum = 0;
        for (int c = 0; c < APPLICANTS.size(); c++) {
            values.put(CanonicalKey.of(TableId.REQUESTS, row, APPLICANTS.get(c)), Value.of(byApplicant[c]));
            sum += byApplicant[c];
        }
        values.put(CanonicalKey.of(TableId.REQUESTS, row, "total"), Value.of(sum));
    }
}
