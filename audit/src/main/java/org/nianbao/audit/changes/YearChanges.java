package org.nianbao.audit.changes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.agency.AgencyName;
import org.nianbao.agency.AgencyNames;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;

/**
 * The same agency in consecutive years, side by side: agencies are matched on their place and
 * normalised body ({@link AgencyNames}: 沭阳县人民政府 and 沭阳县政府 are one), and every canonical cell
 * of the two reports is listed with both values and the change. The matches are listed too, with
 * the near misses a person should look at: same body, places one character apart (沐阳县 / 沭阳县),
 * never paired automatically.
 */
public final class YearChanges {

    public static final String[] CHANGES_HEADER = {"place", "body", "year_a", "year_b", "agency_a", "agency_b",
        "document_a", "document_b", "table", "row", "column", "value_a", "value_b", "change"};
    public static final String[] MATCHES_HEADER = {"kind", "agency_a", "year_a", "document_a", "agency_b", "year_b",
        "document_b", "place_a", "place_b", "note"};

    /** What the comparison gives: rows of changes.csv and of agency-matches.csv. */
    public record Result(List<String[]> changes, List<String[]> matches, int agencies, int pairs, int nearMisses) {
        public String summary() {
            return String.format("%d agencies; %d pairs of consecutive years (%d cells); %d near misses to check",
                    agencies, pairs, changes.size(), nearMisses);
        }
    }

    private record Report(ReportRow row, AgencyName name, int year) {
    }

    private final AgencyNames names;

    public YearChanges(AgencyNames names) {
        this.names = names;
    }

    public Result compare(Outputs outputs) {
        Map<String, TreeMap<Integer, Report>> byAgency = new LinkedHashMap<>();
        List<String[]> matches = new ArrayList<>();
        for (ReportRow r : outputs.reports()) {
            if (r.status().equals("failed") || r.agency().isBlank() || !r.year().matches("\\d{4}")) {
                continue;
            }
            Report report = new Report(r, names.split(r.agency()), Integer.parseInt(r.year()));
            Report first = byAgency.computeIfAbsent(report.name().key(), k -> new TreeMap<>())
                    .putIfAbsent(report.year(), report);
            if (first != null) {
                matches.add(match("duplicate", first, report, "a second report of the same agency and year; "
                        + "the first is compared"));
            }
        }
        List<String[]> changes = new ArrayList<>();
        int pairs = 0;
        for (TreeMap<Integer, Report> years : byAgency.values()) {
            for (Map.Entry<Integer, Report> e : years.entrySet()) {
                Report next = years.get(e.getKey() + 1);
                if (next == null) {
                    continue;
                }
                pairs++;
                Report a = e.getValue();
                matches.add(match("pair", a, next, a.row().agency().equals(next.row().agency()) ? ""
                        : "names differ, matched on place and body: " + a.name().place() + " + " + a.name().body()));
                changes.addAll(cells(outputs, a, next));
            }
        }
        int nearMisses = 0;
        List<String> keys = new ArrayList<>(byAgency.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Report a = byAgency.get(keys.get(i)).firstEntry().getValue();
                Report b = byAgency.get(keys.get(j)).firstEntry().getValue();
                if (nearMiss(a.name(), b.name())) {
                    nearMisses++;
                    matches.add(match("near-miss", a, b, "same body, places one character apart: not matched; "
                            + "check whether one is a typo"));
                }
            }
        }
        return new Result(changes, matches, byAgency.size(), pairs, nearMisses);
    }

    private static List<String[]> cells(Outputs outputs, Report a, Report b) {
        Map<String, CellRow> ca = new LinkedHashMap<>();
        outputs.cellsOf(a.row().document()).forEach(c -> ca.putIfAbsent(c.key(), c));
        Map<String, CellRow> cb = new LinkedHashMap<>();
        outputs.cellsOf(b.row().document()).forEach(c -> cb.putIfAbsent(c.key(), c));
        Set<String> keys = new LinkedHashSet<>(ca.keySet());
        keys.addAll(cb.keySet());
        List<String[]> out = new ArrayList<>();
        for (String k : keys) {
            String[] key = k.split("/", 3);
            String va = ca.containsKey(k) ? ca.get(k).value() : "";
            String vb = cb.containsKey(k) ? cb.get(k).value() : "";
            out.add(new String[] {a.name().place(), a.name().body(), "" + a.year(), "" + b.year(), a.row().agency(),
                b.row().agency(), a.row().document(), b.row().document(), key[0], key[1], key[2], va, vb, change(va, vb)});
        }
        return out;
    }

    /** b − a when both are numbers; empty when either is blank, unreadable or absent. */
    private static String change(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        return new BigDecimal(b).subtract(new BigDecimal(a)).stripTrailingZeros().toPlainString();
    }

    /**
     * Same body, places of one length and one unit differing in one character of the name (沐阳县 /
     * 沭阳县): a likely typo, not a match. 示例县 and 示例市 differ in their unit: two places.
     */
    static boolean nearMiss(AgencyName a, AgencyName b) {
        String x = a.place();
        String y = b.place();
        if (!a.body().equals(b.body()) || x.length() != y.length() || x.length() < 2
                || x.charAt(x.length() - 1) != y.charAt(y.length() - 1)) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < x.length() - 1; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differ++;
            }
        }
        return differ == 1;
    }

    private static String[] match(String kind, Report a, Report b, String note) {
        return new String[] {kind, a.row().agency(), "" + a.year(), a.row().document(), b.row().agency(), "" + b.year(),
            b.row().document(), a.name().place(), b.name().place(), note};
    }
}
