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
 * Table 四 printed turned a quarter: the results (结果维持 … 总计) down the rows and the groups across
 * (red-team cases turned-appeals-*): each value is read under its row's result and its column's
 * group, never as the form's one row of fifteen in reading order; when the groups cannot be placed
 * the whole table is flagged.
 */
class TurnedAppealsTest {

    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());
    private static final String TITLE = "测试县2021年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n";
    private static final String END = "五、存在的主要问题及改进情况\n";
    private static final List<String> RESULTS = List.of("upheld", "corrected", "other", "pending", "total");

    private static DocumentResult extract(String table) {
        return EXTRACTOR.extract("a.txt", (TITLE + table + END).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> group(DocumentResult r, String group) {
        return RESULTS.stream().map(c -> r.report().cell(CanonicalKey.of(TableId.APPEALS, group, c))
                .map(x -> x.value().render()).orElse("(missing)")).toList();
    }

    private static List<String> appealsRules(DocumentResult r) {
        return r.findings().stream().filter(f -> f.scope().table().filter(TableId.APPEALS::equals).isPresent())
                .map(Finding::rule).toList();
    }

    @Test
    void readsEachValueUnderItsRowsResultAndItsColumnsGroup() {
        DocumentResult r = extract("\t行政复议\t未经复议直接起诉\t复议后起诉\n"
                + "结果维持\t1\t2\t0\n"
                + "结果纠正\t0\t1\t3\n"
                + "其他结果\t2\t0\t0\n"
                + "尚未审结\t0\t0\t1\n"
                + "总计\t3\t3\t4\n");
        assertEquals(List.of("1", "0", "2", "0", "3"), group(r, "review"));
        assertEquals(List.of("2", "1", "0", "0", "3"), group(r, "litigation_direct"));
        assertEquals(List.of("0", "3", "0", "1", "4"), group(r, "litigation_after_review"));
        assertEquals(List.of("table-turned"), appealsRules(r));
    }

    @Test
    void readsTheGroupsInTheOrderTheHeaderNamesThemUnderATwoLevelHeader() {
        DocumentResult r = extract("\t行政诉讼\t\t行政复议\n"
                + "\t复议后起诉\t未经复议直接起诉\t\n"
                + "总计\t4\t3\t3\n"
                + "结果维持\t0\t2\t1\n"
                + "结果纠正\t3\t1\t0\n"
                + "其他结果\t0\t0\t2\n"
                + "尚未审结\t1\t0\t0\n");
        assertEquals(List.of("1", "0", "2", "0", "3"), group(r, "review"));
        assertEquals(List.of("2", "1", "0", "0", "3"), group(r, "litigation_direct"));
        assertEquals(List.of("0", "3", "0", "1", "4"), group(r, "litigation_after_review"));
    }

    @Test
    void readsAnEmptyCellOfSpaceAlignedTextAsABlankUnderTheGroupWhoseColumnItLeaves() {
        // pdftotext -layout of a LibreOffice print: empty cells leave no text, the label wraps in its cell
        DocumentResult r = extract("         行政复议         未经复议直接起   复议后起诉\n"
                + "                      诉\n"
                + "结果维持     0                      0\n"
                + "结果纠正     0            3\n"
                + "其他结果     0                      0\n"
                + "尚未审结                            3\n"
                + "总计       0            3         3\n");
        assertEquals(List.of("0", "0", "0", "", "0"), group(r, "review"));
        assertEquals(List.of("", "3", "", "", "3"), group(r, "litigation_direct"));
        assertEquals(List.of("0", "", "0", "3", "3"), group(r, "litigation_after_review"));
    }

    @Test
    void flagsTheWholeTableWhenItsHeaderDoesNotNameEveryGroup() {
        DocumentResult r = extract("\t行政复议\t行政诉讼\t\n"
                + "结果维持\t1\t2\t0\n"
                + "结果纠正\t0\t1\t3\n"
                + "其他结果\t2\t0\t0\n"
                + "尚未审结\t0\t0\t1\n"
                + "总计\t3\t3\t4\n");
        Finding f = r.findings().stream().filter(x -> x.rule().equals("cells-ambiguous")).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertEquals(Scope.table(TableId.APPEALS), f.scope());
        assertTrue(RESULTS.stream().noneMatch(c -> r.report().cell(CanonicalKey.of(TableId.APPEALS, "review", c)).isPresent()),
                r.report().toString());
    }

    @Test
    void flagsTheWholeTableWhenARowIsShortOfAValueAndNoColumnTellsWhich() {
        // text with no columns to go by (tab-separated, a cell lost): which group lost it cannot be told
        DocumentResult r = extract("\t行政复议\t未经复议直接起诉\t复议后起诉\n"
                + "结果维持\t1\t2\n"
                + "结果纠正\t0\t1\t3\n"
                + "其他结果\t2\t0\t0\n"
                + "尚未审结\t0\t0\t1\n"
                + "总计\t3\t3\t4\n");
        assertTrue(r.findings().stream().anyMatch(x -> x.rule().equals("cells-ambiguous")
                && x.scope().equals(Scope.table(TableId.APPEALS))), r.findings().toString());
        assertEquals(List.of("(missing)", "(missing)", "(missing)", "(missing)", "(missing)"), group(r, "review"));
    }

    @Test
    void flagsTheWholeTableWhenAGroupLabelStandsInTheResultsLabelColumn() {
        // Chromium's innerText of a header whose 项目 and 行政复议 span both lines writes no cell for them on the
        // second, so 未经复议直接起诉 starts the line where the results' labels stand (red team 26): by the cells'
        // places it would head 行政复议's column and the sums would still hold
        DocumentResult r = extract("项目\t行政复议\t行政诉讼\n"
                + "未经复议直接起诉\t复议后起诉\n"
                + "结果维持\t\t1\t0\n"
                + "结果纠正\t\t\t\n"
                + "其他结果\t0\t\t4\n"
                + "尚未审结\t0\t4\t\n"
                + "总计\t0\t5\t4\n");
        assertTrue(r.findings().stream().anyMatch(x -> x.rule().equals("cells-ambiguous")
                && x.scope().equals(Scope.table(TableId.APPEALS))), r.findings().toString());
        assertEquals(List.of("(missing)", "(missing)", "(missing)", "(missing)", "(missing)"), group(r, "review"));
    }
}
