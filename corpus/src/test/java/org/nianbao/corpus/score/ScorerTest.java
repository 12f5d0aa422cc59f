package org.nianbao.corpus.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nianbao.corpus.generate.ExpectedFinding;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.CellValue;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.SourceDocument;
import org.nianbao.model.Status;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

class ScorerTest {

    private static final CanonicalKey NEW_TOTAL = CanonicalKey.of(TableId.REQUESTS, "new", "total");
    private static final CanonicalKey NEW_PERSON = CanonicalKey.of(TableId.REQUESTS, "new", "natural_person");
    private static final CanonicalKey REVIEW_TOTAL = CanonicalKey.of(TableId.APPEALS, "review", "total");

    private static final Gold GOLD = new Gold(Map.of(NEW_TOTAL, "12", NEW_PERSON, "", REVIEW_TOTAL, "3"),
            List.of(new ExpectedFinding("appeals-sum", "appeals", "review", "")));

    @Test
    void countsAWrongValueWithNoFindingAtItsCellAsSilent() {
        DocumentScore s = score(Status.OK, List.of(Finding.info("title-unrecognised", Scope.document(), "no title",
                Location.none())), cell(NEW_TOTAL, "21"), blank(NEW_PERSON), cell(REVIEW_TOTAL, "3"));
        assertEquals(2, s.correct());
        assertEquals(1, s.silent(), "a document-wide finding flags no cell");
        assertEquals(CellError.Kind.WRONG, s.errors().get(0).kind());
    }

    @Test
    void countsAWrongValueUnderAFindingOnItsRowAsFlagged() {
        DocumentScore s = score(Status.OK, List.of(Finding.warning("cells-ambiguous", Scope.row(TableId.REQUESTS, "new"),
                "shifted", Location.none())), cell(NEW_TOTAL, "21"), blank(NEW_PERSON), cell(REVIEW_TOTAL, "3"));
        assertEquals(0, s.silent());
        assertEquals("cells-ambiguous", s.errors().get(0).flaggedBy());
    }

    @Test
    void countsAWrongValueUnderAnInfoFindingAloneAsSilent() {
        DocumentScore s = score(Status.OK, List.of(Finding.info("placed-by-identities", Scope.cell(NEW_TOTAL),
                "placed by the identities", Location.none())), cell(NEW_TOTAL, "21"), blank(NEW_PERSON), cell(REVIEW_TOTAL, "3"));
        assertEquals(1, s.silent(), "an info finding records what was done to a right value; it covers no doubt");
        assertEquals("", s.errors().get(0).flaggedBy());
    }

    @Test
    void tellsBlankFromZeroAndComparesNumbersByValue() {
        DocumentScore s = score(Status.OK, List.of(), cell(NEW_TOTAL, "12.0"), cell(NEW_PERSON, "0"), cell(REVIEW_TOTAL, "3"));
        assertEquals(2, s.correct());
        assertEquals(NEW_PERSON, s.errors().get(0).key());
    }

    @Test
    void countsMissingAndExtraCellsSilentUnlessAFindingCoversThem() {
        CanonicalKey extra = CanonicalKey.of(TableId.REQUESTS, "other", "total");
        DocumentScore s = score(Status.PARTIAL, List.of(Finding.warning("table-missing", Scope.table(TableId.APPEALS),
                "no table", Location.none())), cell(NEW_TOTAL, "12"), blank(NEW_PERSON), cell(extra, "1"));
        assertEquals(2, s.count(CellError.Kind.MISSING, false) + s.count(CellError.Kind.EXTRA, false));
        assertEquals(0, s.count(CellError.Kind.MISSING, true), "table-missing flags the missing appeals cell");
        assertEquals(1, s.count(CellError.Kind.EXTRA, true), "nothing flags the extra requests cell");
        assertEquals(List.of(new ExpectedFinding("appeals-sum", "appeals", "review", "")), s.missedFindings());
    }

    @Test
    void ignoresCellsOfTablesTheGoldDoesNotCover() {
        CanonicalKey active = CanonicalKey.of(TableId.ACTIVE, "fees", "amount");
        DocumentScore s = score(Status.OK, List.of(), cell(NEW_TOTAL, "12"), blank(NEW_PERSON), cell(REVIEW_TOTAL, "3"),
                cell(active, "1.5"));
        assertEquals(List.of(), s.errors(), "a hand-made gold may check only some tables");
    }

    @Test
    void flagsEveryCellOfAFailedDocument() {
        DocumentResult failed = DocumentResult.failed(new SourceDocument("x.pdf", "", Format.PDF, ""),
                "pdf documents are not supported yet", List.of());
        DocumentScore s = new Scorer().score("x.pdf", ".", failed, GOLD);
        assertEquals(3, s.count(CellError.Kind.MISSING, false));
        assertEquals(0, s.silent());
        assertTrue(s.errors().get(0).flaggedBy().startsWith("document failed"));
    }

    @Test
    void findsAnExpectedFindingByRuleAndScope() {
        DocumentScore s = score(Status.OK, List.of(Finding.warning("appeals-sum", Scope.row(TableId.APPEALS, "review"),
                "1 + 1 ≠ 3", Location.none())), cell(NEW_TOTAL, "12"), blank(NEW_PERSON), cell(REVIEW_TOTAL, "3"));
        assertTrue(s.exact());
        assertEquals(List.of(), s.missedFindings());
    }

    @Test
    void countsEachRightCellUnderAWarningOnceByTheRulesThatCoverItButNotUnderAnIdentityOrInfo() {
        DocumentScore s = score(Status.OK, List.of(
                Finding.warning("placement-assumed", Scope.row(TableId.REQUESTS, "new"), "assumed", Location.none()),
                Finding.warning("cells-ambiguous", Scope.cell(NEW_TOTAL), "0 or blank", Location.none()),
                Finding.warning("appeals-sum", Scope.row(TableId.APPEALS, "review"), "1 + 1 ≠ 3", Location.none()),
                Finding.info("label-approximate", Scope.table(TableId.APPEALS), "variant", Location.none())),
                cell(NEW_TOTAL, "12"), blank(NEW_PERSON), cell(REVIEW_TOTAL, "3"));
        assertEquals(3, s.correct());
        assertEquals(Map.of("cells-ambiguous+placement-assumed", 1, "placement-assumed", 1), s.alarmsByRule());
        assertEquals(2, s.falseAlarms());
    }

    private static DocumentScore score(Status status, List<Finding> findings, ExtractedCell... cells) {
        CanonicalReport report = new CanonicalReport(Template.Y2019, OptionalInt.of(2020), "某县", List.of(cells));
        DocumentResult r = new DocumentResult(new SourceDocument("d.txt", "", Format.TEXT, "UTF-8"), report, findings,
                status, "");
        Map<CanonicalKey, String> gold = new LinkedHashMap<>();
        gold.put(NEW_TOTAL, GOLD.cells().get(NEW_TOTAL));
        gold.put(NEW_PERSON, GOLD.cells().get(NEW_PERSON));
        gold.put(REVIEW_TOTAL, GOLD.cells().get(REVIEW_TOTAL));
        return new Scorer().score("d.txt", ".", r, new Gold(gold, GOLD.findings()));
    }

    private static ExtractedCell cell(CanonicalKey key, String value) {
        return new ExtractedCell(key, CellValue.number(new BigDecimal(value)), new Provenance(new Location.Line(1), value));
    }

    private static ExtractedCell blank(CanonicalKey key) {
        return new ExtractedCell(key, CellValue.blank(), new Provenance(new Location.Line(1), "—"));
    }
}
