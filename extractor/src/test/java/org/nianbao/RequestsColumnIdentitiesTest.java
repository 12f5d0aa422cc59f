package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ExtractedValues.REQUESTS_COLUMNS;
import static org.nianbao.ExtractedValues.requestsRow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Table 三 in tab-separated rows where some rows lost their blank cells: the row's own identity
 * leaves several readings, and the column identities (outcomes add up to （七）总计, new + carried
 * over = total + carried forward) are weighed over all rows together (docs/decoder.md). Each case
 * is the table as printed and the values a reader sees in the source, written by hand.
 */
class RequestsColumnIdentitiesTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    /** The rows of table 三 (2019 form), label as printed, every value 0 unless a case says otherwise. */
    private static Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        String zeros = "\t0".repeat(7);
        for (String label : List.of("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                "三、本年度办理结果\t（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "（三）不予公开\t1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
                "（四）无法提供\t1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                "（五）不予处理\t1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理")) {
            rows.put(label, zeros);
        }
        return rows;
    }

    private static DocumentResult extract(Map<String, String> rows) {
        StringBuilder text = new StringBuilder("测试县2019年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"
                + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
                + "自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n");
        rows.forEach((label, values) -> text.append(label).append(values).append('\n'));
        text.append("\n五、存在的主要问题及改进情况\n无。\n");
        return EXTRACTOR.extract("t.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cells of table 三 a cells-ambiguous finding names, as row/column. */
    private static List<String> ambiguous(DocumentResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.rule().equals("cells-ambiguous") && f.scope().table().filter(TableId.REQUESTS::equals).isPresent()) {
                out.add(f.scope().row() + "/" + f.scope().column());
            }
        }
        return out;
    }

    /**
     * 予以公开 3 to 自然人, 属于国家秘密 2 to 科研机构, each printed as "value total" without its blanks;
     * alone, each row could put its value under any of the six applicant columns.
     */
    private static Map<String, String> twoRowsOnlyTheColumnsSettle() {
        Map<String, String> rows = rows();
        rows.put("一、本年新收政府信息公开申请数量", "\t5\t2\t2\t0\t0\t0\t9");
        rows.put("三、本年度办理结果\t（一）予以公开", "\t3\t3");
        rows.put("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "\t0\t2\t0\t0\t0\t0\t2");
        rows.put("（三）不予公开\t1.属于国家秘密", "\t2\t2");
        rows.put("（七）总计", "\t3\t2\t2\t0\t0\t0\t7");
        rows.put("四、结转下年度继续办理", "\t2\t0\t0\t0\t0\t0\t2");
        return rows;
    }

    @Test
    void acceptsTheOnlyReadingsOfTwoRowsThatMakeEveryColumnAddUp() {
        DocumentResult r = extract(twoRowsOnlyTheColumnsSettle());
        assertEquals(List.of("3", "", "", "", "", "", "3"), requestsRow(r, "granted"));
        assertEquals(List.of("", "", "2", "", "", "", "2"), requestsRow(r, "denied_state_secret"));
        assertEquals(List.of(), ambiguous(r));
    }

    /** The cells of table 三 a placed-by-identities note names, as row/column. */
    private static List<String> placedByIdentities(DocumentResult r) {
        return r.findings().stream().filter(f -> f.rule().equals("placed-by-identities"))
                .map(f -> f.scope().row() + "/" + f.scope().column()).toList();
    }

    @Test
    void warnsAtEachCellThatOnlyTheColumnIdentitiesPlacedAndNamesWhatElseItCouldHaveBeen() {
        // as above: the identities settle both rows, and each of their applicant cells says so with a
        // warning, because a source that printed a figure one column off would have been "repaired" the
        // same way (red team 10's colident-misplaced cases) and nothing else would flag it
        DocumentResult r = extract(twoRowsOnlyTheColumnsSettle());
        List<String> noted = placedByIdentities(r);
        for (String column : REQUESTS_COLUMNS.subList(0, 6)) {
            assertTrue(noted.contains("granted/" + column), noted.toString());
            assertTrue(noted.contains("denied_state_secret/" + column), noted.toString());
        }
        assertEquals(12, noted.size(), "总计 was never in doubt, nor any row read in full: " + noted);
        Finding research = r.findings().stream().filter(f -> f.rule().equals("placed-by-identities")
                && f.scope().column().equals("research") && f.scope().row().equals("denied_state_secret"))
                .findFirst().orElseThrow();
        assertEquals(Severity.WARNING, research.severity());
        assertTrue(research.message().contains("research could have been blank or 2 and is read as 2"), research.message());
    }

    @Test
    void flagsOnlyTheCellsWhereTheReadingsThatAddUpStillDiffer() {
        // 3 to 自然人 in one row and to 科研机构 in the other: swapping them adds up as well, so the two
        // columns of both rows stay in doubt, and nothing else does
        Map<String, String> rows = rows();
        rows.put("一、本年新收政府信息公开申请数量", "\t3\t0\t3\t0\t0\t0\t6");
        rows.put("三、本年度办理结果\t（一）予以公开", "\t3\t3");
        rows.put("（三）不予公开\t1.属于国家秘密", "\t3\t3");
        rows.put("（七）总计", "\t3\t0\t3\t0\t0\t0\t6");
        DocumentResult r = extract(rows);
        assertEquals(List.of("granted/natural_person", "granted/research", "denied_state_secret/natural_person",
                "denied_state_secret/research"), ambiguous(r));
        List<String> granted = requestsRow(r, "granted");
        assertEquals(List.of("", "", "", "", "3"), List.of(granted.get(1), granted.get(3), granted.get(4),
                granted.get(5), granted.get(6)));
    }

    @Test
    void doesNotWeighTheColumnsOfATableWhoseRowsDoNotAddUpThemselves() {
        // 属于行政执法案卷 prints 商业企业 1 and 总计 0, 属于行政查询事项 总计 1 and no applicant: the source is
        // inconsistent, so a choice of readings that happens to add up down the columns (here exactly
        // one does) proves nothing, and each row keeps the doubts of its own evidence
        Map<String, String> rows = rows();
        rows.put("一、本年新收政府信息公开申请数量", "\t5\t3\t2\t0\t0\t0\t10");
        rows.put("三、本年度办理结果\t（一）予以公开", "\t3\t3");
        rows.put("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "\t0\t2\t0\t0\t0\t0\t2");
        rows.put("（三）不予公开\t1.属于国家秘密", "\t2\t2");
        rows.put("7.属于行政执法案卷", "\t0\t1\t0\t0\t0\t0\t0");
        rows.put("8.属于行政查询事项", "\t0\t0\t0\t0\t0\t0\t1");
        rows.put("（七）总计", "\t3\t3\t2\t0\t0\t0\t8");
        rows.put("四、结转下年度继续办理", "\t2\t0\t0\t0\t0\t0\t2");
        List<String> doubts = ambiguous(extract(rows));
        for (String column : REQUESTS_COLUMNS.subList(0, 6)) {
            assertTrue(doubts.contains("granted/" + column), doubts.toString());
            assertTrue(doubts.contains("denied_state_secret/" + column), doubts.toString());
        }
    }
}
