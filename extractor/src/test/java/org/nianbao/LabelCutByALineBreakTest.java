package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;

/**
 * A row label cut by a {@code <br>} in its cell, in Chromium's {@code innerText} of the page: the label's first line
 * stands alone and its last line before the row's tabs ({@code 一、本年新收政府信息公开申请} / {@code 数量⇥21⇥197…}, the
 * generator's 2021 pages, seed 8181 no. 0001). The piece {@code 数量} names no row, and the row was
 * {@code row-unmatched} even in the copy as made (issue 9).
 */
class LabelCutByALineBreakTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    @Test
    void readsARowWhoseLabelALineBreakCut() {
        String text = String.join("\n", "测试县2021年政府信息公开工作年度报告", "", "三、收到和处理政府信息公开申请情况", "",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t", "", "申请人情况", "", "",
                "自然人\t法人或其他组织\t", "", "总计", "", "", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t", "", "其他", "", "",
                "一、本年新收政府信息公开申请", "数量\t21\t197\t1\t1\t0\t0\t220", "", "",
                "二、上年结转政府信息公开申请", "数量\t0\t0\t0\t0\t0\t0\t0", "", "",
                "三、本年度办理结果", "（一）予以公开\t21\t197\t1\t1\t0\t0\t220", "", "",
                "四、政府信息公开行政复议、行政诉讼情况", "");
        DocumentResult r = EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("21", "197", "1", "1", "0", "0", "220"), ExtractedValues.requestsRow(r, "new"),
                r.findings()::toString);
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), ExtractedValues.requestsRow(r, "carried_over"),
                r.findings()::toString);
    }

    /**
     * Table 二's column labels cut so ({@code 本年制发<br>件数 | 本年废止<br>件数 | 现行有效<br>件数}): each line was read as the
     * block's header in turn, the last naming one column, and 规章's three figures were {@code row-too-many-values}.
     */
    @Test
    void readsATableTwoBlockWhoseColumnLabelsALineBreakCut() {
        String text = String.join("\n", "测试县2021年政府信息公开工作年度报告", "", "二、主动公开政府信息情况", "",
                "第二十条第（一）项", "", "", "信息内容", "", "\t本年制发", "件数\t本年废止", "件数\t现行有效", "件数",
                "规章\t2\t17\t987", "行政规范性文件\t600\t386\t554", "", "", "三、收到和处理政府信息公开申请情况", "");
        DocumentResult r = EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("2", "17", "987"), List.of("issued", "repealed", "in_force").stream()
                .map(c -> ExtractedValues.value(r, org.nianbao.model.TableId.ACTIVE, "regulations", c)).toList(),
                r.findings()::toString);
    }
}
