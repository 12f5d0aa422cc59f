package org.nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

class OcrVouchTest {

    private static final TableId T = TableId.APPEALS;
    private static final CanonicalKey TOTAL = CanonicalKey.of(T, "review", "total");
    private static final CanonicalKey A = CanonicalKey.of(T, "review", "upheld");
    private static final CanonicalKey B = CanonicalKey.of(T, "review", "corrected");
    private static final CanonicalKey LONE = CanonicalKey.of(TableId.ACTIVE, "regulations", "new_made");
    private static final Identity SUM = new Identity("appeals-sum", Scope.row(T, "review"), "row review: total ≠ sum",
            List.of(TOTAL), List.of(A, B));

    private final Map<CanonicalKey, ExtractedCell> cells = new LinkedHashMap<>();

    private void put(CanonicalKey key, String raw, float confidence) {
        Location where = new Location.PageBox(1, 1, 10, 20, 30, 40, confidence);
        CellValue v = raw.isEmpty() ? CellValue.blank() : raw.matches("-?\\d+") ? CellValue.number(new BigDecimal(raw))
                : CellValue.unreadable("not a number");
        cells.put(key, new ExtractedCell(key, v, new Provenance(where, raw)));
    }

    private List<Finding> vouch() {
        return new OcrVouch().check(List.copyOf(cells.values()), cells, List.of(SUM));
    }

    @Test
    void acceptsOcrValuesWhoseIdentityHoldsWhateverTheConfidence() {
        put(TOTAL, "7", 0.5f);
        put(A, "3", 0.6f);
        put(B, "4", 0.95f);
        assertEquals(List.of(), vouch());
    }

    @Test
    void flagsAFailingIdentityAlongItsRowNamingWhatOcrRead() {
        put(TOTAL, "7", 0.99f);
        put(A, "8", 0.99f);
        put(B, "4", 0.99f);
        List<Finding> f = vouch();
        assertEquals(1, f.size());
        assertEquals("ocr-unverified", f.get(0).rule());
        assertEquals(Scope.row(T, "review"), f.get(0).scope());
        assertTrue(f.get(0).message().contains("total '7', upheld '8', corrected '4'"), f.get(0).message());
    }

    @Test
    void flagsEveryCellOfAnIdentityThatCannotBeChecked() {
        put(TOTAL, "7", 0.99f);
        put(A, "3", 0.99f);
        put(B, "4l", 0.99f);
        List<Finding> f = vouch();
        assertEquals(List.of(Scope.cell(TOTAL), Scope.cell(A), Scope.cell(B)), f.stream().map(Finding::scope).toList());
        assertTrue(f.get(0).message().startsWith("OCR read '7' here, but its identity cannot be checked"),
                f.get(0).message());
    }

    /**
     * Table 三's cell granted × natural is in its row's identity (applicant columns add up to the
     * total) and its column's (outcomes add up to the total). With a value unreadable elsewhere in
     * its row, the row cannot be checked, but its column holds: a misread of the cell would break it.
     */
    @Test
    void acceptsACellWhoseColumnHoldsWhenItsRowCannotBeChecked() {
        TableId t = TableId.REQUESTS;
        CanonicalKey granted = CanonicalKey.of(t, "granted", "natural");
        CanonicalKey grantedLegal = CanonicalKey.of(t, "granted", "legal_other");
        CanonicalKey grantedTotal = CanonicalKey.of(t, "granted", "total");
        CanonicalKey total = CanonicalKey.of(t, "total", "natural");
        CanonicalKey denied = CanonicalKey.of(t, "denied_secret", "natural");
        Identity row = new Identity("requests-applicants", Scope.row(t, "granted"), "row granted",
                List.of(grantedTotal), List.of(granted, grantedLegal));
        Identity column = new Identity("requests-outcomes", Scope.column(t, "natural"), "column natural",
                List.of(total), List.of(granted, denied));
        put(granted, "5", 0.99f);
        put(grantedLegal, "2?", 0.2f);
        put(grantedTotal, "7", 0.99f);
        put(total, "9", 0.99f);
        put(denied, "4", 0.99f);
        List<Finding> f = new OcrVouch().check(List.copyOf(cells.values()), cells, List.of(row, column));
        // the row's total has no other identity here: it stays flagged; granted × natural is vouched by its column
        assertEquals(List.of(Scope.cell(grantedLegal), Scope.cell(grantedTotal)), f.stream().map(Finding::scope).toList());
        put(total, "8", 0.99f); // the column fails too: nothing vouches for the cell
        f = new OcrVouch().check(List.copyOf(cells.values()), cells, List.of(row, column));
        assertEquals(List.of(Scope.column(t, "natural"), Scope.cell(grantedLegal), Scope.cell(grantedTotal)),
                f.stream().map(Finding::scope).toList());
    }

