package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Where reports state the unit of table 二's amounts besides a caption above it: a row of the table
 * itself, the block title, a header a flattening split in two, a note worded 以元为单位 (red-team
 * cases unit-row-2019.html, unit-block-title-2021.html, lynx-unit-br-2019.txt, note-yuan-2019.html).
 * 856000 元 is 85.6 万元, never 856000 万元.
 */
class AmountUnitPlacesTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String PROCUREMENT_2019 = "<tr><td colspan=4>第二十条第（五）项</td></tr>"
            + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
            + "<tr><td>行政许可</td><td>12</td><td>-1</td><td>30</td></tr>"
            + "<tr><td colspan=4>第二十条第（九）项</td></tr>"
            + "<tr><td>信息内容</td><td>采购项目数量</td><td colspan=2>采购总金额</td></tr>"
            + "<tr><td>政府集中采购</td><td>7</td><td colspan=2>856000</td></tr>";

    private static DocumentResult html(String tableRows, String after) {
        String page = "<html><head><meta charset=utf-8></head><body><h1>测试县2019年政府信息公开工作年度报告</h1>"
                + "<p>二、主动公开政府信息情况</p><table border=1>" + tableRows + "</table>" + after
                + "<p>五、存在的主要问题及改进情况</p></body></html>";
        return EXTRACTOR.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(DocumentResult r, String row, String column) {
        return ExtractedValues.value(r, TableId.ACTIVE, row, column);
    }

    private static boolean says(DocumentResult r, String rule) {
        return r.findings().stream().map(Finding::rule).anyMatch(rule::equals);
    }

    @Test
    void readsACaptionRowInsideTheTable() {
        DocumentResult r = html("<tr><td colspan=4>（金额单位：元）</td></tr>" + PROCUREMENT_2019, "");
        assertEquals("85.6", value(r, "procurement", "amount"), r.findings()::toString);
        assertTrue(says(r, "unit-converted"));
    }

    @Test
    void readsTheUnitInABlockTitle() {
        DocumentResult r = html(PROCUREMENT_2019.replace("第二十条第（九）项", "第二十条第（九）项（单位：元）"), "");
        assertEquals("85.6", value(r, "procurement", "amount"), r.findings()::toString);
    }

    @Test
    void readsANoteSayingTheAmountsAreCountedInYuan() {
        DocumentResult r = html(PROCUREMENT_2019, "<p>注：采购总金额以元为单位。</p>");
        assertEquals("85.6", value(r, "procurement", "amount"), r.findings()::toString);
    }

    @Test
    void readsAUnitAFlatteningSplitOffItsHeader() {
        String text = "测试县2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
                + "第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 12 -1 30\n"
                + "第二十条第（九）项\n信息内容 采购项目数量 采购总金额\n            （元）\n政府集中采购 7 856000\n"
                + "五、存在的主要问题及改进情况\n";
        DocumentResult r = EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("85.6", value(r, "procurement", "amount"), r.findings()::toString);
    }

    @Test
    void readsCaptionsThatListOtherUnitsOrSayRenminbi() {
        for (String caption : new String[] {"（金额单位：人民币元）", "（单位：件、元）", "单位：项/元",
                "表1 主动公开政府信息情况统计表（单位：元）"}) {
            String page = "<html><head><meta charset=utf-8></head><body><h1>测试县2019年政府信息公开工作年度报告</h1>"
                    + "<p>二、主动公开政府信息情况</p><p>" + caption + "</p><table border=1>" + PROCUREMENT_2019
                    + "</table><p>五、存在的主要问题及改进情况</p></body></html>";
            DocumentResult r = EXTRACTOR.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
            assertEquals("85.6", value(r, "procurement", "amount"), caption);
        }
    }

    @Test
    void readsNotesWordedOtherwise() {
        for (String note : new String[] {"备注：表中采购总金额为元。", "注：金额单位均为元", "注：采购金额以元计。"}) {
            assertEquals("85.6", value(html(PROCUREMENT_2019, "<p>" + note + "</p>"), "procurement", "amount"), note);
        }
    }

    @Test
    void readsTheUnitOfAHeaderWrittenWithASlashASpaceOrOtherBrackets() {
        for (String header : new String[] {"采购总金额/元", "采购总金额 元", "采购总金额[元]", "采购总金额（人民币元）",
                "采购总金额（单位：人民币元）"}) {
            DocumentResult r = html(PROCUREMENT_2019.replace("采购总金额", header), "");
            assertEquals("85.6", value(r, "procurement", "amount"), header + " " + r.findings());
            assertTrue(says(r, "unit-converted"), header);
        }
    }

    @Test
    void keepsAnAmountWithoutAnyStatedUnitInWan() {
        DocumentResult r = html(PROCUREMENT_2019, "<p>注：采购项目均已公开。</p>");
        assertEquals("856000", value(r, "procurement", "amount"));
        assertTrue(!says(r, "unit-converted"));
    }

    @Test
    void aCountWrittenLikeAnAmountPutsTheRowsCountAndAmountInDoubt() {
        // a table whose procurement cells are in the wrong order (the amount 856000 元 under 采购项目数量):
        // neither 856000 as a count nor 7 as an amount is emitted, each is flagged at its cell
        DocumentResult r = html(PROCUREMENT_2019.replace("<td>7</td><td colspan=2>856000</td>",
                "<td>856000 元</td><td colspan=2>7</td>"), "");
        assertEquals("", value(r, "procurement", "items"), r.findings()::toString);
        assertEquals("", value(r, "procurement", "amount"), r.findings()::toString);
        for (String column : new String[] {"items", "amount"}) {
            assertTrue(r.findings().stream().anyMatch(f -> f.severity() == org.nianbao.model.Severity.WARNING
                    && f.scope().equals(org.nianbao.model.Scope.cell(CanonicalKey.of(TableId.ACTIVE, "procurement", column)))),
                    column + ": " + r.findings());
        }
        // in the form's order, a unit in the amount cell is what an amount carries: read
        DocumentResult ok = html(PROCUREMENT_2019.replace("856000", "856000 元"), "");
        assertEquals("7", value(ok, "procurement", "items"));
        assertEquals("85.6", value(ok, "procurement", "amount"));
    }

    @Test
    void readsAUnitStatedInAClauseOfTheReportsProse() {
        // red team 12b: the statistics-period sentence of 一、 and a closing note after 六、
        for (String prose : new String[] {"<p>本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止，金额单位为元。</p>",
                "<p>注：本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止；涉及金额的，单位为</p><p>元。</p>"}) {
            DocumentResult r = html(PROCUREMENT_2019, prose);
            assertEquals("85.6", value(r, "procurement", "amount"), prose + " " + r.findings());
            assertTrue(says(r, "unit-converted"));
        }
    }

    @Test
    void readsAUnitInTheAmountRowsLabel() {
        DocumentResult r = html(PROCUREMENT_2019.replace("政府集中采购", "政府集中采购（元）"), "");
        assertEquals("85.6", value(r, "procurement", "amount"), r.findings()::toString);
        assertEquals("7", value(r, "procurement", "items"), r.findings()::toString);
    }

    @Test
    void flagsARowLabelUnitTheHeaderContradicts() {
        DocumentResult r = html(PROCUREMENT_2019.replace("政府集中采购", "政府集中采购（元）")
                .replace("采购总金额", "采购总金额（单位：万元）"), "");
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("unit-conflict") && f.severity() != Severity.INFO),
                r.findings()::toString);
    }

    @Test
    void flagsProseNamingAMoneyUnitWithoutSayingOfWhat() {
        DocumentResult r = html(PROCUREMENT_2019, "<p>本机关依申请提供政府信息严格执行国家有关规定，按件、按量收费的，收费计量单位为元，全年未收取任何费用。</p>");
        assertEquals("856000", value(r, "procurement", "amount"), r.findings()::toString);
        assertTrue(says(r, "unit-uncertain"), r.findings()::toString);
    }
}
