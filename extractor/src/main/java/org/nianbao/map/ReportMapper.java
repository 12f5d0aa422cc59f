package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.KeySpec;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.DocumentContent;

/**
 * The one canonical path after the grids are built, the same for every format: find the tables,
 * read their rows by label, tell the format, check that every expected cell was read.
 */
public final class ReportMapper {

    private final Catalog catalog;
    private final SectionSplitter splitter;
    private final ActiveTable active;
    private final RequestsTable requests;
    private final AppealsTable appeals;
    private final TemplateDetector templates;
    private final TitleReader titles = new TitleReader();

    public ReportMapper(Catalog catalog) {
        this.catalog = catalog;
        LabelBook labels = new LabelBook(catalog);
        CellReader reader = new CellReader(new ValueParser());
        this.splitter = new SectionSplitter(labels, new ValueParser());
        this.active = new ActiveTable(labels, reader, catalog);
        this.requests = new RequestsTable(labels, reader, catalog.columns(TableId.REQUESTS));
        this.appeals = new AppealsTable(labels, reader, catalog.columns(TableId.APPEALS));
        this.templates = new TemplateDetector(catalog);
    }

    public MappedReport map(DocumentContent content) {
        SectionSplitter.Split split = splitter.split(content.grids());
        if (split.secondReport().isPresent()) {
            return new MappedReport(CanonicalReport.empty(), List.of(), false, twoReports(content,
                    split.secondReport().get()));
        }
        Map<Section, List<SourceRow>> sections = split.sections();
        TableSink sink = new TableSink();
        List<SourceRow> activeAndLead = new ArrayList<>(split.activeLead());
        activeAndLead.addAll(sections.get(Section.ACTIVE));
        active.map(sections.get(Section.ACTIVE), AmountUnit.stated(content.text(), activeAndLead), sink);
        requests.map(sections.get(Section.REQUESTS), sink);
        appeals.map(sections.get(Section.APPEALS), sink);

        List<Finding> findings = new ArrayList<>(sink.findings());
        TitleReader.Title title = titles.read(content.text()).orElse(null);
        if (title == null) {
            findings.add(Finding.info("title-unrecognised", Scope.document(),
                    "no title naming the agency and year (…2020年政府信息公开工作年度报告) near the top",
                    Location.none()));
        }
        OptionalInt year = title == null ? OptionalInt.empty() : title.year();
        List<ExtractedCell> cells = sink.cells();
        if (cells.isEmpty()) {
            return new MappedReport(CanonicalReport.empty(), findings, false, onlyProse(sections)
                    ? "no statistical table of the annual-report format was found"
                    : "the annual-report tables were found but no row could be read");
        }
        Set<TableId> all = EnumSet.allOf(TableId.class);
        TemplateDetector.Evidence evidence = templates.evidence(cells, all);
        Template template = evidence.template();
        if (template == Template.MIXED) {
            findings.add(Finding.info("template-mixed", Scope.document(),
                    "cells of the 2019 format (" + String.join(", ", evidence.only2019())
                            + ") and of the 2021 format (" + String.join(", ", evidence.only2021()) + ")",
                    Location.none()));
        }
        yearCheck(template, year).ifPresent(findings::add);
        boolean complete = completeness(cells, template, year, sink, findings);
        CanonicalReport report = new CanonicalReport(template, year, title == null ? "" : title.agency(), cells)
                .sorted(catalog.order());
        return new MappedReport(report, findings, complete, "");
    }

    /**
     * Why a file holding more than one report is not extracted: its tables cannot be told apart
     * cell by cell, and merging them would add the older form's cells silently.
     */
    private String twoReports(DocumentContent content, Location secondStart) {
        List<String> named = titles.all(content.text()).stream()
                .map(t -> t.agency() + (t.year().isPresent() ? " " + t.year().getAsInt() : "")).distinct().toList();
        return "the file holds more than one report: a second set of the tables starts at " + secondStart.render()
                + (named.size() > 1 ? " (titles: " + String.join("; ", named) + ")" : "")
                + "; split it into one file per report";
    }

    private static boolean onlyProse(Map<Section, List<SourceRow>> sections) {
        return sections.get(Section.ACTIVE).isEmpty() && sections.get(Section.REQUESTS).isEmpty()
                && sections.get(Section.APPEALS).isEmpty();
    }

