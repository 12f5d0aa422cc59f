package org.nianbao.audit.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.output.FindingRow;
import org.nianbao.audit.output.ReportRow;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.KeySpec;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.validate.Identities;
import org.nianbao.validate.Identity;

/**
 * One document of the outputs as its audit page shows it: the cells of its format (read or missing),
 * the findings about each, the state each is coloured by, and the identity checklist.
 */
final class AuditedDocument {

    /** Findings across documents that are identities too, shown in the checklist from their finding. */
    private static final Set<String> BATCH_IDENTITIES = Set.of("cross-year", "text-vs-table");

    private final ReportRow report;
    private final List<FindingRow> findings;
    private final Map<String, CellRow> cells = new LinkedHashMap<>();
    private final Template layout;
    private final List<KeySpec> shown;
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final Map<String, List<Integer>> findingsByKey = new LinkedHashMap<>();

    AuditedDocument(ReportRow report, List<CellRow> cells, List<FindingRow> findings, Catalog catalog) {
        this.report = report;
        this.findings = List.copyOf(findings);
        cells.forEach(c -> this.cells.put(c.key(), c));
        this.layout = layout(report.template(), catalog);
        List<KeySpec> s = new ArrayList<>();
        for (KeySpec spec : catalog.specs()) {
            if (spec.in(layout) || this.cells.containsKey(spec.key().toString())) {
                s.add(spec);
            }
        }
        this.shown = List.copyOf(s);
        Map<CanonicalKey, ExtractedCell> model = model(catalog);
        List<Identity> identities = new Identities(catalog).all(model.keySet());
        Set<String> shownKeys = new LinkedHashSet<>();
        shown.forEach(spec -> shownKeys.add(spec.key().toString()));
        for (Identity i : identities) {
            List<String> keys = i.cells().stream().map(CanonicalKey::toString).toList();
            if (keys.stream().noneMatch(shownKeys::contains)) {
                continue; // a row of the other format (（六）其他处理 of 2019 in a 2021 report)
            }
            checklist.add(i.evaluate(model)
                    .map(sides -> new ChecklistItem(i.rule(), i.description(), sides.hold() ? "holds" : "failed",
                            sides.left().shown(), sides.right().shown(), keys))
                    .orElse(new ChecklistItem(i.rule(), i.description(), "unchecked", "", "", keys)));
        }
        for (FindingRow f : this.findings) {
            if (BATCH_IDENTITIES.contains(f.rule())) {
                checklist.add(new ChecklistItem(f.rule(), f.message(), "failed", "", "", coveredKeys(f, List.of())));
            }
        }
        checklist.sort(Comparator.comparing((ChecklistItem c) -> !c.failed())
                .thenComparing(c -> c.status().equals("holds")));
        for (int n = 0; n < this.findings.size(); n++) {
            FindingRow f = this.findings.get(n);
            for (String key : coveredKeys(f, identities)) {
                findingsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
    }

    /**
     * The format whose layout the page shows: the report's, or for a mixed or unknown one the format
     * most of its cells belong to.
     */
    private Template layout(String template, Catalog catalog) {
        if (template.equals("2019") || template.equals("2021")) {
            return Template.fromId(template).orElseThrow();
        }
        long only2021 = cells.keySet().stream().map(k -> find(catalog, k)).flatMap(Optional::stream)
                .filter(s -> s.in(Template.Y2021) && !s.in(Template.Y2019)).count();
        long only2019 = cells.keySet().stream().map(k -> find(catalog, k)).flatMap(Optional::stream)
                .filter(s -> s.in(Template.Y2019) && !s.in(Template.Y2021)).count();
        return only2021 > only2019 ? Template.Y2021 : Template.Y2019;
    }

    private static Optional<KeySpec> find(Catalog catalog, String key) {
        String[] p = key.split("/", 3);
        return p.length < 3 ? Optional.empty()
                : TableId.fromId(p[0]).flatMap(t -> catalog.find(CanonicalKey.of(t, p[1], p[2])));
    }

    /** The cells as the validator's model; an empty value is unreadable where a finding says so, else blank. */
    private Map<CanonicalKey, ExtractedCell> model(Catalog catalog) {
        Map<CanonicalKey, ExtractedCell> out = new LinkedHashMap<>();
        for (CellRow c : cells.values()) {
            Optional<KeySpec> spec = find(catalog, c.key());
            if (spec.isEmpty()) {
                continue;
            }
            CellValue value;
            if (!c.value().isEmpty()) {
                try {
                    value = CellValue.number(new BigDecimal(c.value()));
                } catch (NumberFormatException e) {
                    value = CellValue.unreadable(c.value());
                }
            } else if (findings.stream().anyMatch(f -> f.rule().equals("value-unreadable") && f.covers(c))) {
                value = CellValue.unreadable(c.raw());
            } else {
                value = CellValue.blank();
            }
            Location where = Location.parse(c.location());
            out.put(spec.get().key(), new ExtractedCell(spec.get().key(), value, new Provenance(where, c.raw())));
        }
        return out;
    }

    /**
     * The cells a finding is about: for an identity, the cells of that identity only (a failing
     * column sum does not make every cell of the column suspect); otherwise every shown or read cell
     * its scope covers. Document-wide findings are about no cell in particular.
     */
    private List<String> coveredKeys(FindingRow f, List<Identity> identities) {
        if (!f.aboutCells()) {
            return List.of();
        }
        for (Identity i : identities) {
            if (i.rule().equals(f.rule()) && i.scope().tableId().equals(f.table()) && i.scope().row().equals(f.row())
                    && i.scope().column().equals(f.column())) {
                return i.cells().stream().map(CanonicalKey::toString).toList();
            }
        }
        Set<String> keys = new LinkedHashSet<>();
        shown.forEach(s -> keys.add(s.key().toString()));
        keys.addAll(cells.keySet());
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String[] p = k.split("/", 3);
            if (f.covers(new CellRow("", p[0], p[1], p[2], "", "", "", CellRow.EXTRACTED))) {
                out.add(k);
            }
        }
        return out;
    }

    CellState state(String key) {
        CellRow c = cells.get(key);
        if (c == null) {
            return CellState.MISSING;
        }
        if (c.corrected()) {
            return CellState.CORRECTED;
        }
        boolean flagged = findingsByKey.getOrDefault(key, List.of()).stream().map(findings::get)
                .anyMatch(f -> !f.severity().equals("info"));
        return flagged ? CellState.FLAGGED : CellState.READ;
    }

    ReportRow report() {
        return report;
    }

    Template layout() {
        return layout;
    }

    List<KeySpec> shown() {
        return shown;
    }

    Optional<CellRow> cell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    List<CellRow> cells() {
        return List.copyOf(cells.values());
    }

    List<FindingRow> findings() {
        return findings;
    }

    List<Integer> findingsAt(String key) {
        return findingsByKey.getOrDefault(key, List.of());
    }

    List<ChecklistItem> checklist() {
        return checklist;
    }

    long failedIdentities() {
        return checklist.stream().filter(ChecklistItem::failed).count();
    }
}
