package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Colour and visibility a cell takes from the table around it ({@link HtmlVisibility#around}): the
 * row's, row group's and table's text colour and {@code bgcolor}, a column's background, inherited
 * visibility and font size, as Chromium shows them (checked with {@code chromium --screenshot} on
 * corpus/redteam/html-tr-*).
 */
class HtmlTableInheritanceTest {

    private final HtmlFormatReader reader = new HtmlFormatReader(new ValueParser()::isValue);

    /** The value cells of a two-row table: row 1 {@code 规章 | 5 | 6}, row 2 {@code 规范性文件 | 7 | 8}. */
    private List<List<GridCell>> table(String head, String tableAttrs, String inside, String row1, String row2) {
        String html = "<html><head>" + head + "</head><body><table" + tableAttrs + ">" + inside + "<tr" + row1
                + "><td>规章</td><td>5</td><td>6</td></tr><tr" + row2 + "><td>规范性文件</td><td>7</td><td>8</td></tr></table></body></html>";
        return reader.read(html.getBytes(StandardCharsets.UTF_8)).grids().get(0).rows();
    }

    private static String texts(List<List<GridCell>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<GridCell> row : rows) {
            sb.append(String.join("|", row.stream().map(GridCell::text).toList())).append('\n');
        }
        return sb.toString();
    }

    @Test
    void leavesOutCellsOfARowWhoseTextIsWhite() {
        for (String attrs : List.of(" style=\"color:#fff\"", " style=\"color: rgb(255,255,255)\"", " class=\"stale\"")) {
            List<List<GridCell>> rows = table("<style>.stale { color: #ffffff }</style>", "", "", attrs, "");
            assertEquals("||\n规范性文件|7|8\n", texts(rows), attrs);
            CellNote note = rows.get(0).get(1).notes().get(0);
            assertEquals(CellNote.Kind.HIDDEN, note.kind(), attrs);
            assertEquals("5", note.text(), attrs);
        }
        assertEquals("||\n规范性文件|7|8\n", texts(table("<style>table tr:nth-child(odd) { color: white }</style>", "", "", "", "")),
                "a striping selector on the rows");
    }

    @Test
    void readsACellThatSetsItsOwnColourOrStandsOnItsOwnBackgroundInAWhiteRow() {
        String html = "<html><body><table><tr style=\"color:#fff;background:#1f4e79\"><td>规章</td><td>5</td></tr>"
                + "<tr style=\"color:#fff\"><td style=\"color:#000\">行政许可</td><td bgcolor=\"#1f4e79\">6</td></tr></table></body></html>";
        List<List<GridCell>> rows = reader.read(html.getBytes(StandardCharsets.UTF_8)).grids().get(0).rows();
        assertEquals("规章|5\n行政许可|6\n", texts(rows));
        assertTrue(rows.get(1).get(1).notes().isEmpty());
    }

    @Test
    void readsTextInARowOfWhiteTextThatSetsItsOwnColourAndLeavesTheRestOut() {
        // red team 14a: a row cleared white, the figures pasted back from Word in black spans, an old digit left over
        String html = "<html><body><table><tr style=\"color:#ffffff\"><td><span style=\"color:black\">规章</span></td>"
                + "<td><span style=\"color:black\">582</span>7</td><td><font color=\"#000000\">79</font><b>3</b></td></tr></table></body></html>";
        List<List<GridCell>> rows = reader.read(html.getBytes(StandardCharsets.UTF_8)).grids().get(0).rows();
        assertEquals("规章|582|79\n", texts(rows));
        assertEquals(CellNote.Kind.HIDDEN, rows.get(0).get(1).notes().get(0).kind());
        assertEquals("7", rows.get(0).get(1).notes().get(0).text());
        assertEquals("3", rows.get(0).get(2).notes().get(0).text(), "a bold digit still takes the row's white");
    }

    @Test
    void leavesOutTheTableGroupsText() {
        assertEquals("||\n||\n", texts(table("", " bgcolor=\"#000000\"", "", "", "")), "the page's black text on a black table");
        String groups = "<html><body><table><tbody><tr><td>规章</td><td>5</td></tr></tbody><tbody style=\"color:white\">"
                + "<tr><td>行政许可</td><td>6</td></tr></tbody></table></body></html>";
        assertEquals("规章|5\n|\n", texts(reader.read(groups.getBytes(StandardCharsets.UTF_8)).grids().get(0).rows()));
    }

    @Test
    void leavesOutCellsOfARowPaintedInTheTextsColour() {
        assertEquals("规章|5|6\n||\n", texts(table("", "", "", "", " bgcolor=\"black\"")));
        assertEquals("规章|5|6\n||\n", texts(table("", "", "", "", " style=\"background-color:#000\"")));
        assertEquals("规章|5|6\n规范性文件|7|8\n", texts(table("", "", "", "", " bgcolor=\"black\" style=\"color:#fff\"")),
                "white text on the black row shows");
    }

    @Test
    void paintsAColumnsBackgroundUnderItsCellsButNeverItsColour() {
        assertEquals("规章||6\n规范性文件||8\n", texts(table("", "", "<colgroup><col><col style=\"background-color:#000\"><col></colgroup>", "", "")));
        assertEquals("规章|5|\n规范性文件|7|\n", texts(table("", "", "<colgroup span=\"2\"></colgroup><colgroup style=\"background:black\"></colgroup>", "", "")));
        assertEquals("规章|5|6\n规范性文件|7|8\n", texts(table("", "", "<col><col style=\"color:#fff\"><col>", "", "")),
                "browsers do not give a column's colour to its cells");
        assertEquals("规章||6\n规范性文件|7|8\n", texts(table("", "", "<col><col style=\"background:#000\"><col>", "", " bgcolor=\"white\"")),
                "a row's background paints over its column's");
        // a rowspan above moves the cells of the next row to the right: 7 stands under the second column
        String spanned = "<html><body><table><col><col style=\"background:#000\"><col><tr><td rowspan=\"2\">规章</td><td>5</td>"
                + "<td>6</td></tr><tr><td>7</td><td>8</td></tr></table></body></html>";
        List<List<GridCell>> rows = reader.read(spanned.getBytes(StandardCharsets.UTF_8)).grids().get(0).rows();
        assertEquals("", rows.get(1).get(1).text());
        assertEquals("7", rows.get(1).get(1).notes().get(0).text());
        assertEquals("8", rows.get(1).get(2).text());
    }

    @Test
    void aRowsStrikeOrFadeReachesItsCellsAndInheritedVisibilityAndSizeAreSettledAtTheCell() {
        List<List<GridCell>> struck = table("", "", "", " style=\"text-decoration:line-through\"", "");
        assertEquals("||\n规范性文件|7|8\n", texts(struck));
        assertEquals(CellNote.Kind.STRUCK, struck.get(0).get(1).notes().get(0).kind());
        assertEquals("||\n规范性文件|7|8\n", texts(table("", "", "", " style=\"opacity:0\"", "")));
        assertEquals("||\n规范性文件|7|8\n", texts(table("", "", "", " style=\"visibility:hidden\"", "")));
        assertEquals("规章|5|6\n规范性文件|7|8\n", texts(table("<style>td { visibility: visible }</style>", "", "",
                " style=\"visibility:hidden\"", "")), "cells that set visibility back");
        assertEquals("||\n||\n", texts(table("", " style=\"font-size:0\"", "", "", "")));
        assertEquals("规章|5|6\n规范性文件|7|8\n", texts(table("<style>td { font-size: 14px }</style>", " style=\"font-size:0\"", "", "", "")),
                "cells that set the size back");
    }

    @Test
    void doubtsACellWhoseInheritedColourCannotBeEvaluated() {
        List<List<GridCell>> rows = table("", "", "", " style=\"color:color-mix(in srgb, white 98%, black)\"", "");
        assertEquals("5", rows.get(0).get(1).text());
        assertEquals(CellNote.Kind.DOUBTFUL, rows.get(0).get(1).notes().get(0).kind());
        assertTrue(rows.get(0).get(0).notes().isEmpty(), "a label without digits is read as it stands");
    }
}
