package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;

/**
 * Table 三's applicant labels broken in two, each start on one header row and its rest on the next
 * (a Chromium print whose header row breaks across a page, red-team case
 * chromium-header-split-columns-2021.pdf: 商业 / 科研 / 社会 / 法律 / 其他 at the foot of page 1,
 * 企业 / 机构 / 公益组织 / 服务机构 at the top of page 2). The rest alone resembles a label
 * (公益组织 → 社会公益组织) but the columns are those of the starts it completes.
 */
class RequestsHeaderSplitTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static String tr(String... cells) {
        StringBuilder s = new StringBuilder("<tr>");
        for (String c : cells) {
            s.append("<td>").append(c).append("</td>");
        }
        return s.append("</tr>").toString();
    }

    @Test
    void theRestOfABrokenLabelNamesTheColumnItsStartStandsIn() {
        String table = "<table border=1>"
                + "<tr><td rowspan=4>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
                + "<td colspan=7>申请人情况</td></tr>"
                + "<tr><td rowspan=3>自然人</td><td colspan=5>法人或其他组织</td><td rowspan=3>总计</td></tr>"
                + tr("商业", "科研", "社会", "法律", "其他")
                + tr("企业", "机构", "公益组织", "服务机构", "")
                + tr("一、本年新收政府信息公开申请数量", "1", "2", "3", "4", "5", "6", "21")
                + tr("二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0")
                + "</table>";
        String page = "<html><head><meta charset=utf-8></head><body><h1>测试县2021年政府信息公开工作年度报告</h1>"
                + "<p>三、收到和处理政府信息公开申请情况</p>" + table + "<p>五、存在的主要问题及改进情况</p></body></html>";
        DocumentResult r = EXTRACTOR.extract("t.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "21"), ExtractedValues.requestsRow(r, "new"), r.findings()::toString);
    }
}
