package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;

/** A report's table written as a CSS grid of divs is read as the table the page shows, where its placement is certain. */
class GridTablesTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue);

    private DocumentContent read(String gridStyle, String items) {
        return reader.read(("<!DOCTYPE html><html><head><style>.g{display:grid;" + gridStyle + "}</style></head><body>"
                + "<div class=g>" + items + "</div></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static List<CellGrid> tables(DocumentContent content) {
        return content.grids().stream().filter(g -> g.rows().stream().flatMap(List::stream)
                .anyMatch(c -> c.where().render().startsWith("table:"))).toList();
    }

    private static String texts(List<GridCell> row) {
        return String.join("|", row.stream().map(c -> c.spanned() ? "^" : c.text().strip()).toList());
    }

    @Test
    void aGridOfDivsIsReadRowByRowInTheColumnsItsTemplateCounts() {
        DocumentContent content = read("grid-template-columns:repeat(3,auto)",
                "<div>项目</div><div>本年新制作数量</div><div>本年新公开数量</div>"
                + "<div>规章</div><div>524</div><div>7</div><div>规范性文件</div><div>306</div><div>12</div>");
        List<CellGrid> tables = tables(content);
        assertEquals(1, tables.size());
        List<List<GridCell>> rows = tables.get(0).rows();
        assertEquals("规章|524|7", texts(rows.get(1)));
        assertEquals("规范性文件|306|12", texts(rows.get(2)));
        assertEquals("table:1 row:3 col:2", rows.get(2).get(1).where().render());
    }

    @Test
    void anItemSpanningRowsOrColumnsCoversThePositionsCssGivesIt() {
        // 信息内容 spans two rows: the next row's first item goes to the second column, as a browser places it
        DocumentContent content = read("grid-template-columns:120px minmax(4em,1fr) 1fr",
                "<div style=\"grid-column:span 3\">第二十条第（一）项</div>"
                + "<div style=\"grid-row:span 2\">规章</div><div>524</div><div>7</div><div>306</div><div>12</div>");
        List<List<GridCell>> rows = tables(content).get(0).rows();
        assertEquals("第二十条第（一）项|^|^", texts(rows.get(0)));
        assertEquals("规章|524|7", texts(rows.get(1)));
        assertEquals("^|306|12", texts(rows.get(2)));
    }

    @Test
    void anItemTooWideForWhatIsLeftOfItsRowStartsTheNextAndLeavesAHole() {
        DocumentContent content = read("grid-template-columns:repeat(3,1fr)",
                "<div>a</div><div>b</div><div style=\"grid-column:span 2\">c</div><div>d</div>");
        List<List<GridCell>> rows = tables(content).get(0).rows();
        assertEquals("a|b|", texts(rows.get(0)));
        assertEquals("c|^|d", texts(rows.get(1)));
    }

    @Test
    void aGridWhosePlacementDependsOnWhatThisReaderDoesNotWorkOutIsReadAsText() {
        String items = "<div>规章</div><div>524</div><div>7</div><div>规范性文件</div><div>306</div><div>12</div>";
        for (String style : List.of("grid-template-columns:repeat(auto-fill,minmax(100px,1fr))",
                "grid-template-columns:repeat(3,1fr);grid-auto-flow:column",
                "grid-template-columns:repeat(3,1fr);grid-auto-flow:row dense")) {
            assertTrue(tables(read(style, items)).isEmpty(), style);
        }
        assertTrue(tables(read("grid-template-columns:repeat(3,1fr)", "<div style=\"grid-column:2 / 4\">规章</div>"
                + "<div>524</div><div>7</div><div>规范性文件</div><div>306</div><div>12</div>")).isEmpty(), "a line number");
        assertTrue(tables(read("grid-template-columns:repeat(3,1fr)", "<div style=\"order:2\">规章</div>"
                + "<div>524</div><div>7</div><div>规范性文件</div><div>306</div><div>12</div>")).isEmpty(), "an order");
    }

    @Test
    void aHiddenItemTakesNoPlaceInTheGrid() {
        DocumentContent content = read("grid-template-columns:repeat(3,auto)",
                "<div>规章</div><div style=\"display:none\">1</div><div>524</div><div>7</div>"
                + "<div>规范性文件</div><div>306</div><div>12</div>");
        assertEquals("规章|524|7", texts(tables(content).get(0).rows().get(0)));
    }

    @Test
    void aCellPushedAsideByAnOffsetIsStillDoubtedInAGridAndInATable() {
        // red team rtk: two cells swapped on screen by position:relative offsets (CSS偏移反爬) were read in written order
        // once a cell's own box was excused for the grid's sake; only the grid's placement is followed, not an offset
        String swapped = "<div style=\"position:relative;left:120px\">524</div><div style=\"position:relative;left:-120px\">7</div>";
        CellGrid grid = tables(read("grid-template-columns:repeat(3,auto)", "<div>规章</div>" + swapped
                + "<div>规范性文件</div><div>306</div><div>12</div>")).get(0);
        assertTrue(grid.rows().get(0).get(1).notes().stream().anyMatch(n -> n.how().contains("position:relative")),
                grid.rows().get(0).get(1).notes().toString());
        DocumentContent table = reader.read(("<table><tr><td>规章</td><td style=\"position:relative;left:120px\">524</td>"
                + "<td style=\"position:relative;left:-120px\">7</td></tr><tr><td>规范性文件</td><td>306</td>"
                + "<td>12</td></tr></table>").getBytes(StandardCharsets.UTF_8));
        assertTrue(table.grids().get(0).rows().get(0).get(1).notes().stream().anyMatch(n -> n.how().contains("position:relative")),
                table.grids().get(0).rows().get(0).get(1).notes().toString());
    }

    @Test
    void aBoxOutOfTheFlowOrANoscriptTakesNoPlaceInTheGrid() {
        // red team rtk: a ribbon (position:absolute), a fixed link and a <noscript> were taken for cells, the table shifted
        for (String stray : List.of("<div style=\"position:absolute;top:0\">样本 2021</div>",
                "<a style=\"position:fixed;right:0\">返回顶部</a>", "<noscript>请启用脚本</noscript>")) {
            DocumentContent content = read("grid-template-columns:repeat(3,auto)", stray + "<div>规章</div><div>524</div>"
                    + "<div>7</div><div>规范性文件</div><div>306</div><div>12</div>");
            assertEquals("规章|524|7", texts(tables(content).get(0).rows().get(0)), stray);
        }
    }
}
