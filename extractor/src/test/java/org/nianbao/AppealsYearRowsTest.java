package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * Table 四 printed with a row for the year before beside the report's own (red-team case
 * appeals-prev-year-row-2021.html): the row whose label names the report's year is read, wherever
 * it stands; when no label tells, the table is flagged, never read from the wrong year in silence.
 */
class AppealsYearRowsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String HEADER = "四、政府信息公开行政复议、行政诉讼情况\n"
            + "年度\t行政复议\t\t\t\t\t行政诉讼\n"
            + "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
            + "\t\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
    private static final String PREVIOUS = "1\t0\t0\t1\t2\t0\t1\t0\t0\t1\t0\t0\t0\t0\t0\n";
    private static final String THIS = "0\t4\t1\t0\t5\t0\t2\t0\t4\t6\t1\t2\t1\t4\t8\n";
    private static final String END = "五、存在的主要问题及改进情况\n";

    private static DocumentResult extract(String title, String table) {
        return EXTRACTOR.extract("a.txt", (title + "\n" + HEADER + table + END).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> reviewRow(DocumentResult r) {
        return List.of("upheld", "corrected", "other", "pending", "total").stream()
                .map(c -> r.report().cell(CanonicalKey.of(TableId.APPEALS, "review", c)).map(x -> x.value().render())
                        .orElse("(missing)")).toList();
    }

    private static List<Finding> appealsFindings(DocumentResult r) {
        return r.findings().stream().filter(f -> f.scope().table().filter(TableId.APPEALS::equals).isPresent()).toList();
    }

    @Test
    void readsTheRowOfTheReportsYearAfterTheYearBefore() {
        DocumentResult r = extract("测试县2021年政府信息公开工作年度报告", "2020年\t" + PREVIOUS + "2021年\t" + THIS);
        assertEquals(List.of("0", "4", "1", "0", "5"), reviewRow(r));
        assertEquals("8", r.report().cell(CanonicalKey.of(TableId.APPEALS, "litigation_after_review", "total"))
                .orElseThrow().value().render());
        List<Finding> f = appealsFindings(r);
        assertEquals(List.of("rows-compared"), f.stream().map(Finding::rule).toList(), f::toString);
        assertTrue(f.get(0).message().contains("'2020年' (1 0 0 1 2"), f.get(0).message());
    }

    @Test
    void readsTheRowOfTheReportsYearBeforeTheYearBefore() {
        DocumentResult r = extract("测试县2021年政府信息公开工作年度报告", "2021年度\t" + THIS + "2020年度\t" + PREVIOUS);
        assertEquals(List.of("0", "4", "1", "0", "5"), reviewRow(r));
        assertEquals(List.of("rows-compared"), appealsFindings(r).stream().map(Finding::rule).toList());
    }

    @Test
    void readsTheRowLabelledThisYearWhenRowsAreLabelledThisYearAndLastYear() {
        DocumentResult r = extract("测试县2021年政府信息公开工作年度报告", "上年\t" + PREVIOUS + "本年\t" + THIS);
        assertEquals(List.of("0", "4", "1", "0", "5"), reviewRow(r));
    }

    @Test
    void flagsTheWholeTableWhenNoLabelNamesTheReportsYear() {
        DocumentResult r = extract("测试县2022年政府信息公开工作年度报告", "2020年\t" + PREVIOUS + "2021年\t" + THIS);
        Finding f = appealsFindings(r).stream().filter(x -> x.rule().equals("cells-ambiguous")).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertEquals(Scope.table(TableId.APPEALS), f.scope());
        assertTrue(f.message().contains("'2020年'") && f.message().contains("'2021年'"), f.message());
    }

    @Test
    void stillPassesOverAFooterOfOneNumberAfterTheTable() {
        DocumentResult r = extract("测试县2021年政府信息公开工作年度报告", "2021年\t" + THIS + "访问量：12345\n");
        assertEquals(List.of("0", "4", "1", "0", "5"), reviewRow(r));
        assertTrue(appealsFindings(r).stream().noneMatch(f -> f.rule().equals("rows-compared")
                || f.rule().equals("cells-ambiguous")), r.findings()::toString);
    }
}
