package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/** The placement invariant (docs/invariant.md), where it is enforced. */
class TableSinkTest {

    private static final Placement NO_HEADER = Placement.columnAssumed("no header; the form's order");

    private static ExtractedCell cell(String row, String column, long v) {
        return new ExtractedCell(CanonicalKey.of(TableId.REQUESTS, row, column), CellValue.number(BigDecimal.valueOf(v)),
                new Provenance(new Location.Line(3), Long.toString(v)));
    }

    private static List<Finding> assumedFindings(TableSink sink) {
        return sink.findings().stream().filter(f -> f.rule().equals(TableSink.ASSUMED)).toList();
    }

    @Test
    void identifiedCellsNeedNoFinding() {
        TableSink sink = new TableSink();
        sink.put(cell("new", "natural_person", 3), Placement.IDENTIFIED);
        sink.put(cell("new", "total", 5), Placement.IDENTIFIED);
        assertEquals(List.of(), sink.findings());
    }

    @Test
    void aValuePlacedByAssumptionGetsAFindingAtItsRowNamingTheAssumption() {
        TableSink sink = new TableSink();
        sink.put(cell("new", "natural_person", 3), NO_HEADER);
        sink.put(cell("new", "total", 5), NO_HEADER);
        sink.put(cell("granted", "natural_person", 1), Placement.IDENTIFIED);
        List<Finding> f = assumedFindings(sink);
        assertEquals(1, f.size());
        assertEquals(Scope.row(TableId.REQUESTS, "new"), f.get(0).scope());
        assertTrue(f.get(0).message().contains("no header; the form's order"), f.get(0).message());
        assertTrue(f.get(0).message().contains("natural_person, total"), f.get(0).message());
    }

    @Test
    void onlyTheAssumedCellsAreFlaggedWhereTheHeaderNamedTheRowsOtherColumnsInAnExactGrid() {
        TableSink sink = new TableSink();
        Placement notNamed = Placement.columnAssumed("the header does not name commercial, research", true);
        sink.put(cell("new", "natural_person", 3), Placement.IDENTIFIED);
        sink.put(cell("new", "commercial", 1), notNamed);
        sink.put(cell("new", "research", 2), notNamed);
        sink.put(cell("new", "total", 6), Placement.IDENTIFIED);
        List<Finding> f = assumedFindings(sink);
        assertEquals(List.of(Scope.cell(CanonicalKey.of(TableId.REQUESTS, "new", "commercial")),
                Scope.cell(CanonicalKey.of(TableId.REQUESTS, "new", "research"))), f.stream().map(Finding::scope).toList());
        assertTrue(f.get(0).message().endsWith("the header does not name commercial, research (column commercial)"),
                f.get(0).message());
    }

    @Test
    void assumedBlankCellsBesideFiguresThatCouldNotBeReadAreFlagged() {
        // -fixed 3 of a print whose table 三 columns are permuted: 0 0 12 12 each maybe cut by a line break and
        // not read; the blanks left render as the unreadable ones do, yet the figures belong in some of them
        TableSink sink = new TableSink();
        Placement formOrder = Placement.columnAssumed("the header does not name commercial; the form's order", false);
        sink.put(new ExtractedCell(CanonicalKey.of(TableId.REQUESTS, "rejected_petition", "commercial"), CellValue.blank(),
                new Provenance(new Location.Line(116), "")), formOrder);
        sink.put(new ExtractedCell(CanonicalKey.of(TableId.REQUESTS, "rejected_petition", "social_welfare"),
                CellValue.blank(), new Provenance(new Location.Line(116), "")), Placement.IDENTIFIED);
        sink.put(new ExtractedCell(CanonicalKey.of(TableId.REQUESTS, "rejected_petition", "total"),
                new CellValue.Unreadable("maybe cut"), new Provenance(new Location.Line(116), "12")), formOrder);
        sink.add(Finding.warning("value-unreadable", Scope.cell(CanonicalKey.of(TableId.REQUESTS, "rejected_petition",
                "total")), "maybe cut", new Location.Line(116)));
        assertEquals(List.of(Scope.row(TableId.REQUESTS, "rejected_petition")),
                assumedFindings(sink).stream().map(Finding::scope).toList());
    }

    @Test
    void inFlattenedTextTheWholeRowIsFlaggedThoughTheHeaderNamedSomeColumns() {
        // a column the form's order placed wrongly moves the named ones with it: the whole row is in doubt
        TableSink sink = new TableSink();
        sink.put(cell("new", "natural_person", 3), Placement.IDENTIFIED);
        sink.put(cell("new", "commercial", 1), Placement.columnAssumed("the header does not name commercial", false));
        sink.put(cell("granted", "natural_person", 4), Placement.IDENTIFIED);
        sink.put(cell("granted", "commercial", 2), Placement.assumed("no group labels"));
        assertEquals(List.of(Scope.row(TableId.REQUESTS, "new"), Scope.row(TableId.REQUESTS, "granted")),
                assumedFindings(sink).stream().map(Finding::scope).toList());
    }

    @Test
    void noFindingWhereNoOtherOrderOfTheRowCouldChangeTheValue() {
        TableSink sink = new TableSink();
        sink.put(cell("new", "natural_person", 0), NO_HEADER);
        sink.put(cell("new", "commercial", 0), NO_HEADER);
        sink.put(cell("new", "total", 0), NO_HEADER);
        assertEquals(List.of(), sink.findings());
    }

    @Test
    void aRowAssumedTooIsComparedWithTheWholeTable() {
        TableSink sink = new TableSink();
        Placement both = Placement.assumed("no group labels");
        sink.put(cell("new", "natural_person", 0), both);
        sink.put(cell("new", "total", 0), both);
        sink.put(cell("granted", "natural_person", 2), both);
        sink.put(cell("granted", "total", 2), both);
        assertEquals(2, assumedFindings(sink).size(), "0 and 2 could trade rows");
    }

    @Test
    void anotherFindingCoveringTheCellIsEnough() {
        TableSink sink = new TableSink();
        sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.REQUESTS, "new"), "ambiguous", Location.none()));
        sink.put(cell("new", "natural_person", 3), NO_HEADER);
        sink.put(cell("new", "total", 5), NO_HEADER);
        assertEquals(List.of("cells-ambiguous"), sink.findings().stream().map(Finding::rule).toList());
    }


    @Test
    void aTableWideRowUnmatchedDoesNotStandInForTheWarning() {
        // the mapper narrows row-unmatched to the rows still missing, after which it covers no cell of row new
        TableSink sink = new TableSink();
        sink.add(Finding.warning(TableSink.UNMATCHED, Scope.table(TableId.REQUESTS), "a row of values whose label was not read",
                Location.none()));
        sink.put(cell("new", "natural_person", 3), NO_HEADER);
        sink.put(cell("new", "total", 5), NO_HEADER);
        assertEquals(1, assumedFindings(sink).size());
    }

    @Test
    void anInfoFindingAtTheCellDoesNotStandInForTheWarning() {
        TableSink sink = new TableSink();
        sink.add(Finding.info("header-missing", Scope.row(TableId.REQUESTS, "new"), "no column header fits row",
                Location.none()));
        sink.put(cell("new", "natural_person", 3), NO_HEADER);
        sink.put(cell("new", "total", 5), NO_HEADER);
        assertEquals(1, assumedFindings(sink).size(), "a user reading warnings only must still see the assumption");
    }
}
