package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.TableId;

/**
 * Units stated outside the amount's cell that a caption-wide reading got wrong (issue 10, class 4;
 * red team rtu and the units session): a row of units under the header, a caption naming one amount,
 * a caption heading table 三, a header writing its unit the English way. 856000 元 is 85.6 万元.
 */
class UnitsOutsideTheCellTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String PROCUREMENT_2019 = "<tr><td colspan=4>第二十条第（五）项</td></tr>"
            + "<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>"
            + "<tr><td>行政许可</td><td>12</td><td>-1</td><td>30</td></tr>"
            + "<tr><td colspan=4>第二十条第（九）项</td></tr>"
            + "<tr><td>信息内容</td><td>采购项目数量</td><td colspan=2>采购总金额</td></tr>"
            + "<tr><td>政府集中采购</td><td>7</td><td colspan=2>856000</td></tr>";

    private static final String TABLE_THREE = "<p>三、收到和处理政府信息公开申请情况</p>";

    private static DocumentResult html(String before, String tableRows, String after) {
        String page = "<html><head><meta charset=utf-8></head><body><h1>测试县2019年政府信息公开工作年度报告</h1>"
                + "<p>二、主动公开政府信息情况</p>" + before + "<table border=1>" + tableRows + "</table>" + after
                + "<p>五、存在的主要问题及改进情况</p></body></html>";
        return EXTRACTOR.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
    }

    /** A text report whose section 二 is {@code activeLines}. */
    private static DocumentResult text(String activeLines) {
        String text = "测试县2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n\n" + activeLines
                + "\n五、存在的主要问题及改进情况\n";
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String amount(DocumentResult r) {
        return ExtractedValues.value(r, TableId.ACTIVE, "procurement", "amount");
    }

    private static boolean says(DocumentResult r, String rule) {
        return r.findings().stream().map(Finding::rule).anyMatch(rule::equals);
    }

    @Test
    void readsARowOfUnitsUnderTheHeaderAsTheAmountsUnit() {
        String units = "<tr><td></td><td>个</td><td colspan=2>元</td></tr>";
        DocumentResult r = html("", PROCUREMENT_2019.replace("<tr><td>政府集中采购", units + "<tr><td>政府集中采购"), "");
        assertEquals("85.6", amount(r), r.findings()::toString);
        assertTrue(says(r, "unit-converted"));
    }

    @Test
    void flagsARowOfUnitsNamingTwoMoneyUnits() {
        String units = "<tr><td></td><td>千元</td><td colspan=2>元</td></tr>";
        DocumentResult r = html("", PROCUREMENT_2019.replace("<tr><td>政府集中采购", units + "<tr><td>政府集中采购"), "");
        assertTrue(says(r, "unit-conflict"), r.findings()::toString);
    }

    @Test
    void readsALineOfUnitsLynxPrintsAmongTheHeaderCells() {
        DocumentResult r = text("   第二十条第（五）项\n   信息内容\n   上一年项目数量 本年增/减 处理决定数量\n   行政许可 12 -1 30\n\n"
                + "   第二十条第（九）项\n   信息内容\n\n   采购项目\n   数量\n   采购总金额\n   （个） （元）\n\n"
                + "   政府集中采购\n   7 856000\n");
        assertEquals("85.6", amount(r), r.findings()::toString);
    }

    @Test
    void givesAnAmountTheUnitACaptionNamesItBy() {
        for (String caption : new String[] {"（单位：万元；采购金额：元）", "（收费金额单位：万元，采购金额单位：元）",
                "（采购总金额单位为元）"}) {
            DocumentResult r = html("<p>" + caption + "</p>", PROCUREMENT_2019, "");
            assertEquals("85.6", amount(r), caption + " " + r.findings());
            assertFalse(says(r, "unit-conflict"), caption);
        }
    }

    @Test
    void keepsTheGeneralUnitForTheAmountACaptionDoesNotName() {
        DocumentResult r = html("<p>（单位：元；收费金额：万元）</p>", PROCUREMENT_2019, "");
        assertEquals("85.6", amount(r), r.findings()::toString);
    }

    @Test
    void takesNoCaptionOfTableThreeForTableTwo() {
        DocumentResult r = html("", PROCUREMENT_2019, TABLE_THREE + "<p>（单位：件；金额：元）</p>");
        assertEquals("856000", amount(r), r.findings()::toString);
        assertFalse(says(r, "unit-conflict"));
        assertFalse(says(r, "unit-converted"));
    }

    @Test
    void keepsTableTwosCaptionWhenTableThreesSaysOtherwise() {
        DocumentResult r = html("<p>（单位：元）</p>", PROCUREMENT_2019, TABLE_THREE + "<p>（金额：万元）</p>");
        assertEquals("85.6", amount(r), r.findings()::toString);
        assertFalse(says(r, "unit-conflict"));
    }

    @Test
    void readsThousandsOfYuanWrittenTheEnglishWay() {
        for (String header : new String[] {"采购总金额（RMB'000）", "采购总金额（CNY 1,000）", "采购总金额（人民币千元）"}) {
            DocumentResult r = html("", PROCUREMENT_2019.replace("采购总金额", header), "");
            assertEquals("85600", amount(r), header + " " + r.findings());
        }
    }

    @Test
    void flagsAnotherCurrencyWrittenTheEnglishWay() {
        DocumentResult r = html("", PROCUREMENT_2019.replace("采购总金额", "采购总金额（USD'000）"), "");
        assertTrue(says(r, "unit-unexpected"), r.findings()::toString);
    }

    @Test
    void flagsAnAmountWhoseUnitATextToolLeftAfterTheFigure() {
        // lynx's text of a cell 856,000 元: the unit printed after the figure, tied to no header
        DocumentResult r = text("   第二十条第（五）项\n   信息内容\n   上一年项目数量 本年增/减 处理决定数量\n   行政许可 12 -1 30\n\n"
                + "   第二十条第（九）项\n   信息内容\n\n   采购项目\n   数量\n   采购总金额\n\n"
                + "   政府集中采购\n   7 856,000 元\n");
        assertTrue(says(r, "unit-uncertain"), r.findings()::toString);
    }

    @Test
    void flagsAnAmountWhoseNoteWasCutInsideTheUnit() {
        // Debian html2text cut 注：采购总金额单位为千元 at the table's byte width: 千 and half a character left
        DocumentResult r = text("|第二十条第（五）项|\n|信息内容|上一年项目数量|本年增/减|处理决定数量|\n|行政许可|12|-1|30|\n"
                + "|第二十条第（九）项|\n|信息内容|采购项目数量|采购总金额|\n|政府集中采购|7|856000|\n"
                + "|注：采购总金额单位为千\uFFFD|\n");
        assertTrue(says(r, "unit-uncertain"), r.findings()::toString);
    }

    @Test
    void flagsAnAmountWhoseUnitHtml2textPaddedWithTheCellsUnderscores() {
        // Debian html2text's text of a cell 856,000<br>千元: the unit on the cell's second line, padded to its width
        DocumentResult r = text("|第二十条第（五）项|\n|信息内容|上一年项目数量|本年增/减|处理决定数量|\n|行政许可|12|-1|30|\n"
                + "|第二十条第（九）项|\n|信息内容|采购项目数量|采购总金额|\n|政府集中采购|7|856,000|\n"
                + "|__________|________|千元______|\n");
        assertTrue(says(r, "unit-uncertain"), r.findings()::toString);
    }

    @Test
    void readsAUnitGluedToTheAmountsHeaderWord() {
        DocumentResult r = html("", PROCUREMENT_2019.replace("采购总金额", "采购总金额元"), "");
        assertEquals("85.6", amount(r));
        assertTrue(says(r, "unit-converted"), r.findings()::toString);
    }

    @Test
    void readsThousandsOfYuanWrittenInFinancialNumeralsOrAfterTheYuanSign() {
        for (String header : new String[] {"采购总金额（仟元）", "采购总金额（￥千元）", "采购总金额仟元"}) {
            DocumentResult r = html("", PROCUREMENT_2019.replace("采购总金额", header), "");
            assertEquals("85600", amount(r), header + " " + r.findings());
        }
        DocumentResult millions = html("", PROCUREMENT_2019.replace("采购总金额", "采购总金额（佰万元）")
                .replace("856000", "0.856"), "");
        assertEquals("85.6", amount(millions), millions.findings()::toString);
    }

    /**
     * Debian html2text's table 二 (as {@code html2text -utf8 -width 200} prints a generated page) whose amount header, cut
     * at its column's byte width, left {@code rest} past the table.
     */
    private static DocumentResult html2textHeaderCut(String rest) {
        return text(" ___________________________________\n|第二十条第（八）项________|\n|信息内\uFFFD|上一\uFFFD|本年增/减  |\n"
                + "|__________|目数\uFFFD|_______________|\n|行政事\uFFFD|0性收\uFFFD|０____________|\n"
                + "|第二十条第（九）项________|\n|信息内\uFFFD|采购\uFFFD|采购总金额|" + rest + "\n"
                + "|__________|数量__|_______________|\n|政府集\uFFFD|１５\uFFFD|856,000_________|\n");
    }

    @Test
    void flagsAnAmountWhoseHeaderHtml2textCutInsideTheUnitsScale() {
        // 采购总金额元, 采购总金额千元整, 采购总金额亿元: the separator took the character after 金额, its last bytes
        // are U+FFFD, and 万元, 千元 and 亿元 cut there all leave ��元; 千万元 leaves ��万元 (red team rta); 圆 is
        // the formal 元 and 百万 without 元 a unit all the same
        for (String rest : new String[] {"\uFFFD\uFFFD", "\uFFFD\uFFFD元整", "\uFFFD\uFFFD元", "\uFFFD\uFFFD千圆）",
                "\uFFFD\uFFFD万元", "\uFFFD\uFFFD百万）"}) {
            DocumentResult r = html2textHeaderCut(rest);
            assertTrue(says(r, "unit-uncertain"), rest + " " + r.findings());
        }
    }

    @Test
    void flagsAnAmountWhoseBracketedUnitHtml2textCutOffItsHeader() {
        // 采购总金额（元） and 采购总金额(元): the opening bracket lost to the separator, 元 and its closing bracket
        // printed past the table; 856,000 is not 万元
        for (String rest : new String[] {"\uFFFD\uFFFD元）", "元)", "\uFFFD\uFFFD人民币元）"}) {
            DocumentResult r = html2textHeaderCut(rest);
            assertTrue(says(r, "unit-uncertain"), rest + " " + r.findings());
        }
    }

    @Test
    void readsTheFormsUnitHtml2textCutOffItsHeaderWithoutADoubt() {
        // 采购总金额（万元）: what is left closes the bracket the cut opened, so the unit is whole, and it is the form's
        DocumentResult r = html2textHeaderCut("\uFFFD\uFFFD万元）");
        assertEquals("856000", amount(r), r.findings()::toString);
        assertFalse(says(r, "unit-uncertain"), r.findings()::toString);
    }

    @Test
    void readsThousandsWrittenWithoutYuanAfterTheAmountsHeaderWord() {
        // 采购总金额千, as 采购总金额万 and 采购总金额亿 are read: a scale glued to 金额 names the unit
        DocumentResult r = html("", PROCUREMENT_2019.replace("采购总金额", "采购总金额千"), "");
        assertEquals("85600", amount(r), r.findings()::toString);
    }

    @Test
    void flagsACaptionThatDisagreesWithTheUnitHtml2textCutOffTheHeader() {
        // （单位：千元） over a header 采购总金额（万元） cut past the table: the two statements disagree (red team rta)
        DocumentResult r = text("（单位：千元）\n ___________________________________\n|第二十条第（八）项________|\n"
                + "|信息内\uFFFD|上一\uFFFD|本年增/减  |\n|__________|目数\uFFFD|_______________|\n"
                + "|行政事\uFFFD|0性收\uFFFD|０____________|\n|第二十条第（九）项________|\n"
                + "|信息内\uFFFD|采购\uFFFD|采购总金额|\uFFFD\uFFFD万元）\n|__________|数量__|_______________|\n"
                + "|政府集\uFFFD|１５\uFFFD|856,000_________|\n");
        assertTrue(says(r, "unit-conflict"), r.findings()::toString);
    }

    private static DocumentResult html2textAmountHeader(String cellAndRest) {
        return text(" ___________________________________\n|第二十条第（八）项________|\n|信息内\uFFFD|上一\uFFFD|本年增/减  |\n"
                + "|__________|目数\uFFFD|_______________|\n|行政事\uFFFD|0性收\uFFFD|０____________|\n"
                + "|第二十条第（九）项________|\n|信息内\uFFFD|采购\uFFFD|" + cellAndRest + "\n"
                + "|__________|数量__|_______________|\n|政府集\uFFFD|１５\uFFFD|856,000_________|\n");
    }

    @Test
    void flagsAnAmountWhoseHeaderHtml2textCutWhereverTheColumnEnds() {
        // the lost character's first bytes before the separator (the 2021 form's 20-byte fee column: 本年收费金额（元）),
        // a bracket printed whole and the unit's scale or the unit itself lost (采购金额（千元）, 采购金额（元）, (元)), a glued
        // 元 lost whole, a header cut before 金额 with its unit past the table (red team rtc): none proves a unit
        for (String cut : new String[] {"采购总金额\uFFFD|元）", "采购金额（|\uFFFD\uFFFD元）", "采购金额（|\uFFFD\uFFFD）",
                "采购总金额(\uFFFD|\uFFFD)", "采购总金额\uFFFD|", "采购总金额(\uFFFD|\uFFFD位:元)", "采购总金额/\uFFFD|\uFFFD"}) {
            DocumentResult r = html2textAmountHeader(cut);
            assertTrue(says(r, "unit-uncertain"), cut + " " + r.findings());
        }
    }

    @Test
    void readsTheFormsUnitWhoseOpeningBracketHtml2textCutBeforeTheSeparator() {
        // 采购总金额（万元） cut two bytes into its bracket: what is left closes it, the unit whole and the form's
        DocumentResult r = html2textAmountHeader("采购总金额\uFFFD|万元）");
        assertEquals("856000", amount(r), r.findings()::toString);
        assertFalse(says(r, "unit-uncertain"), r.findings()::toString);
    }

    @Test
    void readsTheCurrencyWrittenAfterTheUnitInTheHeader() {
        // （元人民币）, as 万元人民币 is written: the unit is 元 (red team rtc: read as no unit, 856000 taken for 万元)
        DocumentResult r = html("", PROCUREMENT_2019.replace("采购总金额", "采购总金额（元人民币）"), "");
        assertEquals("85.6", amount(r), r.findings()::toString);
    }

    @Test
    void flagsAnAmountWhoseHeaderStatesAUnitButNamesNoColumn() {
        // the 2021 form's fee block headed 本年行政事业性收费金额（元）: the row's name inside it, the column labels do not
        // read it, the one-column block is read in the form's column and the unit went with the header (red team rtc:
        // 35600 元 read as 35600 万元 with an info only)
        String page = "<html><head><meta charset=utf-8></head><body><h1>测试县2021年政府信息公开工作年度报告</h1>"
                + "<p>二、主动公开政府信息情况</p><table border=1><tr><td colspan=4>第二十条第（八）项</td></tr>"
                + "<tr><td>信息内容</td><td colspan=3>本年行政事业性收费金额（元）</td></tr>"
                + "<tr><td>行政事业性收费</td><td colspan=3>35600</td></tr></table>"
                + "<p>五、存在的主要问题及改进情况</p></body></html>";
        DocumentResult r = EXTRACTOR.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
        assertTrue(says(r, "header-missing"), r.findings()::toString);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("unit-uncertain")
                && f.scope().row().equals("fees")), r.findings()::toString);
    }
}
