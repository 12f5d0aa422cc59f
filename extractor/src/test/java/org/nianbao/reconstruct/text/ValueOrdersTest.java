package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.rowStartingWith;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.unplaced;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * Rows of table 三 whose labels {@code pdftotext} printed apart from their values (excerpts of the
 * real tool's text of generated reports, values as those lines show them): the orders the values may
 * belong in, weighed against the row identity; and the orders themselves on values made up to tell
 * them apart.
 */
class ValueOrdersTest {

    /** Excerpt of pdftotext's text of a generated 2019 report (corpus/…/tool-pdftotext, seed 2024, document 22). */
    private static final List<String> TWO_LABELS_TOGETHER = List.of(
            "三、收到和处理政府信息公开申请情况", "", "自然人 法人或其他组织", "",
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "", "总计", "",
            "101", "", "77", "", "1", "", "0", "", "2", "", "0", "", "181", "",
            "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "",
            "(一)予以公开", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "",
            "(七)总计", "", "101", "", "77", "", "1", "", "0", "", "2", "", "0", "", "181", "",
            "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "(五)不予处", "理", "",
            "四、结转下年度继续办理", "\f");

    @Test
    void twoRowsWhoseLabelsWerePrintedTogetherAreSplitWhereOnlyOneOrderAddsUp() {
        // the page: 一、 101 77 1 0 2 0 181; 二、 all 0; （七）总计 as 一、; 四、结转 all 0. Of the orders
        // the fourteen values may belong in, only row by row makes 101+77+1+0+2+0 = 181 hold
        CellGrid grid = read(TWO_LABELS_TOGETHER);
        assertEquals(List.of("101", "77", "1", "0", "2", "0", "181"), placed(row(grid, "一、本年新收政府信息公开申请数量")));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), placed(row(grid, "二、上年结转政府信息公开申请数量")));
        // the label printed after its values, past a group label
        assertEquals(List.of("101", "77", "1", "0", "2", "0", "181"), placed(row(grid, "(七)总计")));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), placed(row(grid, "四、结转下年度继续办理")));
    }

    @Test
    void whereSeveralOrdersAddUpTheCellsTheyDisagreeOnAreFlaggedNamingTheValues() {
        // 一、 1 0 0 0 0 0 1 and 二、 0 1 0 0 0 0 1: row by row adds up, and so does giving 二、 the
        // first 1 and 一、 the second (1 0 0 0 0 0 1 twice); the two readings disagree on 二、's first cells
        List<String> lines = new ArrayList<>(TWO_LABELS_TOGETHER);
        List<String> values = List.of("1", "0", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "0", "1");
        int at = lines.indexOf("总计");
        for (String v : values) {
            at = at + 2;
            lines.set(at, v);
        }
        CellGrid grid = read(lines);
        List<GridCell> carried = row(grid, "二、上年结转政府信息公开申请数量");
        assertTrue(unplaced(carried.get(1)), carried::toString);
        assertTrue(carried.get(1).notes().get(0).how().contains("one of 0, 1"), carried.get(1).notes()::toString);
        assertFalse(unplaced(carried.get(7)), "both readings give the total 1");
    }

    @Test
    void aBlankMarkCountsZeroInTheRowIdentity() {
        // 四、结转下年度 printed after its values, all blank marks: its total / adds up as 0 (templates.md),
        // so the only order in which both rows add up is row by row
        List<String> lines = new ArrayList<>(TWO_LABELS_TOGETHER);
        int from = lines.indexOf("(七)总计") + 16;
        for (int i = from; i < from + 14; i += 2) {
            assertEquals("0", lines.get(i));
            lines.set(i, "/");
        }
        CellGrid grid = read(lines);
        assertEquals(List.of("101", "77", "1", "0", "2", "0", "181"), placed(row(grid, "(七)总计")));
        assertEquals(List.of("/", "/", "/", "/", "/", "/", "/"), placed(row(grid, "四、结转下年度继续办理")));
    }

    @Test
    void threeRowsPrintedApartFromTheirLabelsAreReadWhereOnlyOneOrderKeepsTheIdentities() throws IOException {
        // corpus/tool-pdftotext/0001-2021.txt: 3.危及“三安全一稳定” / 0 11 0 0 0 1 12 0 0 0 1 － 0 1 － － － － － － －
        // / 6.属于四类过程性信息, the labels 4.保护第三方合法权益 and 5.属于三类内部事务信息 printed 230 lines
        // later beside their group's; of the orders poppler allows, only row by row keeps the three identities
        CellGrid grid = read(lines("../corpus/src/test/resources/corpus/tool-pdftotext/0001-2021.txt"));
        assertEquals(List.of("0", "11", "0", "0", "0", "1", "12"), placed(rowStartingWith(grid, "3.危及")));
        assertEquals(List.of("0", "0", "0", "1", "－", "0", "1"), placed(rowStartingWith(grid, "（三）不予公 4.保护第三方")));
        assertEquals(List.of("－", "－", "－", "－", "－", "－", "－"), placed(rowStartingWith(grid, "5.属于三类")));
    }

    private static List<GridCell> values(String values) {
        return Arrays.stream(values.split(" ")).map(v -> GridCell.of(v, new Location.Line(1))).toList();
    }

    private static List<List<List<String>>> possible(ValueOrders.Readings readings) {
        return readings.possible().stream().map(r -> r.stream().map(c -> c.stream().map(GridCell::text).toList()).toList())
                .toList();
    }

    @Test
    void whereRowsHaveTheIdentityARowsValueOfAColumnIsNeverReadBeforeTheValueOfThatColumnInTheRowAbove() {
        // 3 0 0 0 0 0 3 then seven 0: the first 3 is the upper row's first applicant, so only the second 3
        // can be its total; taken as the lower row's (its total the second 3), both rows would add up as well
        ValueOrders.Readings readings = ValueOrders.kept(values("3 0 0 0 0 0 3 0 0 0 0 0 0 0"), new int[] {7, 7})
                .orElseThrow();
        assertEquals(List.of("3", "0", "0", "0", "0", "0", "3"), readings.first().get(0).stream().map(GridCell::text).toList());
        assertEquals(List.of(List.of("3")), possible(readings).get(0).subList(0, 1));
        assertEquals(List.of(List.of("0")), possible(readings).get(1).subList(0, 1));
    }

    @Test
    void rowsWithNoIdentityInterleaveFreelyKeepingOnlyEachRowsOwnOrder() {
        // table 二 of a Chromium print at 80 % (red-team case pdftotext-default-z80-penalty-coercion-swapped-2021.txt):
        // 行政处罚 13 and 行政强制 / printed as 行政处罚, 行政强制, /, 13; poppler's column order is all
        // that would tell them apart, and it did not hold
        ValueOrders.Readings one = ValueOrders.kept(values("/ 13"), new int[] {1, 1}).orElseThrow();
        assertEquals(List.of(List.of(List.of("/", "13")), List.of(List.of("/", "13"))), possible(one));
        // two rows of three (2019): each row's values keep their order, nothing else is assumed
        ValueOrders.Readings three = ValueOrders.kept(values("1 2 3 4 5 6"), new int[] {3, 3}).orElseThrow();
        assertEquals(List.of(List.of(List.of("1", "2", "3", "4"), List.of("2", "3", "4", "5"), List.of("3", "4", "5", "6")),
                List.of(List.of("1", "2", "3", "4"), List.of("2", "3", "4", "5"), List.of("3", "4", "5", "6"))),
                possible(three));
        assertEquals(List.of(List.of("1", "2", "3"), List.of("4", "5", "6")),
                three.first().stream().map(r -> r.stream().map(GridCell::text).toList()).toList());
    }

    @Test
    void tableTwoRowsPrintedApartFromTheirLabelsAreFlaggedNamingTheValuesTheyMayHold() throws IOException {
        // the page (pdftoppm of the print): 行政处罚 13, 行政强制 / ; pdftotext printed 行政处罚 (with the
        // section's header), 本年处理决定数量, 行政强制, /, 13. Read in that order they were swapped, silently
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-default-z80-penalty-coercion-swapped-2021.txt"));
        for (String label : List.of("行政处罚", "行政强制")) {
            GridCell cell = row(grid, label).get(1);
            assertTrue(unplaced(cell), cell::toString);
            assertTrue(cell.notes().get(0).how().contains("one of /, 13"), cell.notes()::toString);
        }
        // a window of rows whose values agree is still read: 行政许可 151, in place
        assertEquals(List.of("151"), placed(row(grid, "行政许可")));
    }

    @Test
    void aBlankMarkOfTheRowAboveMayFollowTheRowBelowsValueOfItsColumn() {
        // seed 2727's 0004-mixed printed by Chromium at 90 %: （六）其他处理 / / 0 / / / / above （七）总计
        // 197 69 / / 0 125 391 and 四、结转 0 / 0 / 0 0 /, printed / / 0 / / / | 197 69 / / 0 125 391 | 0 / 0 /
        // 0 0 | / / (其他处理's last / among 结转's). The column rule alone read 总计's 商业企业 as / in every
        // order it kept; the page shows 69
        ValueOrders.Readings readings = ValueOrders.kept(values("/ / 0 / / / 197 69 / / 0 125 391 0 / 0 / 0 0 / /"),
                new int[] {7, 7, 7}).orElseThrow();
        assertTrue(possible(readings).get(1).get(1).containsAll(List.of("/", "69")), possible(readings)::toString);
        // a window no strict order reads stays unread: the loose orders only add to the strict ones
        assertTrue(ValueOrders.kept(values("5 0 0 0 0 0 1 / 0 0 0 0 0 0"), new int[] {7, 7}).orElseThrow().none());
    }

    @Test
    void whenNoOrderKeepsTheIdentitiesThereIsNoReading() {
        // 5 printed first is the upper row's first applicant, and no later value can be its total
        assertTrue(ValueOrders.kept(values("5 0 0 0 0 0 1 0 0 0 0 0 0 0"), new int[] {7, 7}).orElseThrow().none());
    }
}
