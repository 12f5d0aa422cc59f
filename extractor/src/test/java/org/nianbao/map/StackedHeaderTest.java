package org.nianbao.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

/**
 * Table 三's header as Chromium prints it in narrow columns and {@code pdftotext -layout} lays it
 * out (lines copied from the Chromium corpus of {@code tools/real-corpus.sh 30 2026}), read back
 * by the columns its fragments stand in.
 */
class StackedHeaderTest {

    private static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");

    private final LabelBook labels = new LabelBook(Catalog.standard());
    private final ValueParser parser = new ValueParser();

    /** Line {@code n} of the page: each cell {@code text@column}, or the line as printed when it starts at the margin. */
    private static SourceRow line(int n, String... cells) {
        return new SourceRow(Arrays.stream(cells).map(c -> {
            if (!c.contains("@")) {
                return GridCell.of(c, new Location.Line(n));
            }
            String text = c.substring(0, c.lastIndexOf('@'));
            int start = Integer.parseInt(c.substring(c.lastIndexOf('@') + 1));
            return GridCell.at(text, new Location.Line(n), new TextSpan(1, start, start + text.length()));
        }).toList(), Positions.FLATTENED);
    }

    /** The header's cells that name a column exactly, left to right by where they stand. */
    private List<String> named(SourceRow... rows) {
        List<SourceRow> read = StackedHeader.read(List.of(rows), parser, labels.requestsColumns, COLUMNS, 1);
        return read.stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.span().isPresent() && labels.requestsColumns.match(c.text())
                        .filter(m -> m.exact() && COLUMNS.contains(m.id())).isPresent())
                .sorted(java.util.Comparator.comparingInt(c -> c.span().get().start()))
                .map(c -> c.text() + "@" + c.span().get().start()).toList();
    }

    private static final SourceRow VALUES = line(61, "一、本年新收政府信息公开申请数量@0", "22@25", "104@28", "0@33", "2@37",
            "2@41", "0@45", "130@47");

    @Test
    void readsLabelsPrintedACharacterALineAndFragmentsRunTogetherOnALine() {
        // 0000-2019: 自 one space after the stub's note (a line at the margin, no columns of its own),
        // 然 and 总计 on the next line, 人 run together with the first lines of the organisations
        assertEquals(List.of("自然人@21", "商业企业@23", "科研机构@26", "社会公益组织@29", "法律服务机构@33", "其他@37", "总计@39"),
                named(line(55, "法人或其他组织@23"),
                        line(56, "（本列数据的勾稽关系为：第一项加第二项之 自"),
                        line(57, "和，等于第三项加第四项之和）@0", "然@21", "总计@39"),
                        line(58, "人 商业 科研 社会公 法律服 其@21"),
                        line(59, "企业 机构 益组织 务机构 他@23"),
                        VALUES));
    }

    @Test
    void readsLettersSpacedOutInTheirCellAsOneLabel() {
        // 0004-2019: 商 业 over 企 业, 科 研 over 机 构
        assertEquals(List.of("自然人@20", "商业企业@30", "科研机构@34", "社会公益组织@38", "法律服务机构@42", "其他@46", "总计@48"),
                named(line(65, "（本列数据的勾稽关系为：第一项加第二项@0", "法人或其他组织@30"),
                        line(66, "之和，等于第三项加第四项之和）@0", "自@20"),
                        line(67, "总@48"),
                        line(68, "然@20", "商 业 科 研 社会公 法律服 其@30"),
                        line(69, "计@48"),
                        line(70, "人@20", "企 业 机 构 益组织 务机构 他@30"),
                        VALUES));
    }

    @Test
    void readsThreeLineStacksBesideTwoLineOnes() {
        // 0002-2021: 社会 / 公益 / 组织 and 法律 / 服务 / 机构 beside 商业 / 企业
        assertEquals(List.of("自然人@22", "商业企业@25", "科研机构@28", "社会公益组织@31", "法律服务机构@34", "其他@37", "总计@39"),
                named(line(57, "自然@22", "总@39"), line(58, "人@22", "社会 法律@31"), line(59, "商业 科研@25", "其 计@37"),
                        line(60, "公益 服务@31"), line(61, "企业 机构@25", "他@37"), line(62, "组织 机构@31"), VALUES));
    }

    @Test
    void leavesTheHeaderAloneWhenALineOfFragmentsStandsOffItsColumns() {
        // 0044-2019: pdftotext put 企业 … 他 seven columns right of 商业 … 其: nothing stands under 商业
        List<SourceRow> rows = List.of(line(65, "项之和，等于第三项加第四项之和）@0", "自然@19", "总@38"),
                line(66, "人@19", "商业 科研 社会公 法律服 其 计@22"), line(67, "企业 机构 益组织 务机构 他@29"), VALUES);
        assertEquals(rows, StackedHeader.read(rows, parser, labels.requestsColumns, COLUMNS, 1));
    }

    @Test
    void leavesTheHeaderAloneWhenItsColumnsGiveAnotherOrderThanTheForms() {
        // modelled on 0000-2021 of seed 4242: pdftotext put 总 / 计, on lines of their own above the
        // organisations, left of 其 / 他 although 总计 is the last column (there 总 stood at 40, inside
        // 法律服务机构's columns; one column further right it would have looked like a column of its own)
        List<SourceRow> rows = List.of(line(48, "自@28", "总@41"), line(49, "然@28", "法人或其他组织@30", "计@41"),
                line(50, "人@28"), line(51, "社会 法律@36"), line(52, "商业 科研@30", "其@43"), line(53, "公益 服务@36"),
                line(54, "企业 机构@30", "他@43"), line(55, "组织 机构@36"), VALUES);
        assertEquals(rows, StackedHeader.read(rows, parser, labels.requestsColumns, COLUMNS, 1));
    }

    @Test
    void readsAHeaderPrintedInAnotherOrderWhenItsStacksAlternateLineByLine() {
        // 0000-2021 of seed 4141 with its organisations permuted, printed by Chromium: 法律 / 服务 / 机构 and
        // 社会 / 公益 / 组织 on the lines between 人 … 计 and 他 … 企业, so all were laid out together
        assertEquals(List.of("自然人@28", "法律服务机构@31", "其他@34", "社会公益组织@36", "科研机构@39", "商业企业@42", "总计@45"),
                named(line(50, "法人或其他组织@33"), line(51, "（本列数据的勾稽关系为：第一项加第二项之"),
                        line(52, "自然@28", "总@45"), line(53, "和，等于第三项加第四项之和）@0", "法律@31", "社会@36"),
                        line(54, "人@28", "其@34", "科研 商业 计@39"), line(55, "服务@31", "公益@36"),
                        line(56, "他@34", "机构 企业@39"), line(57, "机构@31", "组织@36"), VALUES));
    }

    @Test
    void leavesAHeaderInAnotherOrderAloneWhenALabelSharesNoLineWithAnother() {
        // the same header with 总 / 计 on lines of their own: nothing ties their columns to the others'
        List<SourceRow> rows = List.of(line(50, "总@45"), line(51, "计@45"),
                line(52, "自然@28"), line(53, "法律@31", "社会@36"),
                line(54, "人@28", "其@34", "科研 商业@39"), line(55, "服务@31", "公益@36"),
                line(56, "他@34", "机构 企业@39"), line(57, "机构@31", "组织@36"), VALUES);
        assertEquals(rows, StackedHeader.read(rows, parser, labels.requestsColumns, COLUMNS, 1));
    }

    @Test
    void leavesTheHeaderAloneWhenTextAmongTheColumnsIsNoLabel() {
        List<SourceRow> rows = List.of(line(57, "自然@22", "总@39"), line(58, "人@22", "社会 法律@31"),
                line(59, "商业 科研@25", "其 计@37"), line(60, "公益 服务@31", "（件）@35"), line(61, "企业 机构@25", "他@37"),
                line(62, "组织 机构@31"), VALUES);
        assertEquals(rows, StackedHeader.read(rows, parser, labels.requestsColumns, COLUMNS, 1));
    }

    @Test
    void leavesTheHeaderAloneWhenAFragmentIsLeftOver() {
        // 社会 / 公益 without 组织: every character of the header must be part of a label
        List<SourceRow> rows = List.of(line(57, "自然@22", "总@39"), line(58, "人@22", "社会 法律@31"),
                line(59, "商业 科研@25", "其 计@37"), line(60, "公益 服务@31"), line(61, "企业 机构@25", "他@37"),
                line(62, "机构@34"), VALUES);
        assertEquals(rows, StackedHeader.read(rows, parser, labels.requestsColumns, COLUMNS, 1));
    }

    @Test
    void readsTableFourLabelsOnePerGroupAndPutsThemOnOneLineLeftToRight() {
        // 0000-2019: 行政复议's five columns a line above the ten of 行政诉讼, each 结果 over 维持 …
        List<String> appeals = List.of("upheld", "corrected", "other", "pending", "total");
        List<SourceRow> read = StackedHeader.read(List.of(
                line(151, "行政复议@0", "行政诉讼@21"),
                line(152, "未经复议直接起诉@21", "复议后起诉@42"),
                line(153, "结果 结果 其他 尚未 总@0"),
                line(154, "结果 结果 其他 尚未 总 结果 结果 其他 尚未 总@14"),
                line(155, "维持 纠正 结果 审结 计@0"),
                line(156, "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计@14"),
                line(159, "０@0", "０@4", "０@8", "0@13", "0@17", "0@21", "０@25", "３@29", "０@33", "３@41", "０@43",
                        "０@47", "０@51", "２@55", "2@59")),
                parser, labels.appealsHeader, appeals, 3);
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        List<String> fifteen = new java.util.ArrayList<>(five);
        fifteen.addAll(five);
        fifteen.addAll(five);
        assertEquals(List.of(List.of("行政复议", "行政诉讼"), List.of("未经复议直接起诉", "复议后起诉"), fifteen),
                read.subList(0, 3).stream().map(r -> r.cells().stream().map(GridCell::text).toList()).toList());
        assertEquals(4, read.size(), "the lines of fragments are gone, the values stay");
    }
}
