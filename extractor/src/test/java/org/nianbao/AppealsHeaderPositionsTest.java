package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.TableId;

/**
 * Table 四 in Markdown, which keeps every position of the table: the header names each of the
 * fifteen columns in a cell of its own, at the place its value stands in the row below, so blank
 * cells in that row are blanks, not artefacts of flattening (the ratchet corpus's
 * {@code text-markdown/0075-2021.md}, seed 2024; values checked against the row as printed).
 */
class AppealsHeaderPositionsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final List<String> ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    private static final List<String> COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private static final String GROUPS = "| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";
    private static final String COLUMNS_ROW = "| 结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 |  |  |  |  "
            + "| 复议后起诉 |  |  |  |  |\n"
            + "|  |  |  |  |  | 结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 |\n";
    private static final String VALUES = "|  | 0 | 0 |  |  |  |  |  |  | 0 | 2 | 0 | 3 | 0 | 5 |\n";

    private static DocumentResult extract(String table) {
        String text = "# 康泉市卫生健康委员会2024年政府信息公开工作年度报告\n\n## 四、政府信息公开行政复议、行政诉讼情况\n\n"
                + table + "\n## 五、存在的主要问题及改进情况\n\n无。\n";
        return EXTRACTOR.extract("t.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> values(DocumentResult r) {
        List<String> out = new ArrayList<>();
        for (String row : ROWS) {
            for (String column : COLUMNS) {
                out.add(r.report().cell(CanonicalKey.of(TableId.APPEALS, row, column)).map(c -> c.value().render())
                        .orElse("(missing)"));
            }
        }
        return out;
    }

    private static boolean flagged(DocumentResult r, String row, String column) {
        CanonicalKey key = CanonicalKey.of(TableId.APPEALS, row, column);
        return r.findings().stream().anyMatch(f -> f.warnsAt(key));
    }

    @Test
    void readsBlankCellsAsBlanksWhereTheHeaderNamesEveryColumnAtItsPlace() {
        DocumentResult r = extract(GROUPS + COLUMNS_ROW + VALUES);
        assertEquals(List.of("", "0", "0", "", "", "", "", "", "", "0", "2", "0", "3", "0", "5"), values(r));
        for (String row : ROWS) {
            for (String column : COLUMNS) {
                assertTrue(!flagged(r, row, column), row + "/" + column + ": " + r.findings());
            }
        }
    }

    @Test
    void readsARowPrintingEveryFieldWhereItStandsThoughAHeaderRowIsNarrower() {
        // the group row lost a place (复议后起诉 one cell to the left): the header no longer proves
        // where the values stand, but a Markdown row printing exactly the table's fifteen fields
        // lost no blank, so its fields are its cells in order (fa18: rows of text that prints empty
        // fields keep their blank cells even where other rows' counts do not fit)
        String shifted = COLUMNS_ROW.replace("|  |  |  |  | 复议后起诉 |  |  |  |  |\n", "|  |  |  | 复议后起诉 |  |  |  |  |\n");
        DocumentResult r = extract(GROUPS + shifted + VALUES);
        assertEquals(List.of("", "0", "0", "", "", "", "", "", "", "0", "2", "0", "3", "0", "5"), values(r));
    }

    @Test
    void keepsTheDoubtWhereTheValuesRowLostAField() {
        // one field fewer than the table's columns: a blank was lost somewhere, and the header
        // cannot say where, so the blanks are in doubt
        String lost = VALUES.replaceFirst("\\|  \\| 0 \\| 0 \\|", "| 0 | 0 |");
        DocumentResult r = extract(GROUPS + COLUMNS_ROW + lost);
        assertTrue(flagged(r, "review", "upheld") || flagged(r, "review", "other"), r.findings().toString());
    }
}
