package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ExtractedValues.value;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;

/**
 * Table 四 printed in another order than the form's (red team rta's {@code tools/redteam/rta/permute4.py}: groups and
 * each group's columns reordered) as real tools print it. The tables are the tools' output for the red-team pages,
 * whose value rows were checked against the pages' HTML: html2text of {@code 0002-mixed} with groups 复议后起诉,
 * 未经复议直接起诉, 行政复议 and columns 总计, 结果维持, 结果纠正, 其他结果, 尚未审结 (values {@code 2 0 2 0 0 | 1 0 0 0 1 |
 * 6 4 0 2 0}); w3m of {@code 0004-mixed} with each group's columns reversed (总计 … 结果维持), blank cells among them.
 */
class PermutedAppealsToolTextTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final List<String> APPEALS = List.of("upheld", "corrected", "other", "pending", "total");
    private static final String TITLE = "****** 2024年某县生态环境局政府信息公开工作年度报告 ******\n";

    /** Debian {@code html2text -utf8 -width 200}: every label cut to a character and a byte, or to nothing. */
    private static final String HTML2TEXT = TITLE
            + "四、政府信息公开行政复议、行政诉讼情况\n"
            + " ____________________________________________________________________\n"
            + "|行政诉讼_________________________________|行政复议__________|\n"
            + "|复议后起诉_______|未经复议直接起\uFFFD|\uFFFD|结\uFFFD|结\uFFFD|其\uFFFD|尚\uFFFD|\uFFFD审结\n"
            + "|\uFFFD|结\uFFFD|结\uFFFD|其\uFFFD|尚\uFFFD|\uFFFD|结\uFFFD|结\uFFFD|其\uFFFD|尚\uFFFD|\uFFFD审结|____|____|____|\n"
            + "|2_|0___|2___|0___|0___|1_|0___|0___|0___|1___|6_|4___|0___|2___|0___|\n"
            + "五、存在的主要问题及改进情况\n";

    /** {@code w3m -dump -cols 200}: 行政复议's labels start inside the rule that ends 未经复议直接起诉's row. */
    private static final String W3M = TITLE
            + "四、政府信息公开行政复议、行政诉讼情况\n"
            + "\n"
            + "┌───────────────────────────┬───────────────────────────────────────────────────────┐\n"
            + "│行政复议                   │行政诉讼                                               │\n"
            + "├───┬─────┬─────┬─────┬─────┼───────────────────────────┬───────────────────────────┤\n"
            + "│   │     │     │     │     │未经复议直接起诉           │复议后起诉                 │\n"
            + "│总 │尚未 │其他 │结果 │结果 ├───┬─────┬─────┬─────┬─────┼───┬─────┬─────┬─────┬─────┤\n"
            + "│计 │审结 │结果 │纠正 │维持 │总 │尚未 │其他 │结果 │结果 │总 │尚未 │其他 │结果 │结果 │\n"
            + "│   │     │     │     │     │计 │审结 │结果 │纠正 │维持 │计 │审结 │结果 │纠正 │维持 │\n"
            + "├───┼─────┼─────┼─────┼─────┼───┼─────┼─────┼─────┼─────┼───┼─────┼─────┼─────┼─────┤\n"
            + "│4  │     │     │1    │3    │   │     │     │0    │0    │5  │1    │     │4    │     │\n"
            + "└───┴─────┴─────┴─────┴─────┴───┴─────┴─────┴─────┴─────┴───┴─────┴─────┴─────┴─────┘\n"
            + "\n"
            + "五、存在的主要问题及改进情况\n";

    private static DocumentResult extract(String text) {
        return EXTRACTOR.extract("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> appeals(DocumentResult r, String row) {
        return APPEALS.stream().map(c -> value(r, TableId.APPEALS, row, c)).toList();
    }

    private static boolean warned(DocumentResult r, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.APPEALS, row, column);
        return r.findings().stream().anyMatch(f -> f.severity() != Severity.INFO && f.warnsAt(key));
    }

    @Test
    void readsHtml2textsCutLabelsWhereTheyStandNotWhereTheFormPutsThem() {
        DocumentResult r = extract(HTML2TEXT);
        assertEquals(List.of("4", "0", "2", "0", "6"), appeals(r, "review"));
        assertEquals(List.of("0", "0", "0", "1", "1"), appeals(r, "litigation_direct"));
        assertEquals(List.of("0", "2", "0", "0", "2"), appeals(r, "litigation_after_review"));
        for (String row : List.of("review", "litigation_direct", "litigation_after_review")) {
            // 其� and 尚� stand fourth and fifth; the lone � first can only be 总计, 结� being 结果维持 or 结果纠正
            for (String column : List.of("other", "pending", "total")) {
                assertFalse(warned(r, row, column), row + "/" + column + ": " + r.findings());
            }
        }
        // the two 结� cells do not say which is 结果维持: 0 and 2 could trade places
        assertTrue(warned(r, "litigation_after_review", "upheld"), r.findings().toString());
        assertTrue(warned(r, "litigation_after_review", "corrected"), r.findings().toString());
    }

    @Test
    void readsW3msHeaderLabelsPrintedAcrossAPartialRuleAsOneLabelEach() {
        DocumentResult r = extract(W3M);
        assertEquals(List.of("3", "1", "", "", "4"), appeals(r, "review"));
        assertEquals(List.of("0", "0", "", "", ""), appeals(r, "litigation_direct"));
        assertEquals(List.of("", "4", "", "1", "5"), appeals(r, "litigation_after_review"));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO
                && f.scope().table().filter(t -> t == TableId.APPEALS).isPresent()), r.findings().toString());
    }
}
