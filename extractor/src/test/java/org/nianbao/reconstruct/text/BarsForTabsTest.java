package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarsForTabsTest {

    /**
     * Tables 二 (its first rows) and 四 of a Chromium {@code innerText} copy (red team rte's seed 1203 page
     * {@code 0004-2019.html}, copied by {@code tools/redteam/rtz/innertext.py}): its {@code <br>}-wrapped header cells and paragraph cells print pieces of a
     * row on lines apart, starting or ending with a tab.
     */
    private static final List<String> COPY = List.of(
            "信息内容\t", "", "本年新制作数量", "", "\t", "", "本年新公开数量", "", "\t对外公开总数量", "规章\t16\t", "", "0", "", "\t277671",
            "", "", "规范性文件", "", "\t7\t0\t26", "第二十条第（五）项", "", "", "信息内容", "", "\t上一年项目数量\t本年增/减\t处理决定数量", "", "",
            "行政许可", "", "\t337\t0\t0", "其他对外管理服务事项\t", "", "220", "", "\t0\t163519", "", "", "第二十条第（六）项", "", "",
            "信息内容\t上一年项目数量\t", "", "本年增/减", "", "\t处理决定数量", "行政处罚\t", "", "267",
            "四、政府信息公开行政复议、行政诉讼情况", "", "行政复议\t行政诉讼", "结果维持\t", "", "结果纠正", "", "\t", "",
            "其他结果", "", "\t", "", "尚未审结", "", "\t总计\t未经复议直接起诉\t复议后起诉",
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t", "", "结果纠正", "", "\t其他结果\t尚未审结\t", "",
            "总计", "", "", "", "", "0", "", "\t0\t0\t", "", "0", "", "\t0\t0\t0\t0\t1\t", "", "1", "", "\t", "", "0", "",
            "\t1\t", "", "0", "", "\t2\t3");

    @Test
    void readsCopyWithTabsReplacedBySpacedBarsAsTheCopy() {
        // sed 's/\t/ | /g': red team rte's chromium-innertext-sed-tabs-to-bars-2019.txt
        List<String> barred = COPY.stream().map(l -> l.replace("\t", " | ")).toList();
        assertEquals(COPY, BarsForTabs.of(barred));
    }

    @Test
    void readsCopyWithTabsReplacedByFullWidthBarsAsTheCopy() {
        List<String> barred = COPY.stream().map(l -> l.replace("\t", "\uFF5C")).toList();
        assertEquals(COPY, BarsForTabs.of(barred));
    }

    @Test
    void readsCopyWhoseBarsAnEditorTrimmedAtLineEndsAsTheCopy() {
        // the trailing space of a last ` | ` gone on saving (`结果维持 |`, a lone tab ` |`): the line still ended in a tab
        List<String> barred = COPY.stream().map(l -> l.replace("\t", " | ").stripTrailing()).toList();
        assertEquals(COPY, BarsForTabs.of(barred));
    }

    @Test
    void readsCopyWithTabsReplacedByBareBarsAsTheCopy() {
        // tr '\t' '|': red team rtj's chromium-innertext-rtj-tr-bare-bar-rejected-confirm-2021.txt
        List<String> barred = COPY.stream().map(l -> l.replace("\t", "|")).toList();
        assertEquals(COPY, BarsForTabs.of(barred));
    }

    @Test
    void readsHtml2textMarkdownWithoutOuterPipesAsItStands() {
        // Python html2text writes "| " before each cell but the first: its paragraph cells' lines open with "| "
        List<String> markdown = COPY.stream().map(l -> l.replace("\t", "| ")).toList();
        assertSame(markdown, BarsForTabs.of(markdown));
    }

    @Test
    void readsSpacedBarCopyTrimmedAtBothEndsAsTheCopy() {
        // sed 's/\t/ | /g' then each line stripped: lines open "| ", a lone tab is "|" (rtj's trimmed-lines case)
        List<String> barred = COPY.stream().map(l -> l.replace("\t", " | ").strip()).toList();
        assertEquals(COPY, BarsForTabs.of(barred));
    }

    @Test
    void readsHtml2textMarkdownAsItStandsWhenSpacedBarsOpenItsLines() {
        // a line opening "| " is a trimmed copy's only where no line ends with a bar against its text (信息内容|)
        List<String> markdown = COPY.stream().map(l -> l.replace("\t", "| ").replace("| ", " | ").strip()
                .replaceAll("\\s\\|$", "|")).toList();
        assertSame(markdown, BarsForTabs.of(markdown));
    }

    @Test
    void leavesOutADelimiterRowAddedToASpacedBarCopy() {
        // a person made the first table render in a Markdown editor (rtj's markdown-delimiter case)
        List<String> barred = new java.util.ArrayList<>(COPY.stream().map(l -> l.replace("\t", " | ")).toList());
        barred.add(1, "--- | ---");
        assertEquals(java.util.Set.of(1), BarsForTabs.addedDelimiterRows(barred));
    }

    @Test
    void keepsAMarkdownTablesOwnDelimiterRows() {
        List<String> markdown = new java.util.ArrayList<>(COPY.stream().map(l -> l.replace("\t", "| ")).toList());
        markdown.add(1, "---|---");
        assertEquals(java.util.Set.of(), BarsForTabs.addedDelimiterRows(markdown));
        List<String> framed = List.of("| 信息内容 | 本年制发件数 |", "| --- | --- |", "| 规章 | 0 |");
        assertEquals(java.util.Set.of(), BarsForTabs.addedDelimiterRows(framed));
    }

    @Test
    void readsMarkdownPipeTableAsItStands() {
        // framed rows start and end with a bar, and a delimiter row stands under the header
        List<String> table = List.of("| 信息内容 | 本年制发件数 | 本年废止件数 |", "| --- | --- | --- |",
                "| 规章 | 0 | 1 |", "| 行政规范性文件 | 3 | 1 |", "|  | 0 | 0 |", "| 其他 |  |  |",
                "|  | 2 | 2 |", "| 合计 |  |  |", "|  | 5 | 4 |", "| 小计 | 1 |  |", "|  | 7 | 7 |");
        assertSame(table, BarsForTabs.of(table));
    }

    @Test
    void readsTextWithFewOpenBarsAsItStands() {
        // a breadcrumb and a couple of bars in prose: no copy's rows
        List<String> text = List.of("首页 | 政务公开 | 年度报告", " | 返回顶部", "联系我们 | ", "", "行政许可 | 12",
                " | 网站地图", "打印本页 | ");
        assertSame(text, BarsForTabs.of(text));
    }

    @Test
    void readsTextHoldingTabsAsItStands() {
        List<String> text = COPY.stream().map(l -> l.replace("\t", " | ") + "\t").toList();
        assertSame(text, BarsForTabs.of(text));
    }
}
