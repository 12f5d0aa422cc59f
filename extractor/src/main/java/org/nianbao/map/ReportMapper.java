package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.validate.Identities;

/**
 * The one canonical path after the grids are built, the same for every format: find the tables,
 * read their rows by label, tell the format, check that every expected cell was read.
 */
public final class ReportMapper {

    private static final String UNMATCHED = TableSink.UNMATCHED;

    private final Catalog catalog;
    private final SectionSplitter splitter;
    private final ActiveTable active;
    private final RequestsTable requests;
    private final AppealsTable appeals;
    private final TemplateDetector templates;
    private final TitleReader titles = new TitleReader();
    private final WholeByIdentity whole;
    private final SummaryTable summaries;
    private final SummaryContradictions contradictions;

    public ReportMapper(Catalog catalog) {
        this.catalog = catalog;
        LabelBook labels = new LabelBook(catalog);
        CellReader reader = new CellReader(new ValueParser());
        this.splitter = new SectionSplitter(labels, new ValueParser());
        this.active = new ActiveTable(labels, reader, catalog);
        Identities identities = new Identities(catalog);
        this.requests = new RequestsTable(labels, reader, catalog.columns(TableId.REQUESTS),
                new ColumnIdentities(identities), new MisreadRowLabels(catalog, TableId.REQUESTS));
        this.whole = new WholeByIdentity(identities);
        this.appeals = new AppealsTable(labels, reader, catalog.columns(TableId.APPEALS));
        this.templates = new TemplateDetector(catalog);
        this.summaries = new SummaryTable(labels, new ValueParser());
        this.contradictions = new SummaryContradictions(labels);
    }

    public MappedReport map(DocumentContent content) {
        TitleReader.Title title = titles.read(content.text()).orElse(null);
        OptionalInt year = title == null ? OptionalInt.empty() : title.year();
        // a summary of the report's own figures (同比, 总体情况) is no table of the form, nor a second report
        SummaryTable.Found summary = summaries.find(content.grids(), year);
        SectionSplitter.Split split = splitter.split(summary.rest());
        if (split.secondReport().isPresent()) {
            return new MappedReport(CanonicalReport.empty(), List.of(), false, twoReports(content,
                    split.secondReport().get()));
        }
        Map<Section, List<SourceRow>> sections = split.sections();
        List<SourceRow> activeAndLead = new ArrayList<>(split.activeLead());
        activeAndLead.addAll(sections.get(Section.ACTIVE));
        StatedUnits unit = AmountUnit.stated(content.text(), activeAndLead);
        // Rows of table 二 that no header names are first read in the year's form, then again in
        // the form the tables decide when that differs (docs/forms.md)
        ActiveTable.Fallback byYear = new ActiveTable.Fallback(year.isPresent() ? FormClue.year(year.getAsInt()).form()
                : Template.Y2019, false);
        CropEdge edge = CropEdge.of(content.grids());
        Tables tables = mapTables(sections, unit, byYear, year, edge);
        List<FormClue> clues = new ArrayList<>(templates.clues(tables.sink().cells(), tables.sink()::placement));
        clues.addAll(tables.activeClues());
        year.ifPresent(y -> clues.add(FormClue.year(y)));
        FormDecision form = FormDecision.decide(clues);
        ActiveTable.Fallback decided = form.formOf(TableId.ACTIVE).map(t -> new ActiveTable.Fallback(t, true))
                .orElse(new ActiveTable.Fallback(form.likely(), false));
        if (!decided.equals(byYear) && tables.readWithoutHeader()) {
            tables = mapTables(sections, unit, decided, year, edge);
        }
        TableSink sink = tables.sink();

        // a row of values under an unknown label is placed by completeness(): it concerns the rows still missing
        List<Finding> findings = new ArrayList<>(sink.findings().stream().filter(f -> !f.rule().equals(UNMATCHED)).toList());
        if (title == null) {
            findings.add(Finding.info("title-unrecognised", Scope.document(),
                    "no title naming the agency and year (…2020年政府信息公开工作年度报告) near the top",
                    Location.none()));
        }
        List<ExtractedCell> cells = sink.cells();
        if (cells.isEmpty()) {
            return new MappedReport(CanonicalReport.empty(), findings, false, onlyProse(sections)
                    ? "no statistical table of the annual-report format was found"
                    : "the annual-report tables were found but no row could be read");
        }
        findings.addAll(form.findings());
        findings.addAll(CorrectionNotice.findings(content.text(), content.grids(), cells, year));
        findings.addAll(contradictions.findings(summary.given(), cells));
        boolean complete = completeness(cells, form, sink, findings);
        CanonicalReport report = new CanonicalReport(form.template(), year, title == null ? "" : title.agency(), cells)
                .sorted(catalog.order());
        return new MappedReport(report, whole.settle(cells, findings), complete, "");
    }

