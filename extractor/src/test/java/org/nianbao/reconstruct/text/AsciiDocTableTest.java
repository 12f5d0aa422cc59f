package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class AsciiDocTableTest {

    private static List<List<String>> texts(TextTable t) {
        return t.grid().rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
    }

    @Test
    void aRowIsAsManyCellsAsTheTableHasColumnsHoweverTheLinesSpreadThem() {
        // pandoc -t asciidoc: a row's cells over two lines, pads standing for a merged label
        List<String> lines = List.of("[cols=\",,,,\",]", "|===", "|label | |1", "|2 |",
                "", "|四、结转 | | |0 |0", "|===", "after");
        TextTable t = new AsciiDocTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of(List.of("label", "", "1", "2", ""), List.of("四、结转", "", "", "0", "0")), texts(t));
        assertEquals(Positions.EXACT, t.grid().positions());
        assertEquals(7, t.end());
    }

    @Test
    void aCellRunsToTheNextOpeningAcrossHardBreaksAndTheCellsOnItsLastLineCount() {
        // pandoc -t asciidoc --columns=40: the label wrapped with " +", its rest sharing a line with the row's cells
        List<String> lines = List.of("[cols=\",,,,\",]", "|===", "|一、本年新收政府信息公开申请 +",
                "数量 | |83 |99", "|/", "|三本年度办理结果", "|(一)予以公开 | |0 |/", "|===");
        TextTable t = new AsciiDocTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of(List.of("一、本年新收政府信息公开申请\n数量", "", "83", "99", "/"),
                List.of("三本年度办理结果", "(一)予以公开", "", "0", "/")), texts(t));
    }

    @Test
    void spansLeaveEmptyCellsWhereTheyReach() {
        List<String> lines = List.of("[cols=\"3*\"]", "|===", "2+|a |b", ".2+|c |d |e", "|f |g", "|===");
        TextTable t = new AsciiDocTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of(List.of("a", "", "b"), List.of("c", "d", "e"), List.of("", "f", "g")), texts(t));
    }

    @Test
    void withoutAColsAttributeTheFirstLineIsTheFirstRow() {
        List<String> lines = List.of("|===", "|a |b |c", "|1 |2", "|3", "|===");
        TextTable t = new AsciiDocTable().recognise(lines, 0).orElseThrow();
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "2", "3")), texts(t));
    }

    @Test
    void markdownPipesAndUnclosedTablesAreNotAsciiDoc() {
        assertTrue(new AsciiDocTable().recognise(List.of("| a | b |", "|---|---|", "| 1 | 2 |"), 0).isEmpty());
        assertTrue(new AsciiDocTable().recognise(List.of("|===", "|a |b"), 0).isEmpty());
    }
}
