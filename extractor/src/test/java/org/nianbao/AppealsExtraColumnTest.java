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
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Table 四 with a 合计 column beside the form's fifteen (red-team cases pandoc-appeals-heji-2021.txt,
 * crawler-appeals-heji-2021.txt): the sixteenth value is left out where the header places it, and
 * where a flattening lost a blank cell the fifteen numbers left are flagged, never read as complete.
 */
class AppealsExtraColumnTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static final String HEADER = "四、政府信息公开行政复议、行政诉讼情况\n"
            + "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t\t合计\n"
            + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
            + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";

    private static DocumentResult extract(String name, String text) {
        return EXTRACTOR.extract(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(DocumentResult r, String row, String column) {
        return ExtractedValues.value(r, TableId.APPEALS, row, column);
    }

    private static boolean covered(DocumentResult r, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.APPEALS, row, column);
        // a warning or error: an info finding covers no doubt (docs/corpus.md)
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::scope)
                .anyMatch(s -> s.covers(key));
    }

    @Test
    void flagsFifteenNumbersUnderAHeaderOfSixteenColumns() {
        // 复议后起诉 prints blank 0 0 1 1 and 合计 2; the flattening lost the blank
        DocumentResult r = extract("a.txt", HEADER + "0 1 0 0 1 0 0 0 0 0 0 0 1 1 2\n五、存在的主要问题及改进情况\n");
        Finding f = r.findings().stream().filter(x -> x.rule().equals("cells-ambiguous")).findFirst().orElseThrow(
                () -> new AssertionError(r.findings().toString()));
        assertEquals(Scope.table(TableId.APPEALS), f.scope());
        assertTrue(f.message().contains("合计"), f.message());
        assertTrue(covered(r, "litigation_after_review", "other"));
    }

    @Test
    void leavesOutTheValueOfTheExtraColumnWhenAllSixteenArePrinted() {
        DocumentResult r = extract("b.txt", HEADER + "0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t\t0\t0\t1\t1\t2\n五、存在的主要问题及改进情况\n");
        assertEquals("", value(r, "litigation_after_review", "upheld"));
        assertEquals("0", value(r, "litigation_after_review", "other"));
        assertEquals("1", value(r, "litigation_after_review", "pending"));
        assertEquals("1", value(r, "litigation_after_review", "total"));
        assertEquals(List.of("column-extra"), r.findings().stream()
                .filter(f -> f.scope().table().filter(TableId.APPEALS::equals).isPresent())
                .map(Finding::rule).filter(x -> !x.endsWith("-missing")).toList());
    }

    @Test
    void readsTheSameTableInHtmlByItsCells() {
        String html = "<html><body><h1>测试县2021年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>"
                + "<table border=1><tr><td colspan=4>第二十条第（五）项</td></tr>"
                + "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan=3>7</td></tr>"
                + "</table>"
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p><table border=1>"
                + "<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td><td rowspan=3>合计</td></tr>"
                + "<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td>"
                + "<td rowspan=2>尚未审结</td><td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td>"
                + "<td colspan=5>复议后起诉</td></tr><tr>"
                + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>".repeat(2)
                + "</tr><tr><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td>"
                + "<td>0</td><td>0</td><td></td><td>0</td><td>0</td><td>1</td><td>1</td><td>2</td></tr></table>"
                + "<p>五、存在的主要问题及改进情况</p></body></html>";
        DocumentResult r = extract("c.html", html);
        assertEquals("", value(r, "litigation_after_review", "upheld"));
        assertEquals("0", value(r, "litigation_after_review", "other"));
        assertEquals("1", value(r, "litigation_after_review", "total"));
        assertEquals("1", value(r, "review", "corrected"));
    }

    @Test
    void takesATotalWithoutAnyOtherAsTheGroupsTotalNotAnExtraColumn() {
        String header = HEADER.replace("\t合计\n", "\n").replace("总计", "合计");
        DocumentResult r = extract("d.txt", header + "0 1 0 0 1 0 0 0 0 0 0 0 0 1 1\n五、存在的主要问题及改进情况\n");
        assertTrue(r.findings().stream().noneMatch(x -> x.rule().equals("column-extra")
                || x.message().contains("column the form does not have")), r.findings()::toString);
    }

    @Test
    void flagsFifteenNumbersUnderAHeaderWithASecondTotalForLitigation() {
        String header = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "行政复议\t\t\t\t\t行政诉讼\n"
                + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t\t总计\n"
                + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n";
        // 未经复议直接起诉 prints 0 blank 0 0 0; 行政诉讼's own 总计 is 1; the blank was lost
        DocumentResult r = extract("e.txt", header + "2 1 0 0 3 0 0 0 0 0 0 0 1 1 1\n五、存在的主要问题及改进情况\n");
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("cells-ambiguous")
                && f.message().contains("column the form does not have")), r.findings()::toString);
        assertTrue(covered(r, "litigation_direct", "corrected"));
    }
}