    private static Optional<Finding> yearCheck(Template template, OptionalInt year) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        int y = year.getAsInt();
        if (template == Template.Y2019 && y >= 2021 || template == Template.Y2021 && y <= 2020) {
            return Optional.of(Finding.info("template-year-mismatch", Scope.document(),
                    "a report for " + y + " in the " + template.id() + " format", Location.none()));
        }
        return Optional.empty();
    }

    /** Reports the tables and cells the format has but the document did not give; true when none. */
    private boolean completeness(List<ExtractedCell> cells, Template template, OptionalInt year, TableSink sink,
                                 List<Finding> findings) {
        boolean complete = true;
        Set<CanonicalKey> found = cells.stream().map(ExtractedCell::key).collect(Collectors.toSet());
        Set<String> reportedRows = sink.findings().stream()
                .filter(f -> f.rule().equals("cells-missing") || f.rule().equals("row-too-many-values"))
                .map(f -> f.scope().tableId() + "/" + f.scope().row()).collect(Collectors.toSet());
        for (TableId table : TableId.values()) {
            if (found.stream().noneMatch(k -> k.table() == table)) {
                findings.add(Finding.warning("table-missing", Scope.table(table),
                        "table " + table.id() + " was not found", Location.none()));
                complete = false;
                continue;
            }
            Template t = effective(templates.evidence(cells, EnumSet.of(table)).template(), template, year);
            Map<String, List<String>> missing = new LinkedHashMap<>();
            for (KeySpec spec : expected(table, t, found)) {
                if (!found.contains(spec.key())) {
                    missing.computeIfAbsent(spec.key().row(), r -> new ArrayList<>()).add(spec.key().column());
                }
            }
            for (Map.Entry<String, List<String>> e : missing.entrySet()) {
                complete = false;
                if (reportedRows.contains(table.id() + "/" + e.getKey())) {
                    continue;
                }
                boolean wholeRow = found.stream().noneMatch(k -> k.table() == table && k.row().equals(e.getKey()));
                findings.add(Finding.warning(wholeRow ? "row-missing" : "cells-missing", Scope.row(table, e.getKey()),
                        wholeRow ? "row " + e.getKey() + " was not found"
                                : "row " + e.getKey() + " has no cell for " + String.join(", ", e.getValue()),
                        Location.none()));
            }
        }
        boolean unreadable = cells.stream().anyMatch(c -> c.value() instanceof CellValue.Unreadable);
        return complete && !unreadable;
    }

    /** The format a table is checked against: its own evidence, else the document's, else the year's. */
    private static Template effective(Template table, Template document, OptionalInt year) {
        if (table == Template.Y2019 || table == Template.Y2021) {
            return table;
        }
        if (document == Template.Y2019 || document == Template.Y2021) {
            return document;
        }
        return year.isPresent() && year.getAsInt() >= 2021 ? Template.Y2021 : Template.Y2019;
    }

    /**
     * The cells a table should have. A 2021 table 三 that kept the single 2019 row （六）其他处理 is
     * expected to have that row instead of the three numbered ones (spec: templates.md).
     */
    private List<KeySpec> expected(TableId table, Template t, Set<CanonicalKey> found) {
        List<KeySpec> specs = new ArrayList<>(catalog.specs(table, t));
        if (table == TableId.REQUESTS) {
            boolean single = found.stream().anyMatch(k -> k.table() == table && k.row().equals("other"));
            boolean split = found.stream().anyMatch(k -> k.table() == table && k.row().startsWith("other_"));
            if (single && !split) {
                specs.removeIf(s -> s.key().row().startsWith("other_"));
                catalog.specs(table, Template.Y2019).stream().filter(s -> s.key().row().equals("other"))
                        .filter(s -> !specs.contains(s)).forEach(specs::add);
            } else if (split && !single) {
                specs.removeIf(s -> s.key().row().equals("other"));
                catalog.specs(table, Template.Y2021).stream().filter(s -> s.key().row().startsWith("other_"))
                        .filter(s -> !specs.contains(s)).forEach(specs::add);
            } else if (!single) {
                // Neither form of （六） was found, so the table cannot say which it printed; the format
                // guessed for the document may come from cells placed by assumption (a 2021 report
                // printed by Chromium was guessed 2019 and lost its three rows unflagged): both are missing.
                for (Template either : List.of(Template.Y2019, Template.Y2021)) {
                    catalog.specs(table, either).stream()
                            .filter(s -> s.key().row().equals("other") || s.key().row().startsWith("other_"))
                            .filter(s -> !specs.contains(s)).forEach(specs::add);
                }
            }
        }
        return specs;
    }
}
