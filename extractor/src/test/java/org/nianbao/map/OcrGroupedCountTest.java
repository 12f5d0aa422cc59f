package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;

/**
 * Counts OCR read with a point for a thousands comma (scanned corpus, session ocr7: {@code 42.704},
 * {@code 194.663}, {@code 2.228} in table 二's count columns, flagged {@code value-range} and not read).
 */
class OcrGroupedCountTest {

    /** What the OCR module gives a reading whose point may be a comma: its readings, in doubt. */
    private static final Location IN_DOUBT = new Location.PageBox(1, 1, 10, 20, 30, 40, 0.97f).rechecked(
            new OcrRecheck.Differed(List.of("'42.704' on the page",
                    "a point before three digits may be a comma read as a point")));
    private static final Location READ_ALIKE = new Location.PageBox(1, 1, 10, 20, 30, 40, 0.97f)
            .rechecked(new OcrRecheck.Agreed(0.97f));

    @Test
    void aCountReadWithPointsForCommasIsItsDigits() {
        assertEquals(Optional.of(new BigDecimal("42704")), OcrGroupedCount.read("42.704", IN_DOUBT));
        assertEquals(Optional.of(new BigDecimal("2228")), OcrGroupedCount.read(" 2.228 ", IN_DOUBT));
        assertEquals(Optional.of(new BigDecimal("98878507")), OcrGroupedCount.read("98.878.507", IN_DOUBT));
        assertEquals(Optional.of(new BigDecimal("1234567")), OcrGroupedCount.read("1,234.567", IN_DOUBT));
    }

    @Test
    void otherReadingsAndOtherSourcesAreLeftToTheParser() {
        assertEquals(Optional.empty(), OcrGroupedCount.read("42.70", IN_DOUBT), "a decimal: value-range flags it");
        assertEquals(Optional.empty(), OcrGroupedCount.read("0.704", IN_DOUBT));
        assertEquals(Optional.empty(), OcrGroupedCount.read("4270.4", IN_DOUBT));
        assertEquals(Optional.empty(), OcrGroupedCount.read("42,704", IN_DOUBT), "read by the parser as it is");
        assertEquals(Optional.empty(), OcrGroupedCount.read("42.704", READ_ALIKE),
                "only a reading the OCR module holds in doubt, so that the identities vouch for it");
        assertEquals(Optional.empty(), OcrGroupedCount.read("42.704", new Location.PageBox(1, 10, 20, 30, 40)),
                "a text layer's point is what the document prints");
        assertEquals(Optional.empty(), OcrGroupedCount.read("42.704", new Location.Line(3)));
    }

    @Test
    void aCountCellReadsTheCountAndAnAmountCellKeepsItsPoint() {
        CellReader reader = new CellReader(new ValueParser());
        TableSink sink = new TableSink();
        CanonicalKey count = CanonicalKey.of(TableId.ACTIVE, "regulations", "repealed");
        CanonicalKey amount = CanonicalKey.of(TableId.ACTIVE, "fees", "amount");
        reader.read(count, new GridCell("42.704", IN_DOUBT, false), "", Placement.IDENTIFIED, sink);
        reader.read(amount, new GridCell("81.548", IN_DOUBT, false), "万元", Placement.IDENTIFIED, sink);
        assertEquals(CellValue.number(new BigDecimal("42704")), sink.cells().get(0).value());
        assertEquals("42.704", sink.cells().get(0).source().raw(), "the raw reading is kept for the auditor");
        assertEquals(CellValue.number(new BigDecimal("81.548")), sink.cells().get(1).value());
        assertTrue(sink.findings().isEmpty(), sink.findings()::toString);
    }
}
