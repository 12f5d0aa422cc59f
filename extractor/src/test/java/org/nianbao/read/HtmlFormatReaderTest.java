package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.reconstruct.GridDrawing.draw;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextLine;

class HtmlFormatReaderTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue);

    private DocumentContent read(String html) {
        return reader.read(html.getBytes(StandardCharsets.UTF_8));
    }


    @Test
    void expandsRowAndColumnSpansIntoSpannedPositions() {
        DocumentContent c = read("<table><tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>"
                + "<tr><td>C</td></tr><tr><td>D</td><td colspan=\"2\">E</td></tr></table>");
        CellGrid g = c.grids().get(0);
        assertEquals(Positions.EXACT, g.positions());
        assertEquals("A|^|B\n^|^|C\nD|E|^\n", draw(g));
        assertEquals("table:1 row:2 col:3", g.rows().get(1).get(2).where().render());
        assertEquals("table:1 row:2 col:1", g.rows().get(1).get(0).where().render());
    }

    @Test
    void cutsARowspanAtTheEndOfItsRowGroup() {
        DocumentContent c = read("<table><thead><tr><th rowspan=5>H</th><th>x</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>");
        assertEquals("H|x\n1|2\n", draw(c.grids().get(0)));
    }

    @Test
    void readsOnlyTheInnermostTablesAndNumbersEveryTableInDocumentOrder() {
        DocumentContent c = read("<table><tr><td>首页</td></tr></table>"
                + "<table><tr><td><h1>示例县2020年政府信息公开工作年度报告</h1>"
                + "<table><tr><td>规章</td><td>3</td></tr></table>"
                + "<p>说明</p><table><tr><td>行政许可</td><td>7</td></tr></table></td></tr></table>");
        assertEquals(3, c.grids().size());
        assertEquals("规章|3\n", draw(c.grids().get(1)));
        assertEquals("table:3 row:1 col:2", c.grids().get(1).rows().get(0).get(1).where().render());
        assertEquals("table:4 row:1 col:2", c.grids().get(2).rows().get(0).get(1).where().render());
        assertEquals(List.of("示例县2020年政府信息公开工作年度报告", "说明"), c.text().stream().map(TextLine::text).toList());
    }

    @Test
    void readsADataTablesCaptionAsRunningTextPrintedOverIt() {
        DocumentContent c = read("<p>一、总体情况</p><table><caption style=\"color:red\">更正说明：“规章”的“本年新公开数量”7件系笔误，应为9件。"
                + "</caption><tr><td>规章</td><td>7</td></tr></table><p>三、收到和处理政府信息公开申请情况</p>");
        assertEquals("规章|7\n", draw(c.grids().get(0)));
        assertEquals(List.of("一、总体情况", "更正说明：“规章”的“本年新公开数量”7件系笔误，应为9件。", "三、收到和处理政府信息公开申请情况"),
                c.text().stream().map(TextLine::text).toList());
    }

    @Test
    void readsTextThePageShowsFromOutsideItsFlowAfterThePage() {
        String note = "更正说明：“规章”的“本年新公开数量”7件系笔误，应为9件。";
        String encoded = java.net.URLEncoder.encode("<p>" + note + "</p>", StandardCharsets.UTF_8).replace("+", "%20");
        for (String shown : List.of("<svg width=\"600\" height=\"30\"><text x=\"0\" y=\"20\">" + note + "</text></svg>",
                "<iframe srcdoc=\"<p style='color:red'>" + note + "</p>\"></iframe>",
                "<object type=\"text/html\" data=\"data:text/html;charset=utf-8," + encoded + "\"></object>",
                "<script>document.write('<p style=\"color:red\">" + note + "</p>');</script>",
                "<script>document.write(\"<p>" + escapedAsPortalsWriteIt(note) + "<\\/p>\");</script>")) {
            DocumentContent c = read("<h1>示例县2019年政府信息公开工作年度报告</h1>" + shown
                    + "<table><tr><td>规章</td><td>7</td></tr></table>");
            assertEquals("规章|7\n", draw(c.grids().get(0)), shown);
            assertEquals(note, c.text().get(c.text().size() - 1).text(), shown);
        }
    }

    /** Every character outside ASCII as a Unicode escape, as CMS templates and minifiers write script strings. */
    private static String escapedAsPortalsWriteIt(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    @Test
    void readsWordMarkupAsTheTextAReaderSees() {
        DocumentContent c = read("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>"
                + "<p class=MsoNormal><b><span style='font-family:黑体'>示例县2020年政府信息公开<span lang=EN-US>"
                + "</span>工作年度报告<o:p></o:p></span></b></p>\r\n"
                + "<table class=MsoNormalTable><tr><td><p class=MsoNormal><span style='font-family:宋体'>本年新</span>"
                + "<span>制作\r\n数量</span><span lang=EN-US><o:p></o:p></span></p></td>"
                + "<td><p class=MsoNormal><span lang=EN-US>1<span>3</span>89<o:p></o:p></span></p></td>"
                + "<td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>"
                + "<td><p class=MsoNormal>第一行</p><p class=MsoNormal>第二行<br>第三行</p></td></tr>"
                + "<![if !supportMisalignedColumns]><tr height=0><td style='border:none'></td></tr><![endif]>"
                + "</table></body></html>");
        List<GridCell> row = c.grids().get(0).rows().get(0);
        assertEquals("本年新制作 数量", row.get(0).text());
        assertEquals("1389", row.get(1).text());
        assertEquals("", row.get(2).text());
        assertEquals("第一行\n第二行\n第三行", row.get(3).text());
        assertEquals("示例县2020年政府信息公开工作年度报告", c.text().get(0).text());
    }

    @Test
    void locatesRunningTextByItsLineInThePageSource() {
        DocumentContent c = read("<html>\n<body>\n<h1>\n  标题</h1>\n<p>第一段</p><p>第二段</p>\n</body></html>");
        assertEquals(List.of("line:4", "line:5", "line:5"), c.text().stream().map(t -> t.where().render()).toList());
    }

    @Test
    void rebuildsTablesFlattenedIntoPreformattedTextWhenNoTableHoldsAValue() {
        DocumentContent c = read("<table><tr><td>导航</td></tr></table><pre>\n信息内容\t本年新制作数量\n规章\t3\t5\t48\n</pre>");
        assertEquals(2, c.grids().size());
        CellGrid flat = c.grids().get(1);
        assertEquals(Positions.FLATTENED, flat.positions());
        assertEquals("规章|3|5|48\n", draw(new CellGrid(List.of(flat.rows().get(1)), flat.positions())));
        assertEquals("line:3", flat.rows().get(1).get(3).where().render());
    }

    @Test
    void leavesTextAloneWhenTheTablesHoldValues() {
        DocumentContent c = read("<table><tr><td>规章</td><td>3</td></tr></table><p>规章\t9</p>");
        assertEquals(1, c.grids().size());
        assertFalse(c.failed());
        assertTrue(c.findings().isEmpty());
    }

    @Test
    void readsSpanAttributesTheWayBrowsersDo() {
        assertEquals(3, HtmlFormatReader.span(" 3 ", 1));
        assertEquals(2, HtmlFormatReader.span("2px", 1));
        assertEquals(1, HtmlFormatReader.span("", 1));
        assertEquals(1, HtmlFormatReader.span("x", 1));
    }

    @Test
    void readsTheHeaderGroupFirstAndTheFooterGroupLastWhereverTheyStandInTheSource() {
        DocumentContent c = read("<table><tfoot><tr><td>总计</td><td>9</td></tr></tfoot>"
                + "<tbody><tr><td>规章</td><td>4</td></tr></tbody>"
                + "<thead><tr><td>信息内容</td><td>数量</td></tr></thead></table>");
        List<List<GridCell>> rows = c.grids().get(0).rows();
        assertEquals("信息内容", rows.get(0).get(0).text());
        assertEquals("规章", rows.get(1).get(0).text());
        assertEquals("总计", rows.get(2).get(0).text());
    }
}
