package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/** pandoc's Markdown ({@code -t markdown}, {@code gfm}, {@code commonmark}) writes tables with merged cells as raw HTML. */
class MarkdownRawHtmlTablesTest {

    private final TextFormatReader reader = new TextFormatReader(new ValueParser()::isValue);

    /** As pandoc -t markdown prints a page: a pipe table, then a raw HTML table (its tag split over two lines), then prose. */
    private static final String MARKDOWN = String.join("\n",
            "# 某县2022年政府信息公开工作年度报告",                 // 1
            "",
            "**二、主动公开政府信息情况**",                          // 3
            "",
            "| 信息内容 | 本年制发件数 |",                          // 5
            "|---|---|",
            "| 规章 | 3 |",                                         // 7
            "",
            "**三、收到和处理政府信息公开申请情况**",                // 9
            "",
            "<table style=\"width:100%;\" data-border=\"1\"",        // 11
            "data-cellspacing=\"0\">",
            "<tbody>",
            "<tr class=\"odd\">",
            "<td colspan=\"2\" rowspan=\"2\">（本列数据的勾稽关系为：…）</td>",
            "<td colspan=\"2\">申请人情况</td>",
            "</tr>",
            "<tr class=\"even\">",
            "<td>自然人</td>",
            "<td><p>总计</p></td>",
            "</tr>",
            "<tr class=\"odd\">",
            "<td colspan=\"2\">一、本年新收政府信息公开申请<br />",
            "数量</td>",
            "<td>284</td>",
            "<td></td>",
            "</tr>",
            "</tbody>",
            "</table>",                                               // 29
            "",
            "**四、政府信息公开行政复议、行政诉讼情况**",            // 31
            "",
            "无。");                                                  // 33

    private DocumentContent read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(List<GridCell> row) {
        return row.stream().map(GridCell::text).toList();
    }

    @Test
    void readsARawHtmlTableAsTheExactGridItIsWithItsSpans() {
        CellGrid table = read(MARKDOWN).grids().stream().filter(g -> g.positions() == Positions.EXACT).findFirst()
                .orElseThrow();
        assertEquals(List.of("自然人", "总计"), texts(table.rows().get(1)).subList(2, 4));
        assertEquals(List.of("一、本年新收政府信息公开申请\n数量", "", "284", ""), texts(table.rows().get(2)));
        assertTrue(table.rows().get(2).get(1).spanned(), "the label's colspan covers the second column");
        assertEquals(new Location.TableCell(1, 3, 3), table.rows().get(2).get(2).where(), "the file's first <table>");
    }

    @Test
    void keepsTheGridsInTheFilesOrderAndTheTextsLinesWhereTheFilePrintsThem() {
        List<CellGrid> grids = read(MARKDOWN).grids();
        int pipe = holding(grids, "规章");
        int html = holding(grids, "申请人情况");
        int after = holding(grids, "**四、政府信息公开行政复议、行政诉讼情况**");
        assertTrue(pipe >= 0 && pipe < html && html < after, "grids in the file's order: " + pipe + ", " + html + ", " + after);
        assertEquals(List.of(new Location.Line(7)), where(grids.get(pipe), "3"));
        assertEquals(List.of(new Location.Line(31)), where(grids.get(after), "**四、政府信息公开行政复议、行政诉讼情况**"));
    }

    private static int holding(List<CellGrid> grids, String text) {
        for (int i = 0; i < grids.size(); i++) {
            if (!where(grids.get(i), text).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Location> where(CellGrid grid, String text) {
        return grid.rows().stream().flatMap(List::stream).filter(c -> c.text().equals(text)).map(GridCell::where).toList();
    }

    @Test
    void leavesTheMarkupOutOfTheRunningText() {
        List<String> text = read(MARKDOWN).text().stream().map(l -> l.text()).toList();
        assertTrue(text.stream().noneMatch(l -> l.contains("<td") || l.contains("<table")), text.toString());
        assertTrue(text.contains("**四、政府信息公开行政复议、行政诉讼情况**"));
    }

    @Test
    void numbersTablesAcrossBlocksAsTheFilesTableElements() {
        String two = "<table><tr><td>规章</td><td>3</td></tr></table>\n\n正文\n\n"
                + "<table>\n<tr><td>行政许可</td><td>5</td></tr>\n</table>\n";
        List<CellGrid> grids = read(two).grids().stream().filter(g -> g.positions() == Positions.EXACT).toList();
        assertEquals(new Location.TableCell(2, 1, 2), grids.get(1).rows().get(0).get(1).where());
    }

    @Test
    void readsATableOpenedAfterOtherTagsOnItsLine() {
        String wrapped = "正文\n\n<div class=\"table\"><table>\n<tr><td>规章</td><td>3</td></tr>\n</table></div>\n\n正文\n";
        List<CellGrid> grids = read(wrapped).grids().stream().filter(g -> g.positions() == Positions.EXACT).toList();
        assertEquals(List.of("规章", "3"), texts(grids.get(0).rows().get(0)));
    }

    @Test
    void readsATableNeverClosedToTheEndOfTheText() {
        String open = "正文\n\n<table>\n<tr><td>规章</td><td>3</td></tr>\n";
        List<CellGrid> grids = read(open).grids().stream().filter(g -> g.positions() == Positions.EXACT).toList();
        assertEquals(List.of("规章", "3"), texts(grids.get(0).rows().get(0)));
    }

    @Test
    void readsTextWithoutRawHtmlTablesAsBefore() {
        String plain = "规章\t3\n行政规范性文件\t4\n";
        assertEquals(new TextFormatReader(new ValueParser()::isValue).read(plain.getBytes(StandardCharsets.UTF_8)).grids(),
                read(plain).grids());
        assertTrue(read(plain).grids().stream().allMatch(g -> g.positions() != Positions.EXACT));
    }
}
