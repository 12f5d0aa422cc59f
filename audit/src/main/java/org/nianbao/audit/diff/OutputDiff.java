package org.nianbao.audit.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;

/**
 * Two outputs compared cell by cell (before and after a correction, two versions of the tool, two
 * scrapes of one site), cells by canonical key, documents by name below the folder all of an output's
 * documents share ({@code scrape-1/site/a.pdf} and {@code scrape-2/site/a.pdf} are both {@code a.pdf}
 * when each scrape was extracted on its own); diff.csv names them so. A cell is changed when
 * its value, raw text, location or origin differ: a new version that reads the same number from
 * another place is worth an auditor's look too.
 */
public final class OutputDiff {

    /** The differences and what they add up to. */
    public record Result(List<Difference> differences, int documentsA, int documentsB, int documentsAdded,
                         int documentsRemoved, int cellsAdded, int cellsRemoved, int cellsChanged, int documentsWithChanges) {

        public Result {
            differences = List.copyOf(differences);
        }

        public boolean identical() {
            return differences.isEmpty();
        }

        public String summary() {
            return String.format("%d documents in A, %d in B (%d added, %d removed); cells: %d added, %d removed, "
                    + "%d changed, in %d document%s", documentsA, documentsB, documentsAdded, documentsRemoved,
                    cellsAdded, cellsRemoved, cellsChanged, documentsWithChanges, documentsWithChanges == 1 ? "" : "s")
                    + (identical() ? ": identical" : "");
        }
    }

    private OutputDiff() {
    }

    public static Result compare(Outputs a, Outputs b) {
        String prefixA = commonFolder(a.reports());
        String prefixB = commonFolder(b.reports());
        Map<String, ReportRow> reportsA = reports(a, prefixA);
        Map<String, ReportRow> reportsB = reports(b, prefixB);
        Set<String> documents = new LinkedHashSet<>(reportsA.keySet());
        documents.addAll(reportsB.keySet());
        List<Difference> out = new ArrayList<>();
        int docsAdded = 0;
        int docsRemoved = 0;
        int added = 0;
        int removed = 0;
        int changed = 0;
        int touched = 0;
        for (String doc : documents) {
            ReportRow ra = reportsA.get(doc);
            ReportRow rb = reportsB.get(doc);
            int before = out.size();
            if (ra == null) {
                docsAdded++;
                out.add(new Difference(doc, "", "", "", "document-added", "", "", rb.status(), "", ""));
            } else if (rb == null) {
                docsRemoved++;
                out.add(new Difference(doc, "", "", "", "document-removed", "", ra.status(), "", "", ""));
            } else if (!ra.status().equals(rb.status())) {
                out.add(new Difference(doc, "", "", "", "status-changed", "status", ra.status(), rb.status(), "", ""));
            }
            Map<String, CellRow> ca = cells(ra == null ? List.of() : a.cellsOf(ra.document()));
            Map<String, CellRow> cb = cells(rb == null ? List.of() : b.cellsOf(rb.document()));
            Set<String> keys = new LinkedHashSet<>(ca.keySet());
            keys.addAll(cb.keySet());
            for (String k : keys) {
                CellRow x = ca.get(k);
                CellRow y = cb.get(k);
                if (x == null) {
                    added++;
                    out.add(new Difference(doc, y.table(), y.row(), y.column(), "added", "", "", y.value(), "", y.raw()));
                } else if (y == null) {
                    removed++;
                    out.add(new Difference(doc, x.table(), x.row(), x.column(), "removed", "", x.value(), "", x.raw(), ""));
                } else {
                    String fields = fields(x, y);
                    if (!fields.isEmpty()) {
                        changed++;
                        out.add(new Difference(doc, x.table(), x.row(), x.column(), "changed", fields, x.value(),
                                y.value(), x.raw(), y.raw()));
                    }
                }
            }
            if (out.size() > before) {
                touched++;
            }
        }
        return new Result(out, reportsA.size(), reportsB.size(), docsAdded, docsRemoved, added, removed, changed, touched);
    }

    private static String fields(CellRow x, CellRow y) {
        List<String> f = new ArrayList<>();
        if (!x.value().equals(y.value())) {
            f.add("value");
        }
        if (!x.raw().equals(y.raw())) {
            f.add("raw");
        }
        if (!x.location().equals(y.location())) {
            f.add("location");
        }
        if (!x.origin().equals(y.origin())) {
            f.add("origin");
        }
        return String.join(" ", f);
    }

    private static Map<String, ReportRow> reports(Outputs o, String prefix) {
        Map<String, ReportRow> m = new LinkedHashMap<>();
        o.reports().forEach(r -> m.putIfAbsent(r.document().substring(prefix.length()), r));
        return m;
    }

    /** The leading folders every document name has in common, with its trailing slash; empty when none. */
    static String commonFolder(List<ReportRow> reports) {
        String prefix = null;
        for (ReportRow r : reports) {
            String folder = r.document().substring(0, r.document().lastIndexOf('/') + 1);
            if (prefix == null) {
                prefix = folder;
            }
            while (!folder.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.lastIndexOf('/', prefix.length() - 2) + 1);
            }
        }
        return prefix == null ? "" : prefix;
    }

    private static Map<String, CellRow> cells(List<CellRow> rows) {
        Map<String, CellRow> m = new LinkedHashMap<>();
        rows.forEach(c -> m.putIfAbsent(c.key(), c));
        return m;
    }
}
