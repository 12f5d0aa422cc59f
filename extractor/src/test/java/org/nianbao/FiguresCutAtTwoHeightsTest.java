package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.TableId;

/**
 * A row of table 三 printed by Chromium at two or three heights and read with {@code pdftotext -layout}
 * (docs/flattenings.md, "Figures printed at two heights"): its two interleaved lines are joined only with
 * the digits a figure wrapped in its narrow cell prints on the next line, and a row short beside a group
 * label's figures is flagged. The documents are red-team cases (real renderings, gold checked on the
 * page images) and variants of them changed in one line.
 */
class FiguresCutAtTwoHeightsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final Path CASES = Path.of("../corpus/redteam");
    private static final List<String> COLUMNS =
            List.of("natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total");

    private static String text(String name) throws IOException {
        return Files.readString(CASES.resolve(name), StandardCharsets.UTF_8);
    }

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("inline.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static CanonicalKey key(String row, String column) {
        return CanonicalKey.of(TableId.REQUESTS, row, column);
    }

    private static List<String> row(DocumentResult r, String row) {
        return COLUMNS.stream().map(c -> {
            ExtractedCell cell = r.report().byKey().get(key(row, c));
            return cell == null ? "(none)" : cell.value().render();
        }).toList();
    }

    /** The warnings and errors at the cell: what an auditor sees as doubt. */
    private static List<String> doubts(DocumentResult r, String row, String column) {
        return r.findings().stream().filter(f -> f.warnsAt(key(row, column))).map(Finding::rule).toList();
    }

    @Test
    void aFullWidthFigureWrappedInItsNarrowCellIsStackedOntoTheInterleavedRow() throws IOException {
        // 5.属于三类内部 ６ … ６ / ０ ０ ０ ０ ０ / 事务信息 ７ … ７: the page shows 67 0 0 0 0 0 67
        DocumentResult r = extract(text("pdftotext-layout-fullwidth-narrow-wrapped-digit-0000-2019.txt"));
        assertEquals(List.of("67", "0", "0", "0", "0", "0", "67"), row(r, "denied_internal"));
        assertEquals(List.of("0", "0", "0", "0", "0", "63", "63"), row(r, "rejected_petition"));
    }

    @Test
    void aRowWhoseNextLineNamesARowApproximatelyIsFlaggedNotReadAsPrinted() throws IOException {
        // the rest of the label naming a row by itself (量反复申请 reads as 2.重复申请): its ７s may be
        // the figures' last digits or another row's; 6 … 6 (which keeps the identity) is never read
        String text = TextEdits.replaceLine(text("pdftotext-layout-fullwidth-narrow-wrapped-digit-0000-2019.txt"), 107,
                "事务信息", "量反复申请");
        DocumentResult r = extract(text);
        for (String column : List.of("natural_person", "total")) {
            assertTrue(!doubts(r, "denied_internal", column).isEmpty(), column + " is flagged: " + row(r, "denied_internal"));
        }
    }

    @Test
    void aBlankLineEndsTheRowSoALineOfDigitsPastItIsNoPieceOfItsFigures() throws IOException {
        // 4.保护第三方合 … / 法权益 ９ ２ / ２ stand above, a blank line between: not pieces of row 5's figures
        DocumentResult r = extract(text("pdftotext-layout-fullwidth-narrow-wrapped-digit-0000-2019.txt"));
        assertEquals("67", row(r, "denied_internal").get(0));
        String apart = TextEdits.replaceLine(text("pdftotext-layout-fullwidth-narrow-wrapped-digit-0000-2019.txt"), 107,
                "事务信息", "");
        List<String> lines = new ArrayList<>(List.of(apart.split("\n", -1)));
        lines.add(106, ""); // a blank line between the zeros and the ７s
        DocumentResult split = extract(String.join("\n", lines));
        List<String> read = row(split, "denied_internal");
        assertTrue(!read.get(0).equals("67"), "the ７ past a blank line is not stacked: " + read);
        for (String column : List.of("natural_person", "total")) {
            assertTrue(read.get(COLUMNS.indexOf(column)).equals("67") || !doubts(split, "denied_internal", column).isEmpty(),
                    column + " is right or flagged: " + read);
        }
    }

    @Test
    void aRowShortBesideAGroupLabelsLineOfFiguresInItsBlankColumnsIsFlagged() throws IOException {
        // （六）其他 0 — — over 处理 1.申请人无 9 0 5 14: the page shows 9 0 5 0 — — 14; （六）其他 names
        // 2019's row other, so the layout does not say whether the lines are one row or two
        DocumentResult r = extract(text("pdftotext-layout-borderless-group-other-beside-0013-2021.txt"));
        for (String column : COLUMNS) {
            String value = row(r, "other_no_correction").get(COLUMNS.indexOf(column));
            assertTrue(List.of("9", "0", "5", "0", "", "", "14").get(COLUMNS.indexOf(column)).equals(value)
                    && !"".equals(value) || !doubts(r, "other_no_correction", column).isEmpty(),
                    column + " is right or flagged: " + row(r, "other_no_correction"));
        }
        assertTrue(doubts(r, "other_no_correction", "social_welfare").contains("cells-ambiguous"));
    }

    @Test
    void aRowWhoseCutFigureHasFiguresBesideItOnTheNextLineIsInDoubtAtItsBlankCells() throws IOException {
        // 一、本年新收… 147 … 1 ２ ３４ over 数量 １３１ ６６ ７: the page shows 147 131 66 _ 1 2 347; read from
        // the label's line, commercial and research were blank with no finding
        DocumentResult r = extract(text("pdftotext-layout-borderless-two-heights-unclaimed-0014-2019.txt"));
        assertTrue(doubts(r, "new", "commercial").contains("cells-ambiguous"), r.findings().toString());
        assertTrue(doubts(r, "new", "research").contains("cells-ambiguous"));
        assertTrue(doubts(r, "granted", "natural_person").contains("cells-ambiguous"));
    }

    @Test
    void aZeroOverAZeroIsNoCutFigureButAFigureOfARowAtAnotherHeight() throws IOException {
        // 办理结果 0 over （二）部分公开… 0, one character column apart: 00 is no count, so the upper 0 is a
        // cell (other_org of this row on the page), not the lower figure's first digit
        DocumentResult r = extract(text("pdftotext-layout-borderless-two-heights-unclaimed-0007-2021.txt"));
        assertTrue(doubts(r, "partially_granted", "other_org").contains("cells-ambiguous"), r.findings().toString());
    }
}