    @Test
    void namesTheCellWhereOneLookAlikeDigitWouldMakeTheIdentityHold() {
        put(TOTAL, "15", 0.99f);
        put(A, "17", 0.99f); // printed 11: the engine read its second 1 as 7
        put(B, "4", 0.99f);
        List<Finding> f = vouch();
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().endsWith("one misread digit would explain it: upheld '17' may be 11 (7 read for 1)"),
                f.get(0).message());
        put(A, "13", 0.99f); // total would need to be 17, upheld 11, corrected 2: no look-alike digits
        f = vouch();
        assertTrue(f.get(0).message().endsWith("check them against the page image"), f.get(0).message());
    }

    @Test
    void believesALoneCellOnlyWhenTheEngineWasConfident() {
        put(LONE, "12", 0.75f);
        assertEquals(List.of(), vouch());
        put(LONE, "12", 0.45f);
        List<Finding> f = vouch();
        assertEquals(List.of(Scope.cell(LONE)), f.stream().map(Finding::scope).toList());
        assertTrue(f.get(0).message().contains("OCR read '12' here, but no identity checks this cell and the OCR"
                + " confidence is 0.45"), f.get(0).message());
    }

    private void putRechecked(CanonicalKey key, String raw, float confidence, OcrRecheck recheck) {
        put(key, raw, confidence);
        ExtractedCell c = cells.get(key);
        Location.PageBox b = (Location.PageBox) c.source().where();
        cells.put(key, new ExtractedCell(key, c.value(), new Provenance(b.rechecked(recheck), raw)));
    }

    @Test
    void believesALoneCellReadAlikeTwiceWhenTheSecondReadingIsConfident() {
        putRechecked(LONE, "12", 0.45f, new OcrRecheck.Agreed(0.93f));
        assertEquals(List.of(), vouch());
        putRechecked(LONE, "12", 0.45f, new OcrRecheck.Agreed(0.5f)); // both unsure: flagged
        assertEquals(List.of(Scope.cell(LONE)), vouch().stream().map(Finding::scope).toList());
    }

    @Test
    void flagsAConfidentLoneCellThatAnotherReadingReadOtherwiseNamingWhatItRead() {
        putRechecked(LONE, "12", 0.95f, new OcrRecheck.Differed(List.of("'12' on the page",
                "'18' in the cell enlarged 2×", "'18' in its ink read 3 times over")));
        List<Finding> f = vouch();
        assertEquals(List.of(Scope.cell(LONE)), f.stream().map(Finding::scope).toList());
        assertEquals("OCR read '12' here, but no identity checks this cell and its readings differ ('12' on the"
                + " page, '18' in the cell enlarged 2×, '18' in its ink read 3 times over): check it against"
                + " the page image", f.get(0).message());
    }

    @Test
    void cellsWhoseIdentitiesCannotBeCheckedAreBelievedOnlyWhenReadAlikeTwice() {
        put(TOTAL, "7", 0.99f);
        putRechecked(A, "3", 0.99f, new OcrRecheck.Agreed(0.97f));
        putRechecked(B, "4l", 0.99f, new OcrRecheck.Differed(List.of("'4l' on the page",
                "'41' in the cell enlarged 2×")));
        List<Finding> f = vouch();
        assertEquals(List.of(Scope.cell(TOTAL), Scope.cell(B)), f.stream().map(Finding::scope).toList());
        assertTrue(f.get(1).message().contains("its identity cannot be checked (a cell it needs is missing or"
                + " unreadable); its readings differ: '4l' on the page, '41' in the cell enlarged 2×"),
                f.get(1).message());
    }

    @Test
    void anIdentityThatHoldsVouchesWhateverTheReadingsAgain() {
        put(TOTAL, "7", 0.99f);
        putRechecked(A, "3", 0.99f, new OcrRecheck.Differed(List.of("'3' on the page",
                "'8' in the cell enlarged 2×")));
        put(B, "4", 0.99f);
        assertEquals(List.of(), vouch());
        put(TOTAL, "8", 0.99f); // now it fails: the other reading is named with the cell
        List<Finding> f = vouch();
        assertTrue(f.get(0).message().contains("upheld '3' (readings differ: '3' on the page, '8' in the cell"
                + " enlarged 2×)"),
                f.get(0).message());
    }

    @Test
    void leavesTextLayerValuesAlone() {
        cells.put(LONE, new ExtractedCell(LONE, CellValue.number(BigDecimal.ONE),
                new Provenance(new Location.PageBox(1, 10, 20, 30, 40), "1")));
        assertEquals(List.of(), vouch());
    }
}
