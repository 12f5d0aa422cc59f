package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.LostMarkers;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * Footnote markers plain text ran into the numbers (red-team cases innertext-footnote-2021.txt,
 * pdftotext-layout-footnote-2021.txt, crawler-footnote-blank-2019.txt): when the text holds a
 * numbered note, a value of table 二 that may hold the lost marker is flagged with both readings,
 * and read as printed.
 */
class LostMarkersTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static DocumentResult extract(String active, String note) {
        String text = "测试县2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n" + active
                + "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t467.01\n" + note
                + "\n三、收到和处理政府信息公开申请情况\n";
        return EXTRACTOR.extract("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> markers(DocumentResult r) {
        return r.findings().stream().filter(f -> f.rule().equals(LostMarkers.RULE)).toList();
    }

    private static String value(DocumentResult r, String row, String column) {
        return r.report().cell(CanonicalKey.of(TableId.ACTIVE, row, column)).orElseThrow().value().render();
    }

    @Test
    void flagsANumberEndingInANotesNumberAndKeepsItAsPrinted() {
        DocumentResult r = extract("规章\t3\t\t201\n行政规范性文件\t141\t5\t242\n", "注：1含上级部门委托实施的事项。");
        assertEquals("201", value(r, "regulations", "in_force"));
        List<Finding> f = markers(r);
        assertEquals(List.of(Scope.cell(CanonicalKey.of(TableId.ACTIVE, "regulations", "in_force")),
                Scope.cell(CanonicalKey.of(TableId.ACTIVE, "normative_documents", "issued"))),
                f.stream().map(Finding::scope).toList(), f::toString);
        assertTrue(f.get(0).message().contains("'201' may be 20 with the footnote marker 1"), f.get(0).message());
    }

    @Test
    void flagsNothingWithoutANumberedNote() {
        assertEquals(List.of(), markers(extract("规章\t3\t\t201\n行政规范性文件\t141\t5\t242\n", "")));
        assertEquals(List.of(), markers(extract("规章\t3\t\t201\n", "注：2021年度数据截至12月31日。")));
        assertEquals(List.of(), markers(extract("规章\t3\t\t201\n", "注：1项为上级部门委托实施。")));
        assertEquals(List.of(), markers(extract("规章\t3\t\t201\n", "注：本表金额单位为万元。")));
    }

    @Test
    void readsNoteNumbersUnderANoteHeadingAndInOtherSpellings() {
        assertEquals(1, markers(extract("规章\t3\t\t202\n", "注：\n1.含上级部门委托实施的事项。\n2.不含已废止文件。")).size());
        assertEquals(1, markers(extract("规章\t3\t\t202\n", "注2：不含已废止文件。")).size());
        assertEquals(1, markers(extract("规章\t3\t\t202\n", "备注：（2）不含已废止文件。")).size());
        assertEquals(1, markers(extract("规章\t3\t\t201\n", "说明：1.含上级部门委托实施的事项。")).size());
    }

    /** The note's own number was raised too (<sup>1</sup>含…): each tool's text of it, as Chromium, a crawler, lynx write it. */
    @Test
    void readsANoteWhoseOwnRaisedNumberLostItsPlace() {
        for (String note : List.of("1含上级部门委托实施的事项。", "^1含上级部门委托实施的事项。", "¹含上级部门委托实施的事项。",
                "1\n含上级部门委托实施的事项。")) {
            assertEquals(1, markers(extract("规章\t3\t\t201\n", note)).size(), note);
        }
        // a list item of the prose, a quantity, and a table label are no notes
        for (String prose : List.of("1.加强组织领导。", "1、完善制度建设。", "1件为上级部门委托实施。", "1\n属于国家秘密")) {
            assertEquals(List.of(), markers(extract("规章\t3\t\t201\n", prose)), prose);
        }
    }

    @Test
    void flagsADecimalOnlyPastTwoPlacesAndNeverTheNoteNumberAlone() {
        // 467.01 is an amount of two decimals; 1 alone first in its row is a value, not a marker
        assertEquals(List.of(), markers(extract("规章\t1\t\t20\n", "注：1含上级部门委托实施的事项。")));
    }

    @Test
    void flagsTheWholeRowWhenANotesNumberStandsAloneAfterANumber() {
        // a crawler's one text node per line: 3724<sup>1</sup> as two lines, the blank 本年废止件数 gone
        DocumentResult r = extract("规章\n3724\n1\n20\n", "注：1含上级部门委托实施的事项。");
        List<Finding> f = markers(r);
        assertEquals(List.of(Scope.row(TableId.ACTIVE, "regulations")), f.stream().map(Finding::scope).toList(),
                f::toString);
        assertTrue(f.get(0).message().contains("'1' after 3724 may be the footnote marker 1"), f.get(0).message());
    }

    /**
     * Notes numbered the way a PDF's foot note prints (redteam10 pdftotext-layout-footnote-bracket/bare-2019):
     * {@code [1] 含…}, {@code 1 含…}, {@code *1}, {@code 脚注1：}. Hand-checked: 规章 现行有效件数 12341 is 1234
     * with marker 1 (the page shows 1234¹), so the cell is flagged naming 1234.
     */
    @Test
    void readsNotesNumberedInBracketsAfterAStarOr脚注OrWithASpace() {
        for (String note : List.of("[1] 含上级部门转办件。", "［1］含上级部门转办件。", "【1】含上级部门转办件。", "1 含上级部门转办件。",
                "*1 含上级部门转办件。", "＊1含上级部门转办件", "脚注1：含上级部门转办件。", "脚注 1 含上级部门转办件")) {
            List<Finding> f = markers(extract("规章\t3\t\t12341\n", note));
            assertEquals(List.of(Scope.cell(CanonicalKey.of(TableId.ACTIVE, "regulations", "in_force"))),
                    f.stream().map(Finding::scope).toList(), note);
            assertTrue(f.get(0).message().contains("'12341' may be 1234 with the footnote marker 1"), f.get(0).message());
        }
        // a year, a quantity, a bracketed year and a reference list are no notes
        for (String prose : List.of("1 年来共办理。", "[2021] 3号文件。", "*1项为上级部门委托实施", "1 项为上级部门委托实施。",
                "[1]", "脚注")) {
            assertEquals(List.of(), markers(extract("规章\t3\t\t12341\n", prose)), prose);
        }
    }
}
