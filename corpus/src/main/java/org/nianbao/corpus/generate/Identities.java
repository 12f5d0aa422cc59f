package org.nianbao.corpus.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;

/**
 * The identities of templates.md evaluated on true values, written independently of the
 * extractor's validator so that the gold says which findings a document must carry.
 */
final class Identities {

    static final List<String> APPLICANTS =
            List.of("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org");
    static final List<String> REQUEST_COLUMNS = concat(APPLICANTS, "total");
    static final List<String> APPEAL_PARTS = List.of("upheld", "corrected", "other", "pending");
    static final List<String> APPEAL_ROWS = List.of("review", "litigation_direct", "litigation_after_review");

    private Identities() {
    }

    /** The outcome rows of table 三 in this form: （六） is one row in 2019 and in the mixed form, three in 2021. */
    static List<String> outcomeRows(TemplateVariant t) {
        List<String> rows = new ArrayList<>(List.of("granted", "partially_granted",
                "denied_state_secret", "denied_law_prohibited", "denied_security", "denied_third_party",
                "denied_internal", "denied_process", "denied_enforcement_file", "denied_query",
                "unable_no_info", "unable_need_creation", "unable_unclear",
                "rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_mass_repeat",
                "rejected_confirm"));
        if (t == TemplateVariant.Y2021) {
            rows.addAll(List.of("other_no_correction", "other_no_fee", "other_other"));
        } else {
            rows.add("other");
        }
        return rows;
    }

    static List<String> requestRows(TemplateVariant t) {
        List<String> rows = new ArrayList<>(List.of("new", "carried_over"));
        rows.addAll(outcomeRows(t));
        rows.addAll(List.of("total", "carried_forward"));
        return rows;
    }

    /** Every identity that does not hold, as the finding the validator must report. */
    static List<ExpectedFinding> broken(TemplateVariant t, Map<CanonicalKey, BigDecimal> v) {
        List<ExpectedFinding> out = new ArrayList<>();
        for (String col : REQUEST_COLUMNS) {
            BigDecimal outcomes = BigDecimal.ZERO;
            for (String row : outcomeRows(t)) {
                outcomes = outcomes.add(req(v, row, col));
            }
            if (req(v, "total", col).compareTo(outcomes) != 0) {
                out.add(new ExpectedFinding("requests-outcomes", "requests", "", col));
            }
            BigDecimal in = req(v, "new", col).add(req(v, "carried_over", col));
            BigDecimal outTotal = req(v, "total", col).add(req(v, "carried_forward", col));
            if (in.compareTo(outTotal) != 0) {
                out.add(new ExpectedFinding("requests-balance", "requests", "", col));
            }
        }
        for (String row : requestRows(t)) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String col : APPLICANTS) {
                sum = sum.add(req(v, row, col));
            }
            if (req(v, row, "total").compareTo(sum) != 0) {
                out.add(new ExpectedFinding("requests-applicants", "requests", row, ""));
            }
        }
        for (String row : APPEAL_ROWS) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String col : APPEAL_PARTS) {
                sum = sum.add(get(v, CanonicalKey.of(TableId.APPEALS, row, col)));
            }
            if (get(v, CanonicalKey.of(TableId.APPEALS, row, "total")).compareTo(sum) != 0) {
                out.add(new ExpectedFinding("appeals-sum", "appeals", row, ""));
            }
        }
        return out;
    }

    private static BigDecimal req(Map<CanonicalKey, BigDecimal> v, String row, String col) {
        return get(v, CanonicalKey.of(TableId.REQUESTS, row, col));
    }

    private static BigDecimal get(Map<CanonicalKey, BigDecimal> v, CanonicalKey k) {
        BigDecimal x = v.get(k);
        if (x == null) {
            throw new IllegalArgumentException("no value for " + k);
        }
        return x;
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> l = new ArrayList<>(a);
        l.add(b);
        return List.copyOf(l);
    }
}
