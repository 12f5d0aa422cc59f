package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.TableId;

/**
 * Labels and numbers that Chromium wraps inside narrow table cells, as {@code pdftotext -layout}
 * prints its PDF (issue 9, item 3; docs/flattenings.md). The documents are the committed real
 * renderings under {@code fixtures/tools/} and variants of them changed in one place; the true
 * values are the HTML fixtures' hand-checked cells.
 */
class WrappedInNarrowColumnsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));

    private static String fixture(String name) throws IOException {
        return Files.readString(FIXTURES.resolve("tools").resolve(name), StandardCharsets.UTF_8);
    }

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("inline.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<CanonicalKey, ExtractedCell> cells(DocumentResult r) {
        return r.report().byKey();
    }

    private static CanonicalKey key(String key) {
        String[] k = key.split("/");
        return CanonicalKey.of(TableId.fromId(k[0]).orElseThrow(), k[1], k[2]);
    }

    private static String value(DocumentResult r, String key) {
        ExtractedCell c = cells(r).get(key(key));
        return c == null ? null : c.value().render();
    }

    /** The findings that doubt a value of the row: the page's header and form notes aside. */
    private static List<String> doubtsOnRow(DocumentResult r, String key) {
        return findingsOnRow(r, key).stream()
                .filter(f -> !List.of("placement-assumed", "template-assumed", "label-approximate").contains(f)).toList();
    }

    private static List<String> findingsOnRow(DocumentResult r, String key) {
        CanonicalKey k = key(key);
        return r.findings().stream().filter(f -> f.scope().covers(k)).map(Finding::rule).toList();
    }

    @Test
    void numbersWrappedInNarrowColumnsAreJoinedWhereColumnsAndTheRowIdentityProveIt() throws IOException {
        DocumentResult r = extract(fixture("utf8-2019.chromium-narrow-layout.txt"));
        // 一、本年新收: 19/41, 19/62, 19/83, 20/04, 20/25 and 11/83/5 around the label's line
        assertEquals(List.of("1920", "1941", "1962", "1983", "2004", "2025", "11835"),
                List.of("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total")
                        .stream().map(c -> value(r, "requests/new/" + c)).toList());
        // 8.属于行政查询事项: 101 on the label's line, 10 10 10 10 10 62 above, 2 3 4 5 6 1 below, drifting left
        assertEquals("102", value(r, "requests/denied_query/commercial"));
        assertEquals("621", value(r, "requests/denied_query/total"));
        assertEquals(List.of(), doubtsOnRow(r, "requests/new/total"));
        assertEquals(List.of(), doubtsOnRow(r, "requests/denied_query/total"));
    }

    @Test
    void aPieceThatBreaksTheRowIdentityIsNotJoinedAndTheRowIsFlagged() throws IOException {
        // the last piece of 11835 (line 143: "5") printed as 6: joined, the total would not be the sum
        String text = TextEdits.replaceLine(fixture("utf8-2019.chromium-narrow-layout.txt"), 143, "5", "6");
        DocumentResult r = extract(text);
        for (String c : List.of("natural_person", "commercial", "total")) {
            String key = "requests/new/" + c;
            String v = value(r, key);
            assertTrue(v == null || List.of("1920", "1941", "11835").contains(v) || !findingsOnRow(r, key).isEmpty(),
                    key + " read as " + v + " with no finding");
        }
        assertTrue(!"11836".equals(value(r, "requests/new/total")), "never joined into a number the identity refutes");
        assertTrue(!doubtsOnRow(r, "requests/new/total").isEmpty(), "the row is flagged: " + findingsOnRow(r, "requests/new/total"));
    }

    @Test
    void aLabelPrintedAboveAndBelowItsValuesIsJoinedByColumn() throws IOException {
        // 2.其他法律行政法 / （三）不予 341 … 2061 / 规禁止公开: the row label's column holds nothing on the values' line
        DocumentResult r = extract(fixture("split-2021.pdftotext-layout.txt"));
        assertEquals("341", value(r, "requests/denied_law_prohibited/natural_person"));
        assertEquals("2061", value(r, "requests/denied_law_prohibited/total"));
        assertEquals(List.of(), doubtsOnRow(r, "requests/denied_law_prohibited/total"));
    }

    @Test
    void labelPiecesThatDoNotMakeAnExactLabelAreLeftUnmatched() throws IOException {
        String text = TextEdits.replaceLine(fixture("split-2021.pdftotext-layout.txt"), 49, "规禁止公开", "规禁止公示");
        DocumentResult r = extract(text);
        assertEquals(null, value(r, "requests/denied_law_prohibited/natural_person"));
        assertTrue(findingsOnRow(r, "requests/denied_law_prohibited/natural_person").contains("row-unmatched"));
    }

    private static final List<String> TABLE_3_COLUMNS =
            List.of("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total");

    @Test
    void aLineOfLastPiecesThatHappensToKeepTheIdentityIsStillJoinedWhenEveryColumnContinues() throws IOException {
        // 3.危及“三安全一稳定”: 35 35 35 35 35 35 21 on the label's line, 1 2 3 4 5 6 21 two lines below;
        // the lower line alone keeps the identity (1 + … + 6 = 21), the page shows 351 … 356, 2121
        DocumentResult r = extract(fixture("split-2021.chromium-narrow-layout.txt"));
        assertEquals(List.of("351", "352", "353", "354", "355", "356", "2121"),
                TABLE_3_COLUMNS.stream().map(c -> value(r, "requests/denied_security/" + c)).toList());
        assertEquals(List.of(), doubtsOnRow(r, "requests/denied_security/total"));
    }

    @Test
    void aNumberThatMayBeCutIsFlaggedAtItsCellNamingThePiecesNeverReadTruncated() throws IOException {
        // the same row with one lower piece changed (6 → 7): joined, the identity fails, so nothing is
        // joined, and no cell of the row may be read as the 35 printed on the label's line
        String text = TextEdits.replaceLine(fixture("split-2021.chromium-narrow-layout.txt"), 114, "5 6 21", "5 7 21");
        DocumentResult r = extract(text);
        for (String c : TABLE_3_COLUMNS) {
            CanonicalKey k = key("requests/denied_security/" + c);
            assertEquals("", value(r, "requests/denied_security/" + c), c + " is not read as printed");
            List<Finding> atCell = r.findings().stream()
                    .filter(f -> f.scope().covers(k) && f.scope().column().equals(c)).toList();
            assertTrue(atCell.stream().anyMatch(f -> f.rule().equals("value-unreadable")
                    && f.message().contains("(line:114)") && f.message().contains("may be cut")), c + ": " + atCell);
        }
        Finding other = r.findings().stream().filter(f -> f.scope().covers(key("requests/denied_security/other_org"))
                && f.rule().equals("value-unreadable")).findFirst().orElseThrow();
        assertTrue(other.message().contains("'35' is printed here and '7' (line:114)"), other.message());
        assertTrue(other.message().contains("read together: 357"), other.message());
    }

    private static final Path RED_TEAM = FIXTURES.resolveSibling("corpus").resolve("redteam");

    private static String redTeam(String name) throws IOException {
        return Files.readString(RED_TEAM.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> row(DocumentResult r, String row) {
        return TABLE_3_COLUMNS.stream().map(c -> value(r, "requests/" + row + "/" + c)).toList();
    }

    @Test
    void aRowLabelOneSpaceFromItsGroupLabelIsCutFromItAndJoined() throws IOException {
        // （六）其 2、申请人逾期未按收费通知要求缴 / 他处理  纳费用、行政机关不再处理其政府信 0 … 0 / 息公开申请:
        // pdftotext printed the group's and the row's first pieces one space apart, as one run
        DocumentResult r = extract(redTeam("chromium-group-label-one-space-2021.txt"));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), row(r, "other_no_fee"));
        assertEquals(List.of(), doubtsOnRow(r, "requests/other_no_fee/total"));
        // the group is known again, so 3、其他 is 2021's other_other
        assertEquals(List.of("0", "3", "0", "0", "0", "0", "3"), row(r, "other_other"));
        assertEquals(List.of(), doubtsOnRow(r, "requests/other_other/total"));
    }

    @Test
    void aRowLabelOneSpaceFromItsGroupLabelOnTheValuesLineIsJoined() throws IOException {
        // (四)无 1、本机关不掌握相 / 法提供 关政府信息  7 0 0 ０ ０ ０ 7: both lines one run each
        DocumentResult r = extract(redTeam("chromium-group-label-one-space-2019.txt"));
        assertEquals(List.of("7", "0", "0", "0", "0", "0", "7"), row(r, "unable_no_info"));
        // the page's other flags (a line of pieces no row took, the source's own inconsistent column)
        // are the table's and a column's: none names this row
        assertEquals(List.of(), r.findings().stream().filter(f -> f.scope().row().equals("unable_no_info"))
                .map(Finding::rule).filter(rule -> !List.of("placement-assumed", "label-approximate").contains(rule)).toList());
    }

    @Test
    void aLabelPiecePushedRightByTheGroupLabelBesideItIsJoined() throws IOException {
        // 2.申请人逾期未按收费通知要求缴纳 / （六）其 费用、…政府信息 0 1 0 0 0 0 1 / 他处理  公开申请:
        // the last piece stands three columns right of the others, after 他处理
        DocumentResult r = extract(redTeam("chromium-group-label-pushed-2021.txt"));
        assertEquals(List.of("0", "1", "0", "0", "0", "0", "1"), row(r, "other_no_fee"));
        assertEquals(List.of(), doubtsOnRow(r, "requests/other_no_fee/total"));
        assertEquals(List.of("6", "0", "0", "0", "0", "0", "6"), row(r, "other_other"));
    }

    @Test
    void piecesCutFromARunThatMakeNoExactLabelAreLeftUnmatched() throws IOException {
        // the same page with the row label's first piece changed: no exact label, nothing joined or read
        String text = redTeam("chromium-group-label-one-space-2021.txt").replace("2、申请人逾期未按收费通知要求缴",
                "2、申请人逾期未按收费通知要求交");
        DocumentResult r = extract(text);
        assertTrue(row(r, "other_no_fee").stream().allMatch(v -> v == null || v.isEmpty()), row(r, "other_no_fee").toString());
        assertTrue(findingsOnRow(r, "requests/other_no_fee/total").contains("row-unmatched"),
                findingsOnRow(r, "requests/other_no_fee/total").toString());
    }
}
