package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * A row of table 二 whose middle value poppler may have printed after its last: Chromium's prints at
 * 75–125 % (seed 1616), the page's {@code 4 | 0 | 18} printed {@code 4} / {@code 18} / {@code 0} where the
 * block above joined the row's first two columns.
 */
class MiddleValuePrintedLastTest {

    private static final FormRow PENALTY = new FormRow(TableId.ACTIVE, "penalty", 5, Map.of(Template.Y2019, 3));
    private static final FormRow COERCION = new FormRow(TableId.ACTIVE, "coercion", 6, Map.of(Template.Y2019, 3));

    private int line;

    private GridCell cell(String text) {
        return GridCell.of(text, new Location.Line(++line));
    }

    private PrintedItem value(String text) {
        return new PrintedItem(Kind.VALUE, cell(text), null, false, false);
    }

    private static List<GridCell> values(List<PrintedItem> items, int from) {
        return items.subList(from, items.size()).stream().map(PrintedItem::cell).toList();
    }

    @Test
    void theRowUnderAHeaderJoiningItsFirstTwoColumnsHasItsLastTwoCellsFlagged() {
        // seed 1616's 0002-2019 at 125 %: 上一年项目数量本年增/减 one block, 处理决定数量 another; 行政处罚 689 | / | 3
        List<PrintedItem> items = new ArrayList<>(List.of(PrintedItem.text(cell("第二十条第（六）项")),
                PrintedItem.text(cell("上一年项目数量本年增/减")), PrintedItem.text(cell("处理决定数量")),
                PrintedItem.row(cell("行政处罚"), PENALTY), value("689"), value("3"), value("/")));
        List<GridCell> cells = MiddleValuePrintedLast.doubted(items, 3, values(items, 4)).orElseThrow();
        assertEquals(List.of("689", "?3", "?/"), placed(labelled(cells)));
        assertTrue(cells.get(1).notes().get(0).how().contains("one of 3, /"), cells.get(1).notes()::toString);
    }

    @Test
    void theRowUnderAHeaderNamingAllThreeColumnsOnOneLineIsReadAsPrinted() {
        // a block over all three columns: 100 such rows of 214 prints, none printed out of order
        List<PrintedItem> items = new ArrayList<>(List.of(PrintedItem.text(cell("本年新制 本年新公 对外公开")),
                PrintedItem.text(cell("作数量 开数量 总数量")), PrintedItem.row(cell("行政处罚"), PENALTY),
                value("689"), value("3"), value("/")));
        assertTrue(MiddleValuePrintedLast.doubted(items, 2, values(items, 3)).isEmpty());
    }

    @Test
    void theRowBelowARowPrintedOneValueABlockIsReadAsPrinted() {
        List<PrintedItem> items = new ArrayList<>(List.of(PrintedItem.row(cell("行政处罚"), PENALTY), value("9"),
                value("1"), value("4"), PrintedItem.row(cell("行政强制"), COERCION), value("245"), value("13"), value("7")));
        assertTrue(MiddleValuePrintedLast.doubted(items, 4, values(items, 5)).isEmpty());
    }

    @Test
    void aRowWhoseLastTwoValuesAreTheSameIsReadEitherWay() {
        List<PrintedItem> items = new ArrayList<>(List.of(PrintedItem.text(cell("上一年项目数量 本年增/减")),
                PrintedItem.row(cell("行政处罚"), PENALTY), value("689"), value("0"), value("0")));
        assertTrue(MiddleValuePrintedLast.doubted(items, 1, values(items, 2)).isEmpty());
    }

    @Test
    void theRedTeamCaseFlagsTheRowBelowTheRowWhoseFirstTwoCellsShareABlock() throws IOException {
        // 规章 printed 97441 4 (its first two cells, one block) / 4; 规范性文件 4 | 0 | 18 printed 4 / 18 / 0
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-default-z80-one-char-cell-late-2021.txt"));
        assertEquals(List.of("4", "?18", "?0"), placed(row(grid, "规范性文件")));
        assertEquals(List.of("97441", "4", "4"), placed(row(grid, "规章")));
    }

    private static List<GridCell> labelled(List<GridCell> cells) {
        List<GridCell> out = new ArrayList<>(List.of(GridCell.of("label", new Location.Line(1))));
        out.addAll(cells);
        return out;
    }
}
