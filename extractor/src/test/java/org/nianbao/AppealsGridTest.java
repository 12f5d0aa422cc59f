package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.TableId;

/**
 * Table 四's one row of fifteen values in a ruled table (exact positions: an HTML table here, a
 * scan's lattice alike) placed by the grid when one of them is not a number (a scan's {@code #}
 * read for 7, a number a narrow cell wrapped): that cell is flagged, the fourteen others stand in
 * their columns. Before, the row was cut at that cell and the values after it read by position.
 */
class AppealsGridTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static String report(String... values) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String v : values) {
            row.append("<td>").append(v).append("</td>");
        }
        return "<html><body><h1>测试县2021年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>"
                + "<table border=1><tr><td colspan=4>第二十条第（五）项</td></tr>"
                + "<tr><td>信息内容</td><td colspan=3>本年处理决定数量</td></tr><tr><td>行政许可</td><td colspan=3>7</td></tr>"
                + "</table>"
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p><table border=1>"
                + "<tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>"
                + "<tr><td rowspan=2>结果维持</td><td rowspan=2>结果纠正</td><td rowspan=2>其他结果</td>"
                + "<td rowspan=2>尚未审结</td><td rowspan=2>总计</td><td colspan=5>未经复议直接起诉</td>"
                + "<td colspan=5>复议后起诉</td></tr><tr>"
                + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>".repeat(2)
                + "</tr>" + row + "</tr></table><p>五、存在的主要问题及改进情况</p></body></html>";
    }

    private static DocumentResult extract(String html) {
        return EXTRACTOR.extract("a.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(DocumentResult r, String row, String column) {
        return ExtractedValues.value(r, TableId.APPEALS, row, column);
    }

    @Test
    void aValueThatIsNoNumberKeepsItsPlaceAndOnlyItIsFlagged() {
        DocumentResult r = extract(report("2", "1", "0", "0", "3", "#", "0", "0", "0", "7", "1", "0", "0", "0", "1"));
        assertEquals("2", value(r, "review", "upheld"));
        assertEquals("3", value(r, "review", "total"));
        assertEquals("7", value(r, "litigation_direct", "total"));
        assertEquals("1", value(r, "litigation_after_review", "upheld"));
        assertEquals("1", value(r, "litigation_after_review", "total"));
        onlyFlaggedAt(r, "litigation_direct", "upheld");
    }

    /**
     * Scanned document 0027 (session ocr7): the dash for none of litigation_direct/total read as a
     * lone Chinese character. Taken for a label, it cut the row to its last five values, read by
     * position as table 四's first five (review/total=2 for 0), the ten others missing.
     */
    @Test
    void aLoneChineseCharacterInAValuesPlaceIsNoLabel() {
        DocumentResult r = extract(report("—", "—", "2", "—", "0", "0", "0", "—", "0", "一", "0", "—", "—", "2", "2"));
        assertEquals("0", value(r, "review", "total"));
        assertEquals("2", value(r, "review", "other"));
        assertEquals("0", value(r, "litigation_direct", "pending"));
        assertEquals("0", value(r, "litigation_after_review", "upheld"));
        assertEquals("2", value(r, "litigation_after_review", "total"));
        onlyFlaggedAt(r, "litigation_direct", "total");
    }

    /** The cell is flagged unreadable, and table 四 was read by the grid, not by position. */
    private static void onlyFlaggedAt(DocumentResult r, String row, String column) {
        CanonicalKey misread = CanonicalKey.of(TableId.APPEALS, row, column);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("value-unreadable")
                && f.scope().covers(misread)), r.findings()::toString);
        assertTrue(r.findings().stream().filter(f -> f.scope().table().filter(TableId.APPEALS::equals).isPresent())
                .map(Finding::rule).noneMatch(x -> x.equals("cells-ambiguous") || x.equals("cells-missing")),
                r.findings()::toString);
    }

    @Test
    void aRowOfFourteenCellsIsStillReadByPositionAndFlagged() {
        DocumentResult r = extract(report("2", "1", "0", "0", "3", "#", "0", "0", "7", "1", "0", "0", "0", "1"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("cells-ambiguous")), r.findings()::toString);
    }
}
