package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ExtractedValues.requestsRow;
import static org.nianbao.ExtractedValues.value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Rows of {@code pdftotext -raw} and {@code lynx -dump}, which print a row's values one space
 * apart and nothing for a blank cell (docs/decoder.md, docs/flattenings.md). The rows are excerpts
 * of the tools' output for generated reports ({@code generate --formats tool-pdftotext-raw,tool-lynx},
 * seeds 901 and 2024); the values expected are those of the report's HTML table, checked by hand
 * against the printed lines.
 */
class SingleSpacedRowsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String RAW_HEADER = """
            测试县2019年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            申请人情况
            自然人 法人或其他组织 总计
            商业企业 科研机构 社会公益组织 法律服务机构 其他
            """;

    private static DocumentResult raw(String rows) {
        String text = RAW_HEADER + rows + "四、政府信息公开行政复议、行政诉讼情况\n";
        return EXTRACTOR.extract("raw.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> warningsAt(DocumentResult r, String row) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO && f.scope().row().equals(row)).toList();
    }

    @Test
    void joinsAFigureCutAcrossLinesWhereOnlyThatJoinKeepsTheRowIdentity() {
        // seed 901, 0005-2019: 其他 prints 22 / 7 and 总计 58 / 2 (249 + 104 + 0 + 2 + 0 + 227 = 582)
        DocumentResult r = raw("""
                一、本年新收政府信息公开申请数量 249 １０４ ０ ２ ０ ２２
                ７
                ５８
                ２
                二、上年结转政府信息公开申请数量 2 ５ ０ ０ ０ 3 １０
                """);
        assertEquals(List.of("249", "104", "0", "2", "0", "227", "582"), requestsRow(r, "new"));
        assertEquals(List.of(), warningsAt(r, "new"));
    }

    @Test
    void leavesARowWithTooManyValuesUnreadWhenNoJoinAcrossLinesKeepsItsIdentity() {
        // the same row with a total no join can make: which figure was cut is not proved
        DocumentResult r = raw("""
                一、本年新收政府信息公开申请数量 249 １０４ ０ ２ ０ ２２
                ７
                ５８
                ３
                二、上年结转政府信息公开申请数量 2 ５ ０ ０ ０ 3 １０
                """);
        assertEquals("(missing)", value(r, TableId.REQUESTS, "new", "total"));
        assertTrue(warningsAt(r, "new").stream().anyMatch(f -> f.rule().equals("row-too-many-values")));
    }

    @Test
    void readsARowPrintedAsItsLabelAloneAsBlankCells() {
        // seed 2024, 0029-2021: 4.无正当理由大量反复申请 has every cell blank, the next row's label follows it
        DocumentResult r = raw("""
                一、本年新收政府信息公开申请数量 5 3 0 0 0 0 8
                3、要求提供公开出版物 0 4 0 4
                4、无正当理由大量反复申请
                5、要求行政机关确认或重新出具已获取信息 6 0 0 2 8
                """);
        assertEquals(List.of("", "", "", "", "", "", ""), requestsRow(r, "rejected_mass_repeat"));
        assertEquals(List.of(), warningsAt(r, "rejected_mass_repeat"));
    }

    @Test
    void keepsARowPrintedAloneUnreadWhereALineOfValuesHasNoLabel() {
        // values printed apart from any label could be that row's
        DocumentResult r = raw("""
                一、本年新收政府信息公开申请数量 5 3 0 0 0 0 8
                3、要求提供公开出版物 0 4 0 4
                4、无正当理由大量反复申请
                5、要求行政机关确认或重新出具已获取信息 6 0 0 2 8
                1 0 1
                """);
        assertEquals("(missing)", value(r, TableId.REQUESTS, "rejected_mass_repeat", "total"));
        assertTrue(!warningsAt(r, "rejected_mass_repeat").isEmpty());
    }

    @Test
    void doubtsTheRowsOfATable2BlockWhoseHeaderNamesItsColumnsOutOfTheFormsOrder() {
        // par 72 of a Chromium print's -layout text (fix18p's siblings): the block's two header lines
        // 上一年项 处理决定 / 信息内容 本年增/减 / 目数量 数量 re-filled into one, 处理决定数量 before 本年增/减
        String text = """
                测试县2019年政府信息公开工作年度报告
                二、主动公开政府信息情况
                第二十条第（五）项
                上一年项 处理决定 信息内容 本年增/减
                目数量 数量
                行政许可 226112 — 310
                第二十条第（六）项
                信息内容 上一年项目数量 本年增/减 处理决定数量
                行政处罚 615 — 69864
                三、收到和处理政府信息公开申请情况
                """;
        DocumentResult r = EXTRACTOR.extract("par.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(warningsAt(r, "licensing").stream().anyMatch(f -> f.rule().equals("cells-ambiguous")
                && f.message().contains("in an order no form has")), r.findings().toString());
        assertEquals(List.of(), warningsAt(r, "penalty"), "a header in the form's order leaves its rows alone");
        assertEquals("69864", value(r, TableId.ACTIVE, "penalty", "decisions"));
    }

    @Test
    void readsALynxBlockHeaderWhoseLabelsLineBreaksCut() {
        // seed 2024, 0016-2019: 本年新制<br>作数量 | 本年新公<br>开数量 | 对外公开<br>总数量
        String text = """
                   测试县2019年政府信息公开工作年度报告

                   二、主动公开政府信息情况

                   第二十条第（一）项
                   信息内容 本年新制
                   作数量 本年新公
                   开数量 对外公开
                   总数量
                   规章 353 0 0
                   规范性文件 152

                   1
                   0

                   三、收到和处理政府信息公开申请情况
                """;
        DocumentResult r = EXTRACTOR.extract("lynx.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("353", value(r, TableId.ACTIVE, "regulations", "new_made"));
        assertEquals("0", value(r, TableId.ACTIVE, "regulations", "new_published"));
        assertEquals("0", value(r, TableId.ACTIVE, "regulations", "total_published"));
        assertEquals("1", value(r, TableId.ACTIVE, "normative_documents", "new_published"));
        assertEquals(List.of(), warningsAt(r, "regulations"));
    }

    @Test
    void readsAColumnLabelWhoseStartRanOntoTheStubsNote() {
        // seed 2024, 0049-mixed: 自然 ends the note's line, 人 follows; 总 ends 法人或其他组织's (总计 proved last by the rows)
        String text = """
                测试县2019年政府信息公开工作年度报告
                三、收到和处理政府信息公开申请情况
                申请人情况
                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 自然
                人
                法人或其他组织 总
                计
                商业 企
                业
                科研 机
                构
                社会公益组
                织
                法律服务机
                构
                其
                他
                一、本年新收政府信息公开申请数量 85 251 0 3 0 — 339
                2.其他法律行政法规禁止公开 3 — 0 1 — 0 4
                6.属于四类过程性信息 3 9 — 0 0 0 12
                1.信访举报投诉类申请 8 7 2 — — — 15
                四、政府信息公开行政复议、行政诉讼情况
                """;
        DocumentResult r = EXTRACTOR.extract("raw.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("85", "251", "0", "3", "0", "", "339"), requestsRow(r, "new"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.rule().equals("placement-assumed")).toList());
    }
    @Test
    void readsALetterSpacedColumnLabelWhoseStartRanOntoTheStubsNote() {
        // seed 901, 0056-2019: a letter-spaced 自 然 ends the note's line; with 自然人 named, 总计 is proved by the rows
        String text = """
                测试县2019年政府信息公开工作年度报告
                三、收到和处理政府信息公开申请情况
                申请人情况
                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 自 然
                人
                法人或其他组织 总
                计
                商 业 企
                业
                科 研 机
                构
                社会公益组
                织
                法律服务机
                构
                其
                他
                一、本年新收政府信息公开申请数量 106 134 2 — 185 — 427
                二、上年结转政府信息公开申请数量 0 — 0 0 — — —
                （一）予以公开 9 7 — — — — 16
                2.其他法律行政法规禁止公开 3 0 0 0 5 0 8
                四、政府信息公开行政复议、行政诉讼情况
                """;
        DocumentResult r = EXTRACTOR.extract("raw.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("106", "134", "2", "", "185", "", "427"), requestsRow(r, "new"));
        assertEquals(List.of("9", "7", "", "", "", "", "16"), requestsRow(r, "granted"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.rule().equals("placement-assumed")).toList());
    }

    @Test
    void namesTable四sTotalWrappedACharacterALine() {
        // seed 901, 0044-2019: 总 / 计 on lines of their own after each group's 尚 未 审 / 结
        String group = "结 果 维\n持\n结 果 纠\n正\n其 他 结\n果\n尚 未 审\n结\n总\n计\n";
        String text = "测试县2019年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n"
                + group + "未经复议直接起诉 复议后起诉\n" + group + group
                + "2 0 2 0 4 0 2 1 0 3 0 1 0 1 2\n五、存在的主要问题及改进情况\n";
        DocumentResult r = EXTRACTOR.extract("raw.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("4", value(r, TableId.APPEALS, "review", "total"));
        assertEquals("3", value(r, TableId.APPEALS, "litigation_direct", "total"));
        assertEquals("1", value(r, TableId.APPEALS, "litigation_after_review", "pending"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.rule().equals("placement-assumed")).toList());
    }

    @Test
    void readsAProcurementHeaderWhoseAmountCarriesAUnitNote() {
        // seed 901, 0026-2019: the note's colon kept the line from being cut into header cells
        String text = """
                测试县2019年政府信息公开工作年度报告
                二、主动公开政府信息情况
                第二十条第（九）项
                信息内容 采购项目数量 采购总金额（单位：万元）
                政府集中采购 129 22502万元
                三、收到和处理政府信息公开申请情况
                """;
        DocumentResult r = EXTRACTOR.extract("raw.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("129", value(r, TableId.ACTIVE, "procurement", "items"));
        assertEquals("22502", value(r, TableId.ACTIVE, "procurement", "amount"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.rule().equals("placement-assumed")
                || f.rule().equals("header-missing")).toList());
    }
}
