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
 * Table 二 in an exact grid reads a row's values in order under its header; when a value merged
 * over two columns pushes the next past the header's edge, the values do not stand under their
 * headers and the row is flagged (red-team case colspan-overflow-2021.html).
 */
class ActiveValuesOffHeaderTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    private static DocumentResult extract(String row) {
        String html = "<html><body><h1>测试县2021年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>"
                + "<table border=1><tr><td colspan=4>第二十条第（一）项</td></tr>"
                + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
                + "<tr><td>规章</td>" + row + "</tr><tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>"
                + "</table><p>五、存在的主要问题及改进情况</p></body></html>";
        return EXTRACTOR.extract("a.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean flagged(DocumentResult r, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.ACTIVE, row, column);
        return r.findings().stream().filter(f -> f.rule().equals("cells-ambiguous")).map(Finding::scope)
                .anyMatch(s -> s.covers(key));
    }

    @Test
    void flagsARowWhoseValuesRunPastItsHeader() {
        DocumentResult r = extract("<td>519</td><td colspan=2>3</td><td>14</td>");
        assertTrue(flagged(r, "regulations", "in_force"), r.findings().toString());
        assertTrue(!flagged(r, "normative_documents", "in_force"), "the next row stands under its header");
    }

    @Test
    void readsARowWhoseValuesStandUnderTheirHeadersWithoutDoubt() {
        DocumentResult r = extract("<td>519</td><td>3</td><td>14</td>");
        assertTrue(!flagged(r, "regulations", "in_force"), r.findings().toString());
        assertEquals("14", r.report().cell(CanonicalKey.of(TableId.ACTIVE, "regulations", "in_force"))
                .map(c -> c.value().render()).orElse("(missing)"));
    }
}
