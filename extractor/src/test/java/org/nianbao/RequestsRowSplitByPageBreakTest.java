package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ExtractedValues.requestsRow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;

/**
 * A row of table 三 that a page break split, as LibreOffice prints a Word table: the values and the
 * label's first part close one page ({@code 3.危及}), the label's rest opens the next with every value
 * cell empty ({@code “三安全一稳定”}). Red team 10 (libreoffice-outline/watermark/charscale-2021.pdf)
 * found the row read blank under an info finding only. Values written by hand.
 */
class RequestsRowSplitByPageBreakTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static DocumentResult extract(String splitRow) {
        StringBuilder text = new StringBuilder("测试县2019年政府信息公开工作年度报告\n\n三、收到和处理政府信息公开申请情况\n\n"
                + "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
                + "自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n");
        String zeros = "\t0".repeat(7);
        text.append("一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5\n");
        text.append("二、上年结转政府信息公开申请数量").append(zeros).append('\n');
        text.append("三、本年度办理结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3\n");
        text.append("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").append(zeros).append('\n');
        text.append("（三）不予公开\t1.属于国家秘密").append(zeros).append('\n');
        text.append("2.其他法律行政法规禁止公开").append(zeros).append('\n');
        text.append(splitRow);
        for (String label : List.of("4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
                "8.属于行政查询事项", "（四）无法提供\t1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
                "（五）不予处理\t1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理")) {
            text.append(label).append(zeros).append('\n');
        }
        text.append("（七）总计\t5\t0\t0\t0\t0\t0\t5\n四、结转下年度继续办理").append(zeros).append('\n');
        text.append("\n五、存在的主要问题及改进情况\n无。\n");
        return EXTRACTOR.extract("t.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheValuesOfARowWhoseLabelsRestOpensTheNextPageWithEmptyCells() {
        DocumentResult r = extract("3.危及\t2\t0\t0\t0\t0\t0\t2\n“三安全一稳定”\t\t\t\t\t\t\t\n");
        assertEquals(List.of("2", "0", "0", "0", "0", "0", "2"), requestsRow(r, "denied_security"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("row-unmatched")), r.findings().toString());
    }

    @Test
    void leavesARowOfItsOwnUnderItsFullLabelAloneAfterValuesWhoseLabelMatchesNoRow() {
        // 3.危 names no row; 3.危及“三安全一稳定” after it is a row of its own (blank), not the rest of a label
        DocumentResult r = extract("3.危\t2\t0\t0\t0\t0\t0\t2\n3.危及“三安全一稳定”\t\t\t\t\t\t\t\n");
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("row-unmatched")), r.findings().toString());
        assertTrue(requestsRow(r, "denied_security").stream().noneMatch("2"::equals), requestsRow(r, "denied_security").toString());
    }
}