    /** The three tables read into one sink, and what table 二's rows say about the form ({@link ActiveTable#map}). */
    private record Tables(TableSink sink, List<FormClue> activeClues) {
        boolean readWithoutHeader() {
            return sink.findings().stream().anyMatch(f -> f.rule().equals(ActiveTable.HEADER_MISSING));
        }
    }

    private Tables mapTables(Map<Section, List<SourceRow>> sections, StatedUnits unit,
                             ActiveTable.Fallback fallback, OptionalInt year, CropEdge edge) {
        TableSink sink = new TableSink();
        List<SourceRow> requestRows = sections.get(Section.REQUESTS);
        boolean blanksLost = FormDecoder.losesBlanks(requestRows, new ValueParser(), catalog.columns(TableId.REQUESTS).size());
        ActiveTable.Reading activeRead = active.map(sections.get(Section.ACTIVE), unit, fallback, blanksLost, edge, sink);
        if (requests.map(requestRows, sink)) {
            // table 三 cut on the right: the page was cropped, and table 二's figures at its edge may be cut
            activeRead.atCropEdge().forEach(sink::add);
        }
        appeals.map(sections.get(Section.APPEALS), year, sink);
        return new Tables(sink, activeRead.clues());
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

    /**
     * Reports the tables and cells the form has but the document did not give; true when none. A
     * table whose form is in doubt is checked against both forms: first the likely one, as a decided
     * table is, then the other one's cells that are still uncovered, each at its cell (or row, when
     * the whole row is absent) so that no value read is put under doubt by a cell it does not have.
     */
    private boolean completeness(List<ExtractedCell> cells, FormDecision form, TableSink sink,
                                 List<Finding> findings) {
        boolean complete = true;
        Set<CanonicalKey> found = cells.stream().map(ExtractedCell::key).collect(Collectors.toSet());
        Set<String> reportedRows = sink.findings().stream()
                .filter(f -> f.rule().equals("cells-missing") || f.rule().equals("row-too-many-values"))
                .filter(f -> f.scope().column().isEmpty()) // a cell's own (a figure cut at a crop) leaves the row's others
                .map(f -> f.scope().tableId() + "/" + f.scope().row()).collect(Collectors.toSet());
        for (TableId table : TableId.values()) {
            if (found.stream().noneMatch(k -> k.table() == table)) {
                findings.add(Finding.warning("table-missing", Scope.table(table),
                        "table " + table.id() + " was not found", Location.none()));
                sink.findings().stream().filter(f -> f.rule().equals(UNMATCHED) && f.scope().tableId().equals(table.id()))
                        .forEach(findings::add);
                complete = false;
                continue;
            }
            Optional<Template> decided = form.formOf(table);
            Template likely = decided.orElse(form.likely());
            boolean singleStands = decided.isPresent() && singleOtherRowClean(table, sink);
            Map<String, List<String>> missing = missing(table, likely, found, singleStands);
            Set<String> missingRows = new LinkedHashSet<>(missing.keySet());
            if (decided.isEmpty()) {
                missingRows.addAll(missing(table, other(likely), found, false).keySet());
            }
            unmatched(table, sink, missingRows, inDoubt(table, sink, missingRows), findings);
            headingWithValues(table, cells, findings);
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
            if (decided.isEmpty()) {
                complete &= otherFormCovered(table, other(likely), found, findings);
            }
        }
        boolean unreadable = cells.stream().anyMatch(c -> c.value() instanceof CellValue.Unreadable);
        return complete && !unreadable;
    }

    /**
     * True when table 三's single （六） row may stand for the 2021 form's three numbered rows: it was
     * read with no warning at its row or cells, and no line of values in the table was left unread.
     * A （六） row read otherwise proves nothing of the three: it may be 2021's group label
     * （六）其他处理 wrapped beside its first item and read with that item's values (pdftohtml of a
     * narrow print: 其他处 / 理), or with the wrapped item labels as its values (pdftohtml at 125 %),
     * or with the row before's values printed late (pdftotext default of a 15 pt LibreOffice PDF); the
     * three would then be lost with findings only at a row the 2021 form does not have. Only checked
     * where the form is decided: while it is in doubt the three are expected anyway.
     */
    private static boolean singleOtherRowClean(TableId table, TableSink sink) {
        return table == TableId.REQUESTS && sink.findings().stream()
                .filter(f -> f.severity() != Severity.INFO && f.scope().tableId().equals(table.id()))
                .noneMatch(f -> f.scope().row().equals("other") || f.rule().equals(UNMATCHED)
                        || f.rule().equals("row-unlabelled"));
    }

    /**
     * A warning at table 三's single （六） row when the table also printed numbered （六） rows: then
     * that row is 2021's group label （六）其他处理, read with the values of one of its items (pdftohtml
     * of a full-width print puts the label's pieces 其 / 他处理 between the lines of item 2's wrapped
     * label, and the joined pieces are exactly the 2019 row): its values belong to no row the table
     * has. A 2021 report that keeps the single row prints no numbered ones.
     */
    private static void headingWithValues(TableId table, List<ExtractedCell> cells, List<Finding> findings) {
        if (table != TableId.REQUESTS) {
            return;
        }
        List<ExtractedCell> single = cells.stream().filter(c -> c.key().table() == table && c.key().row().equals("other"))
                .toList();
        List<String> numbered = cells.stream().filter(c -> c.key().table() == table && c.key().row().startsWith("other_"))
                .map(c -> c.key().row()).distinct().toList();
        if (single.isEmpty() || numbered.isEmpty()) {
            return;
        }
        findings.add(Finding.warning("cells-ambiguous", Scope.row(table, "other"), "row other (（六）其他处理) was read "
                + "with values where the table also prints the numbered rows under it (" + String.join(", ", numbered)
                + "): it is their group label, and its values may belong to one of them", single.get(0).source().where()));
    }

    private static Template other(Template form) {
        return form == Template.Y2019 ? Template.Y2021 : Template.Y2019;
    }

    /**
     * A row of values whose label matches no row may be any row still missing (or incomplete, of
     * either form while the form is in doubt), or a row read with cells in doubt, which may have
     * lost values rather than blanks (pdftotext of a narrow print prints a row's 55 and 61 one digit
     * a line after another label, and the row's own `3 0 3` keeps its identity with 总计 3): the
     * finding names each of them, so it covers those rows and no cell that was read elsewhere. When
     * no row is missing or in doubt, its values belong to no cell of the form and the finding
     * concerns the document.
     */
    private static void unmatched(TableId table, TableSink sink, Set<String> missingRows, Set<String> doubtRows,
                                  List<Finding> findings) {
        Set<String> rows = new LinkedHashSet<>(missingRows);
        rows.addAll(doubtRows);
        for (Finding f : sink.findings()) {
            if (!f.rule().equals(UNMATCHED) || !f.scope().tableId().equals(table.id())) {
                continue;
            }
            if (rows.isEmpty()) {
                findings.add(Finding.warning(UNMATCHED, Scope.document(), "table " + table.id() + ": " + f.message()
                        + "; every row of the table was read, so they belong to none", f.where()));
                continue;
            }
            String which = " (rows still missing: " + String.join(", ", missingRows) + (doubtRows.isEmpty() ? ""
                    : "; rows read with cells in doubt: " + String.join(", ", doubtRows)) + ")";
            for (String row : rows) {
                findings.add(Finding.warning(UNMATCHED, Scope.row(table, row), f.message() + "; they may be row " + row
                        + which, f.where()));
            }
        }
    }

    /** The table's rows, other than {@code missing} ones, that a {@code cells-ambiguous} finding puts in doubt. */
    private static Set<String> inDoubt(TableId table, TableSink sink, Set<String> missing) {
        Set<String> rows = new LinkedHashSet<>();
        sink.findings().stream().filter(f -> f.rule().equals("cells-ambiguous") && f.scope().tableId().equals(table.id())
                && !f.scope().row().isEmpty() && !missing.contains(f.scope().row())).forEach(f -> rows.add(f.scope().row()));
        return rows;
    }

    /**
     * The form's cells of the table that were not read, by row, in the form's order.
     *
     * @param singleStands whether a single （六） row read may stand for the 2021 form's three ({@link #expected})
     */
    private Map<String, List<String>> missing(TableId table, Template t, Set<CanonicalKey> found, boolean singleStands) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (KeySpec spec : expected(table, t, found, singleStands)) {
            if (!found.contains(spec.key())) {
                missing.computeIfAbsent(spec.key().row(), r -> new ArrayList<>()).add(spec.key().column());
            }
        }
        return missing;
    }

