package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * A header label printed a character a line ({@code 总} / {@code 计}: table 三's last column, narrow in a
 * PDF) is no row's label, wherever poppler printed it among the rows of a page's words (red-team case
 * {@code words-per-line-header-total-read-as-total-row-2021.txt}: read as the 总计 row, the next row's
 * figures taken for 总计's with no finding).
 */
class HeaderLabelACharacterALineTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    /** Table 三 of the 2021 form one word a line, with {@code lines} printed right after 5.属于三类内部事务信息. */
    private static DocumentResult wordsPerLine(List<String> afterInternal) {
        List<String> lines = new ArrayList<>(List.of("测试县2021年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
                "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        row(lines, "一、本年新收政府信息公开申请数量", "24 42 0 0 0 13 79");
        row(lines, "二、上年结转政府信息公开申请数量", "0 0 0 0 0 0 0");
        lines.add("三、本年度办理结果");
        row(lines, "（一）予以公开", "21 41 0 0 0 13 75");
        lines.add("（三）不予公开");
        lines.add("5.属于三类内部事务信息");
        lines.addAll(afterInternal);
        row(lines, "", "3 0 0 0 0 0 3");
        row(lines, "（七）总计", "24 41 0 0 0 13 78");
        row(lines, "四、结转下年度继续办理", "0 1 0 0 0 0 1");
        lines.add("四、政府信息公开行政复议、行政诉讼情况");
        String text = String.join("\n", lines) + "\n";
        return EXTRACTOR.extract("words.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void row(List<String> lines, String label, String values) {
        if (!label.isEmpty()) {
            lines.add(label);
        }
        lines.addAll(List.of(values.split(" ")));
    }

    @Test
    void aLabelPrintedACharacterALineAmongTheRowsIsNoRowLabel() {
        DocumentResult r = wordsPerLine(List.of("总", "计"));
        assertEquals(List.of("24", "41", "0", "0", "0", "13", "78"), ExtractedValues.requestsRow(r, "total"),
                r.findings().toString());
        assertNotEquals("3", ExtractedValues.value(r, TableId.REQUESTS, "total", "natural_person"));
    }

    @Test
    void theRowLabelPrintedWholeStillNamesItsRow() {
        DocumentResult r = wordsPerLine(List.of());
        assertEquals(List.of("3", "0", "0", "0", "0", "0", "3"), ExtractedValues.requestsRow(r, "denied_internal"));
        assertEquals(List.of("24", "41", "0", "0", "0", "13", "78"), ExtractedValues.requestsRow(r, "total"));
    }
}
