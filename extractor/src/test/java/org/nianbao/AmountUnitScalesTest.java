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
 * Units of table 二's amounts other than 元 and 万元, and units written without 单位 (issue 10, class 4;
 * red-team cases unit-caption-qianyuan-2019.html, unit-header-qianyuan-2019, unit-fees-label-qianyuan-2021,
 * unit-caption-yi-2021, unit-header-jine-yuan-2019.html, unit-caption-jine-yuan-2021): each is converted to the
 * form's 万元 under {@code unit-converted}, and a money unit not understood is flagged at the amount, never
 * read as 万元.
 */
class AmountUnitScalesTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String PROCUREMENT_2019 = "<tr><td colspan=4>第二十条第（五）项</td></tr>"
            + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
            + "<tr><td>行政许可</td><td>12</td><td>-1</td><td>30</td></tr>"
            + "<tr><td colspan=4>第二十条第（九）项</td></tr>"
            + "<tr><td>信息内容</td><td>采购项目数量</td><td colspan=2>采购总金额</td></tr>"
            + "<tr><td>政府集中采购</td><td>7</td><td colspan=2>35600</td></tr>";

    private static final String FEES_2021 = "<tr><td colspan=2>第二十条第（五）项</td></tr>"
            + "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
            + "<tr><td>行政许可</td><td>15</td></tr>"
            + "<tr><td colspan=2>第二十条第（八）项</td></tr>"
            + "<tr><td>信息内容</td><td>本年收费金额</td></tr>"
            + "<tr><td>行政事业性收费</td><td>1.25</td></tr>";

    private static DocumentResult html(int year, String before, String tableRows) {
        String page = "<html><head><meta charset=utf-8></head><body><h1>测试县" + year + "年政府信息公开工作年度报告</h1>"
                + "<p>二、主动公开政府信息情况</p>" + before + "<table border=1>" + tableRows + "</table>"
                + "<p>五、存在的主要问题及改进情况</p></body></html>";
        return EXTRACTOR.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(DocumentResult r, String row, String column) {
        return ExtractedValues.value(r, TableId.ACTIVE, row, column);
    }

    private static boolean says(DocumentResult r, String rule) {
        return r.findings().stream().map(Finding::rule).anyMatch(rule::equals);
    }

    private static boolean warnedAt(DocumentResult r, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.ACTIVE, row, column);
        return r.findings().stream().anyMatch(f -> f.severity() != Severity.INFO && f.scope().covers(key));
    }

    @Test
    void readsThousandsOfYuanInACaptionAHeaderOrARowLabel() {
        DocumentResult caption = html(2019, "<p>（金额单位：千元）</p>", PROCUREMENT_2019);
        assertEquals("3560", value(caption, "procurement", "amount"), caption.findings()::toString);
        assertTrue(says(caption, "unit-converted"));
        DocumentResult header = html(2019, "", PROCUREMENT_2019.replace("采购总金额", "采购总金额（千元）"));
        assertEquals("3560", value(header, "procurement", "amount"), header.findings()::toString);
        DocumentResult label = html(2021, "", FEES_2021.replace("<td>行政事业性收费</td>", "<td>行政事业性收费（千元）</td>"));
        assertEquals("0.125", value(label, "fees", "amount"), label.findings()::toString);
        assertTrue(says(label, "unit-converted"));
    }

    @Test
    void readsACaptionInTraditionalScript() {
        DocumentResult r = html(2019, "<p>（單位：千元）</p>", PROCUREMENT_2019);
        assertEquals("3560", value(r, "procurement", "amount"), r.findings()::toString);
        assertTrue(says(r, "unit-converted"));
    }

    @Test
    void readsHundredMillionsWithOrWithoutYuan() {
        for (String caption : new String[] {"单位：亿", "（单位：亿元）", "金额单位：亿元"}) {
            DocumentResult r = html(2021, "<p>" + caption + "</p>", FEES_2021);
            assertEquals("12500", value(r, "fees", "amount"), caption + " " + r.findings());
            assertTrue(says(r, "unit-converted"), caption);
        }
    }

    @Test
    void readsMillionsOfYuanInAHeader() {
        DocumentResult r = html(2021, "", FEES_2021.replace("本年收费金额", "本年收费金额（百万元）"));
        assertEquals("125", value(r, "fees", "amount"), r.findings()::toString);
    }

    @Test
    void readsAUnitWrittenAfterJinERatherThanDanWei() {
        DocumentResult caption = html(2021, "<p>（金额：元）</p>", FEES_2021.replace("1.25", "35600"));
        assertEquals("3.56", value(caption, "fees", "amount"), caption.findings()::toString);
        DocumentResult header = html(2019, "", PROCUREMENT_2019.replace("采购总金额", "采购总金额（金额：元）"));
        // the header was not taken for the amount's column: the row was dropped with row-too-many-values
        assertEquals("7", value(header, "procurement", "items"), header.findings()::toString);
        assertEquals("3.56", value(header, "procurement", "amount"), header.findings()::toString);
    }

    @Test
    void flagsAMoneyUnitItCannotConvertWhereverItIsStated() {
        DocumentResult caption = html(2019, "<p>（金额单位：千美元）</p>", PROCUREMENT_2019);
        assertTrue(warnedAt(caption, "procurement", "amount"), caption.findings()::toString);
        DocumentResult header = html(2019, "", PROCUREMENT_2019.replace("采购总金额", "采购总金额（千美元）"));
        assertTrue(warnedAt(header, "procurement", "amount"), header.findings()::toString);
        DocumentResult label = html(2021, "", FEES_2021.replace("<td>行政事业性收费</td>", "<td>行政事业性收费（港元）</td>"));
        assertTrue(warnedAt(label, "fees", "amount"), label.findings()::toString);
    }

    @Test
    void takesNoPricePerItemForTheAmountsUnit() {
        // 单位：元/件 is a price, not the unit of an amount: the amount stays in the form's 万元
        DocumentResult r = html(2019, "<p>（收费标准单位：元/件）</p>", PROCUREMENT_2019);
        assertEquals("35600", value(r, "procurement", "amount"), r.findings()::toString);
        assertTrue(!says(r, "unit-converted"), r.findings()::toString);
    }

    @Test
    void flagsACaptionInWanThatAThousandsHeaderContradicts() {
        DocumentResult r = html(2019, "<p>（金额单位：万元）</p>", PROCUREMENT_2019.replace("采购总金额", "采购总金额（千元）"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("unit-conflict") && f.severity() != Severity.INFO),
                r.findings()::toString);
    }

    @Test
    void flagsAnAmountWhoseHeaderGivesAPricePerItem() {
        DocumentResult r = html(2021, "", FEES_2021.replace("本年收费金额", "本年收费金额（元/件）"));
        assertTrue(warnedAt(r, "fees", "amount"), r.findings()::toString);
    }

    @Test
    void readsAnAmountWrittenWithYiInItsCell() {
        DocumentResult r = html(2021, "", FEES_2021.replace("1.25", "1.25亿"));
        assertEquals("12500", value(r, "fees", "amount"), r.findings()::toString);
        assertTrue(says(r, "unit-converted"));
    }
}
