package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.LostMarkers;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.TextLine;

/**
 * Footnote markers plain text ran into the numbers (red-team cases innertext-footnote-2021.txt,
 * pdftotext-layout-footnote-2021.txt, crawler-footnote-blank-2019.txt, and red team 11's notes and
 * decimals): when the text holds a numbered note, a value that may hold the lost marker is flagged
 * with both readings, and read as printed, unless an identity rules the marker out.
 */
class LostMarkersTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static DocumentResult extract(String active, String note) {
        String text = "测试县2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
                + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n" + active
                + "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t467.05\n" + note
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
        // a quantity and a table label are no notes, by the tables or anywhere
        for (String prose : List.of("1件为上级部门委托实施。", "1\n属于国家秘密")) {
            assertEquals(List.of(), markers(extract("规章\t3\t\t201\n", prose)), prose);
        }
        // a list item of the prose is none where the prose is (after the next section heading)
        for (String prose : List.of("1.加强组织领导。", "1、完善制度建设。", "（1）完善制度建设。", "1）完善制度建设。")) {
            assertEquals(List.of(), markers(extract("规章\t3\t\t201\n", "五、存在的主要问题及改进情况\n" + prose)), prose);
        }
    }

    /**
     * Notes as red team 11 printed them under table 二 (pdftotext -layout of Chromium's print): under
     * another heading word, numbered like a list item with no heading, and wrapped over two lines
     * with pdftotext's blank line between. By the tables every numbered paragraph is a note.
     */
    @Test
    void readsNotesUnderAnyHeadingWordNumberedInAnyDressOrWrappedByTheTables() {
        for (String note : List.of("附注：1.本年新制作数量含转载上级部门的规章。", "注解1：含转载上级部门的规章。",
                "表注：（1）含转载上级部门的规章。", "（注1）含转载上级部门的规章。", "说明1：含转载上级部门的规章。",
                "附注\n1.本年新制作数量含转载上级部门的规章", "（1）本年新制作数量含转载上级部门的规章。",
                "1.本年新制作数量含转载上级部门的规章。", "1）本年新制作数量含转载上级部门的规章；",
                "1本年新制作数量含转载上级部门规章以及市政府办公室代为印发的规章，均按照实际发文机关分别统\n\n计，不含已废止的规章。")) {
            assertEquals(1, markers(extract("规章\t31\t\t20\n", note)).size(), note);
        }
        // far from the tables, a wrapped note whose number is bare still counts, unless prose runs into it
        String wrapped = "1本年新制作数量含转载上级部门规章以及市政府办公室代为印发的规章，均按照实际发文机关分别统\n\n计，不含已废止的规章。";
        assertEquals(1, markers(extract("规章\t31\t\t20\n", "五、存在的问题\n本年度工作仍有不足。\n" + wrapped)).size());
        assertEquals(List.of(), markers(extract("规章\t31\t\t20\n", "五、存在的问题\n本年度共办理了\n" + wrapped)));
        // a numbered paragraph whose sentence does not end, or runs into a table row, is none
        for (String none : List.of("1.属于国家秘密", "1.属于国家秘密\t0\t0。", "（1）本年新制作数量\n2\n3。")) {
            assertEquals(List.of(), markers(extract("规章\t31\t\t20\n", none)), none);
        }
    }

    /**
     * An amount of one decimal place with its marker run in (4555.7¹ printed 4555.71, red team 11's
     * pdftotext-layout-footnote-decimal-2019): a decimal is doubted at any place (467.05: 467.0 + 5);
     * 1 alone first in its row is a value, not a marker.
     */
    @Test
    void flagsADecimalAtAnyPlaceAndNeverTheNoteNumberAlone() {
        DocumentResult r = extract("规章\t1\t\t20\n", "注：\n1.含上级部门委托实施的事项。\n5.含年中追加的收费项目。");
        List<Finding> f = markers(r);
        assertEquals(List.of(Scope.cell(CanonicalKey.of(TableId.ACTIVE, "fees", "amount"))),
                f.stream().map(Finding::scope).toList(), f::toString);
        assertTrue(f.get(0).message().contains("'467.05' may be 467.0 with the footnote marker 5"), f.get(0).message());
    }

    private static List<Scope> appealsDoubts(String... upheldCorrectedOtherPendingTotal) {
        List<String> columns = List.of("upheld", "corrected", "other", "pending", "total");
        List<ExtractedCell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String raw = upheldCorrectedOtherPendingTotal[i];
            if (raw != null) {
                cells.add(new ExtractedCell(CanonicalKey.of(TableId.APPEALS, "review", columns.get(i)),
                        raw.isEmpty() ? CellValue.blank() : CellValue.number(new java.math.BigDecimal(raw)),
                        new Provenance(new Location.Line(10 + i), raw)));
            }
        }
        CanonicalReport report = new CanonicalReport(Template.Y2019, java.util.OptionalInt.of(2019), "测试县", cells);
        List<TextLine> text = List.of(new TextLine("注1：复议案件含上年结转的案件。", new Location.Line(1)));
        return new LostMarkers(Catalog.standard()).check(report, text).stream().map(Finding::scope).toList();
    }

    private static Scope review(String column) {
        return Scope.cell(CanonicalKey.of(TableId.APPEALS, "review", column));
    }

    /**
     * Tables 三 and 四: an identity that holds as printed lifts the doubt only when it would fail
     * however the doubted cells in it lose their digits. 21 + 3 = 24 fails as 2 + 3: proved. 31 + 0 =
     * 31 holds as 3 + 0 = 3 too (a note marking a part and its total): both in doubt, although 3 + 0
     * ≠ 31 with the part's digit alone dropped. A sum that fails, or cannot be checked, proves nothing.
     */
    @Test
    void liftsTheDoubtInTablesThreeAndFourOnlyWhereAnIdentityRulesEveryReadingOut() {
        assertEquals(List.of(), appealsDoubts("21", "3", "0", "", "24"));
        assertEquals(List.of(review("upheld"), review("total")), appealsDoubts("31", "0", "", "0", "31"));
        assertEquals(List.of(review("upheld")), appealsDoubts("31", "2", "0", "0", "5"));
        assertEquals(List.of(review("upheld")), appealsDoubts("21", "3", "0", "0", null));
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

    /** A report whose table 二 is a raw HTML table between lines of text, as pandoc and html2text --bypass-tables write it. */
    private static String withRawTable(String regulationsInForce) {
        return "测试县2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n<table>\n"
                + "<tr><td colspan=\"4\">第二十条第（一）项</td></tr>\n"
                + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n"
                + "<tr><td>规章</td><td>3</td><td></td><td>" + regulationsInForce + "</td></tr>\n"
                + "<tr><td>行政规范性文件</td><td>14</td><td>5</td><td>24</td></tr>\n</table>\n\n"
                + "注1：含上级部门委托实施的事项。\n\n三、收到和处理政府信息公开申请情况\n";
    }

    /**
     * Red team 23a's html2text-bypass-tables-footnote-in-cell-2019.md: a Markdown file's raw HTML
     * table holds the text a converter wrote, {@code 20<sup>1</sup>} already run into 201, so its
     * cells are doubted by the rule its lines are; a block that kept the raise ({@code <sup>}, read
     * 20¹) is not, nor is the same 201 in an HTML page, whose tags would have kept a raise.
     */
    @Test
    void doubtsTheCellsOfAMarkdownFilesRawHtmlTableAsItsLinesUnlessTheRaiseIsKept() {
        DocumentResult flattened = EXTRACTOR.extract("a.md", withRawTable("201").getBytes(StandardCharsets.UTF_8));
        assertEquals("201", value(flattened, "regulations", "in_force"));
        assertEquals(List.of(Scope.cell(CanonicalKey.of(TableId.ACTIVE, "regulations", "in_force"))),
                markers(flattened).stream().map(Finding::scope).toList(), () -> markers(flattened).toString());
        DocumentResult raised = EXTRACTOR.extract("b.md", withRawTable("20<sup>1</sup>").getBytes(StandardCharsets.UTF_8));
        assertEquals("20", value(raised, "regulations", "in_force"));
        assertEquals(List.of(), markers(raised));
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
                + withRawTable("201").replaceAll("(?m)^([^<\\n][^\\n]*)$", "<p>$1</p>") + "</body></html>";
        DocumentResult html = EXTRACTOR.extract("c.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("201", value(html, "regulations", "in_force"));
        assertEquals(List.of(), markers(html));
    }
}