    /**
     * While the form is in doubt, reports the other form's cells of the table that were not read and
     * that no finding at their row or cell speaks of yet (`header-missing` says which columns the row
     * was read in; a finding about a whole column or table says nothing of this row): a row not found
     * at all at its row, any other cell at the cell, so that no value read comes under a finding
     * about a cell it does not have. True when none was missing.
     */
    private boolean otherFormCovered(TableId table, Template other, Set<CanonicalKey> found, List<Finding> findings) {
        Map<String, List<String>> missing = missing(table, other, found, false);
        String why = " (the " + other.id() + " form has it; the form of this report is in doubt)";
        for (Map.Entry<String, List<String>> e : missing.entrySet()) {
            String row = e.getKey();
            boolean wholeRow = found.stream().noneMatch(k -> k.table() == table && k.row().equals(row));
            for (String column : e.getValue()) {
                CanonicalKey key = CanonicalKey.of(table, row, column);
                if (findings.stream().anyMatch(f -> f.severity() != Severity.INFO && !f.scope().row().isEmpty()
                        && f.scope().covers(key))) {
                    continue;
                }
                if (wholeRow) {
                    findings.add(Finding.warning("row-missing", Scope.row(table, row), "row " + row
                            + " was not found" + why, Location.none()));
                    break;
                }
                findings.add(Finding.warning("cells-missing", Scope.cell(key), "row " + row + " has no cell for "
                        + column + why, Location.none()));
            }
        }
        return missing.isEmpty();
    }

    /**
     * The cells a table should have. A 2021 table 三 that kept the single 2019 row （六）其他处理 is
     * expected to have that row instead of the three numbered ones (spec: templates.md), but only
     * where that row may stand for them ({@code singleStands}): elsewhere the three are expected as
     * well, so that they are reported missing at their own keys.
     */
    private List<KeySpec> expected(TableId table, Template t, Set<CanonicalKey> found, boolean singleStands) {
        List<KeySpec> specs = new ArrayList<>(catalog.specs(table, t));
        if (table == TableId.REQUESTS) {
            boolean single = found.stream().anyMatch(k -> k.table() == table && k.row().equals("other"));
            boolean split = found.stream().anyMatch(k -> k.table() == table && k.row().startsWith("other_"));
            if (single && !split && singleStands) {
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
