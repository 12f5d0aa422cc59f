package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;

/**
 * A figure whose digits sit in boxes the layout draws in another order than written (CSS-offset
 * anti-scraping, fix21h): read as drawn where the order is certain, else the cell is doubted. Every
 * figure here was checked on a Chromium screenshot (859 unless said otherwise).
 */
class HtmlBoxOrderTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue,
            org.nianbao.read.script.PageScripts.notRun());

    private GridCell cell(String head, String td) {
        DocumentContent c = reader.read(("<html><head>" + head + "</head><body><table><tr><td>规章</td>" + td
                + "</tr></table></body></html>").getBytes(StandardCharsets.UTF_8));
        return c.grids().get(0).rows().get(0).get(1);
    }

    private static String notes(GridCell c) {
        return c.notes().stream().map(n -> n.kind() + ":" + n.text() + " (" + n.how() + ")")
                .collect(Collectors.joining("; "));
    }

    private static boolean doubted(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL);
    }

    @Test
    void readsTheItemsOfABoxLaidOutRightToLeftInTheOrderDrawn() {
        String nine = "<span>9</span><span>5</span><span>8</span>";
        String cells = "<span style=\"display:table-cell\">9</span><span style=\"display:table-cell\">5</span>"
                + "<span style=\"display:table-cell\">8</span>";
        for (String td : List.of("<td><span style=\"display:inline-flex;direction:rtl\">" + nine + "</span></td>",
                "<td><span style=\"display:inline-table;direction:rtl\">" + cells + "</span></td>",
                "<td><span style=\"display:inline-grid;grid-auto-flow:column;direction:rtl\">" + nine + "</span></td>",
                "<td><span class=rt>" + nine + "</span></td>",
                "<td><span style=\"display:inline-flex;flex-direction:row-reverse\">" + nine + "</span></td>",
                "<td><span dir=\"rtl\" style=\"display:inline-flex\">" + nine + "</span></td>",
                "<td dir=\"rtl\"><span style=\"display:inline-flex\">" + nine + "</span></td>",
                "<td><span style=\"display:inline-flex;direction:rtl\">\n  <span>9</span>\n  <span>5</span>8\n</span></td>",
                "<td><span style=\"display:inline-flex;direction:rtl\"><span>9</span>5<span>8</span></span></td>",
                "<td><span style=\"display:inline-flex;direction:rtl;unicode-bidi:bidi-override\">" + nine + "</span></td>")) {
            GridCell c = cell("<style>.rt{display:inline-flex;flex-direction:row;direction:rtl}</style>", td);
            assertEquals("859", c.text(), td);
            assertTrue(c.notes().isEmpty(), td + " " + notes(c));
        }
        // each item keeps its own order: 9 | 58 drawn 58 then 9
        assertEquals("589", cell("", "<td><span style=\"display:inline-flex;direction:rtl\"><span>9</span>"
                + "<span>58</span></span></td>").text());
        GridCell row = cell("", "<td><span style=\"display:inline-table;direction:rtl\"><span style=\"display:table-row\">"
                + "<span style=\"display:table-cell\">9</span><span style=\"display:table-cell\">58</span></span></span></td>");
        assertEquals("589", row.text(), "a row's cells right to left");
        assertTrue(row.notes().isEmpty(), notes(row));
        assertEquals("859", cell("", "<td><div style=\"display:flex;direction:rtl\"><span>9</span><span>5</span>"
                + "<span>8</span></div></td>").text(), "a block flex box");
    }

    @Test
    void doubtsItemsLaidOutRightToLeftInAWayNotWorkedOut() {
        for (String box : List.of("display:inline-grid;grid-template-columns:repeat(3,1ch);direction:rtl",
                "display:inline-flex;direction:rtl;writing-mode:vertical-rl",
                "display:inline-flex;flex-direction:column;direction:rtl;writing-mode:sideways-lr",
                "display:inline-flex;flex-flow:row wrap-reverse", "display:inline-flex;flex-direction:column-reverse")) {
            GridCell c = cell("", "<td><span style=\"" + box + "\"><span>9</span><span>5</span><span>8</span></span></td>");
            assertTrue(doubted(c), box + " " + notes(c));
        }
        GridCell blocks = cell("", "<td><div style=\"display:flex;direction:rtl\"><div>9</div><div>5</div><div>8</div></div></td>");
        assertTrue(doubted(blocks), notes(blocks));
        GridCell anonymous = cell("", "<td><span style=\"display:inline-table;direction:rtl\"><span style=\"display:table-cell\">"
                + "9</span>58</span></td>");
        assertTrue(doubted(anonymous), "text in a cell the browser makes: " + notes(anonymous));
    }

    @Test
    void readsBoxesLaidOutAsWrittenAsWritten() {
        for (String box : List.of("display:inline-flex", "display:inline-flex;direction:ltr",
                "display:inline-block;direction:rtl", "display:inline-flex;flex-direction:row-reverse;direction:rtl")) {
            GridCell c = cell("", "<td><span style=\"" + box + "\"><span>8</span><span>5</span><span>9</span></span></td>");
            assertEquals("859", c.text(), box);
            assertTrue(c.notes().isEmpty(), box + " " + notes(c));
        }
        GridCell whole = cell("", "<td><span style=\"display:inline-flex;direction:rtl\"><span>859</span></span></td>");
        assertEquals("859", whole.text(), "one item holding the whole figure");
        assertTrue(whole.notes().isEmpty(), notes(whole));
    }

    @Test
    void doubtsAFigureWhosePiecesANegativeMarginOrAnIndentCanDrawOutOfOrder() {
        for (String td : List.of(
                "<td><span style=\"display:inline-block;margin-left:1.272em\">9</span>"
                        + "<span style=\"display:inline-block;margin-left:-1.908em\">85</span></td>",
                "<td>9<span style=\"margin-left:-1.9em\">85</span></td>",
                "<td><span style=\"margin-right:-20px\">9</span>85</td>",
                "<td><span style=\"margin:0 -1.9em 0 0\">9</span>85</td>",
                "<td>9<span style=\"margin-inline-start:-1.9em\">85</span></td>",
                "<td>9<span style=\"margin-left:-2vw\">85</span></td>",
                "<td>9<span><i style=\"margin-left:-1.9em\">85</i></span></td>",
                "<td>9<span style=\"display:inline-block;margin-left:-1.9em\"></span>85</td>",
                "<td><span class=p>9</span>85</td>",
                "<td>9<span style=\"display:inline-block;text-indent:-1.9em\">85</span></td>",
                "<td><span style=\"letter-spacing:-1.2em\">958</span></td>",
                "<td><span style=\"word-spacing:-30px\">9 85</span></td>")) {
            GridCell c = cell("<style>.p{margin-right:-1.3em;display:inline-block}</style>", td);
            assertTrue(doubted(c), td + " " + notes(c));
        }
    }

    @Test
    void ordinaryMarginsAndPaddingLeaveAFigureAlone() {
        for (String td : List.of("<td><span style=\"margin-left:1em\">9</span><span style=\"margin-left:2px\">85</span></td>",
                "<td><span style=\"padding:0 4px;margin:0 2px\">98</span>5</td>",
                "<td>9<span style=\"margin-left:-1px\">85</span></td>",
                "<td><span style=\"margin-left:-2em\">985</span></td>",
                "<td><span style=\"margin-left:-2em\"></span>985</td>",
                "<td style=\"text-indent:2em\"><span style=\"display:inline-block\">9</span>85</td>",
                "<td style=\"letter-spacing:-1px;word-spacing:-2px\">9<span>85</span></td>",
                "<td style=\"letter-spacing:2px;word-spacing:1em\">985</td>")) {
            GridCell c = cell("", td);
            assertEquals("985", c.text(), td);
            assertTrue(c.notes().isEmpty(), td + " " + notes(c));
        }
    }
}
