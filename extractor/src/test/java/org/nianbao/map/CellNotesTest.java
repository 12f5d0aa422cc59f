package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/** What the readers kept out of a value cell becomes a finding at that cell. */
class CellNotesTest {

    private static final CanonicalKey KEY = CanonicalKey.of(TableId.REQUESTS, "new", "natural_person");
    private static final Location AT = new Location.TableCell(2, 4, 4);

    private static TableSink read(String text, CellNote... notes) {
        TableSink sink = new TableSink();
        new CellReader(new ValueParser()).read(KEY, GridCell.of(text, AT, List.of(notes)), "", Placement.IDENTIFIED, sink);
        return sink;
    }

    private static String rules(TableSink sink) {
        return String.join(",", sink.findings().stream().map(Finding::rule).toList());
    }

    @Test
    void namesStruckAndHiddenTextAndTheFootnoteMarkerAtTheCell() {
        TableSink sink = read("1004¹", CellNote.struck("1007", "<del>"), CellNote.hidden("7", "display:none"));
        assertEquals("text-struck,text-hidden,footnote-marker", rules(sink));
        assertEquals("1004", sink.cells().get(0).value().render());
        assertEquals("1004¹", sink.cells().get(0).source().raw());
        sink.findings().forEach(f -> assertEquals(AT, f.where()));
        sink.findings().forEach(f -> assertEquals(KEY.column(), f.scope().column()));
    }

    @Test
    void aStruckNumberWithNothingLeftStandingIsWarnedAbout() {
        // red team 18a: Acrobat's "replace text" strikes 922 and puts 929 in a caret's note, outside the cell
        List<Finding> struck = read("", CellNote.struck("922", "a StrikeOut annotation")).findings();
        assertEquals("text-struck", struck.get(0).rule());
        assertEquals(org.nianbao.model.Severity.WARNING, struck.get(0).severity());
        // struck beside the value that replaces it, or a struck word: info
        assertEquals(org.nianbao.model.Severity.INFO, read("929", CellNote.struck("922", "<del>")).findings().get(0).severity());
        assertEquals(org.nianbao.model.Severity.INFO, read("", CellNote.struck("无", "<del>")).findings().get(0).severity());
    }

    @Test
    void anEmptyCellWhereTheSourceIsDamagedIsNotABlank() {
        assertInstanceOf(CellValue.Unreadable.class, read("", CellNote.lost("page 2 is damaged")).cells().get(0).value());
        assertEquals("value-unreadable", rules(read("", CellNote.lost("page 2 is damaged"))));
        assertEquals("12", read("12", CellNote.lost("page 2 is damaged")).cells().get(0).value().render());
    }

    @Test
    void aCellWithAPictureOrOutlinesInItIsNotBelievedNorABlank() {
        CellNote drawn = CellNote.drawn("an image");
        assertInstanceOf(CellValue.Unreadable.class, read("", drawn).cells().get(0).value());
        assertEquals("value-unreadable", rules(read("", drawn)));
        assertEquals("value-unreadable", rules(read("12", drawn))); // an image beside a number may be a digit of it
    }

    @Test
    void aCellWithSomethingUnreadDrawnOverItIsNotBelieved() {
        TableSink sink = read("1007", CellNote.covered("an annotation drawn over the page: FreeText"));
        assertInstanceOf(CellValue.Unreadable.class, sink.cells().get(0).value());
        assertEquals("value-unreadable", rules(sink));
    }

    @Test
    void aNumberCutOffByAClippingPathIsNotBelieved() {
        TableSink sink = read("272", CellNote.cut("69", "cut off by a clipping path"));
        assertInstanceOf(CellValue.Unreadable.class, sink.cells().get(0).value());
        assertEquals("value-unreadable", rules(sink));
        assertEquals(true, sink.findings().get(0).message().contains("'69'"), sink.findings().get(0).message());
    }
}
