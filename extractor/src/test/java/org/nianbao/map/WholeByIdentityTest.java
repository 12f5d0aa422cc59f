package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.validate.Identities;

/**
 * A value of full-width digits that fills its column (Debian html2text cuts {@code １９} to {@code １}
 * with no mark) is proved whole where an identity holds with it and every other cell it adds is read
 * with no doubt; otherwise it stays in doubt.
 */
class WholeByIdentityTest {

    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_service", "other_org");

    private final WholeByIdentity whole = new WholeByIdentity(new Identities(Catalog.standard()));
    private final CellReader reader = new CellReader(new ValueParser());

    /** Reads a row of table 三: its six applicant columns and total, each "X*" a value that fills its column. */
    private void row(TableSink sink, String row, String... values) {
        List<String> columns = new java.util.ArrayList<>(APPLICANTS);
        columns.add("total");
        for (int i = 0; i < values.length; i++) {
            boolean fills = values[i].endsWith("*");
            String text = fills ? values[i].substring(0, values[i].length() - 1) : values[i];
            List<CellNote> notes = fills ? List.of(CellNote.filled(text, "Debian html2text cuts with no mark")) : List.of();
            reader.read(CanonicalKey.of(TableId.REQUESTS, row, columns.get(i)),
                    GridCell.of(text, new Location.Line(3), notes), "", Placement.IDENTIFIED, sink);
        }
    }

    private List<Finding> settled(TableSink sink) {
        return whole.settle(sink.cells(), sink.findings());
    }

    private static List<String> at(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity)
                .map(f -> f.rule() + ":" + f.scope().row() + "/" + f.scope().column()).toList();
    }

    @Test
    void aValueThatFillsItsColumnIsWholeWhereItsRowAddsUpToATotalReadWithNoDoubt() {
        TableSink sink = new TableSink();
        row(sink, "denied_state_secret", "３*", "０", "０", "０", "", "", "３");
        List<Finding> out = settled(sink);
        assertEquals(List.of(), at(out, Severity.WARNING));
        assertEquals(List.of("value-whole:denied_state_secret/natural_person"), at(out, Severity.INFO));
        assertEquals(true, out.get(0).message().contains("requests-applicants"), out.get(0).message());
    }

    @Test
    void staysInDoubtWhereTheRowDoesNotAddUp() {
        TableSink sink = new TableSink();
        row(sink, "denied_state_secret", "３*", "０", "０", "０", "", "", "３５");
        assertEquals(List.of("cells-ambiguous:denied_state_secret/natural_person"), at(settled(sink), Severity.WARNING));
    }

    @Test
    void staysInDoubtWhereAnIdentityWhoseOtherCellsAreReadWithNoDoubtFailsThroughIt() {
        // the row adds up with ３ (the source's 总计 may be a typo for 35), but the column does not:
        // new 3 + carried over 0 ≠ total 35 + carried forward 0, every other cell of it read with no doubt
        TableSink sink = new TableSink();
        row(sink, "new", "３*", "０", "", "", "", "", "３");
        row(sink, "carried_over", "0", "0", "", "", "", "", "0");
        row(sink, "total", "35", "0", "", "", "", "", "35");
        row(sink, "carried_forward", "0", "0", "", "", "", "", "0");
        assertEquals(List.of("cells-ambiguous:new/natural_person"), at(settled(sink), Severity.WARNING));
    }

    @Test
    void staysInDoubtWhereAnotherCellOfTheIdentityMayBeCutToo() {
        // ７ and ７ may be ７５ and ７５: the row adds up either way
        TableSink sink = new TableSink();
        row(sink, "denied_state_secret", "７*", "０", "", "", "", "", "７*");
        assertEquals(List.of("cells-ambiguous:denied_state_secret/natural_person",
                "cells-ambiguous:denied_state_secret/total"), at(settled(sink), Severity.WARNING));
    }

    @Test
    void staysInDoubtWhereACellOfTheIdentityIsMissing() {
        TableSink sink = new TableSink();
        row(sink, "denied_state_secret", "３*", "０", "０", "０", "", "");
        assertEquals(List.of("cells-ambiguous:denied_state_secret/natural_person"), at(settled(sink), Severity.WARNING));
    }

    @Test
    void aCellProvedWholeCountsAsReadWithNoDoubtForTheNextIdentity() {
        // the row's total ５ is proved by its column (new + carried over = total + carried forward),
        // then natural_person's ５ by the row's total: its own column cannot be checked (a cell unreadable)
        TableSink sink = new TableSink();
        row(sink, "new", "５*", "０", "", "", "", "", "５*");
        row(sink, "carried_over", "0", "0", "", "", "", "", "0");
        row(sink, "total", "5", "0", "", "", "", "", "5");
        row(sink, "carried_forward", "x", "0", "", "", "", "", "0");
        List<Finding> out = settled(sink);
        assertEquals(List.of("value-unreadable:carried_forward/natural_person"), at(out, Severity.WARNING));
        assertEquals(List.of("value-whole:new/natural_person", "value-whole:new/total"), at(out, Severity.INFO));
        assertEquals(true, out.get(0).message().contains("requests-applicants"), out.get(0).message());
    }
}
