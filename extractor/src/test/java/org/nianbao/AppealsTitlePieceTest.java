package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.ExtractedValues.value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * Table 四's title broken over two lines above a {@code pdftotext -raw} header (a narrow paste box,
 * {@code fold -w 40}): its tail {@code 行政诉讼情况} stands where a group label could, and is near
 * enough to 行政诉讼 to be read as one. Excerpt of red team 20b's case
 * {@code pdftotext-raw-fold40-appeals-groups-rotated-2019.txt} (generator seed 2020, 0017-2019), values
 * checked on the PDF's rendering: 行政复议 1 1 / 0 2, 未经复议直接起诉 / 3 0 / 3, 复议后起诉 / / 4 / 4.
 */
class AppealsTitlePieceTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static DocumentResult extract(String title) {
        String column = "结 果 维\n持\n结 果 纠\n正\n其 他 结\n果\n尚 未 审\n结\n总\n计\n";
        String text = "测试县2019年政府信息公开工作年度报告\n" + title + "行政复议 行政诉讼\n" + column
                + "未经复议直接起诉 复议后起诉\n" + column + column
                + "1 1 / 0 2 / 3 0 / 3 / / 4 / 4\n五、存在的主要问题及改进情况\n";
        return EXTRACTOR.extract("raw.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> group(DocumentResult r, String row) {
        return List.of("upheld", "corrected", "other", "pending", "total").stream()
                .map(c -> value(r, TableId.APPEALS, row, c)).toList();
    }

    private static void assertGroupsInTheFormsOrder(DocumentResult r) {
        assertEquals(List.of("1", "1", "", "0", "2"), group(r, "review"));
        assertEquals(List.of("", "3", "0", "", "3"), group(r, "litigation_direct"));
        assertEquals(List.of("", "", "4", "", "4"), group(r, "litigation_after_review"));
    }

    @Test
    void readsTheTitlesTailAboveTheHeaderAsNoGroupLabel() {
        assertGroupsInTheFormsOrder(extract("四、政府信息公开行政复议、\n行政诉讼情况\n"));
    }

    @Test
    void readsATailCutInsideACharacterAsNoGroupLabel() {
        assertGroupsInTheFormsOrder(extract("四、政府信息公开行政复议、\uFFFD\n\uFFFD\uFFFD政诉讼情况\n"));
    }
}
