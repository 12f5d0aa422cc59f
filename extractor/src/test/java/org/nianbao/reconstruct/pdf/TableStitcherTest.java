package org.nianbao.reconstruct.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class TableStitcherTest {

    private final TableStitcher stitcher = new TableStitcher(new ValueParser()::isValue);

    private static List<GridCell> row(int page, float y, String... texts) {
        return List.of(GridCell.of(texts[0], new Location.PageBox(page, 50, y, 100, y + 20)),
                GridCell.of(texts[1], new Location.PageBox(page, 100, y, 150, y + 20)));
    }

    private static PageTable table(int page, boolean openTop, boolean openBottom, List<List<GridCell>> rows) {
        return new PageTable(page, rows, Positions.EXACT, 100, 700, List.of(50f, 100f, 150f), openTop, openBottom);
    }

    @Test
    void dropsTheHeaderRepeatedOnTheNextPage() {
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, false, List.of(row(1, 100, "item", "总计"), row(1, 120, "a", "1"))),
                table(2, false, false, List.of(row(2, 60, "item", "总计"), row(2, 80, "b", "2")))));
        assertEquals(1, grids.size());
        assertEquals(List.of("item", "a", "b"), grids.get(0).rows().stream().map(r -> r.get(0).text()).toList());
    }

    @Test
    void joinsARowCutByThePageBreakIntoCellsSpanningBothPages() {
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, true, List.of(row(1, 100, "item", "n"), row(1, 680, "（二）部分公开（区分处理的，", "17"))),
                table(2, true, false, List.of(row(2, 60, "不计其他情形）", ""), row(2, 80, "（三）不予公开", "22")))));
        List<GridCell> joined = grids.get(0).rows().get(1);
        assertEquals("（二）部分公开（区分处理的，\n不计其他情形）", joined.get(0).text());
        assertEquals("17", joined.get(1).text());
        assertEquals(new Location.PageBox(1, 2, 50, 680, 100, 80), joined.get(0).where());
        assertEquals(3, grids.get(0).rowCount());
    }

    @Test
    void keepsTwoWholeRowsApartWhenBothSidesOfAnUndrawnBreakHoldValues() {
        // Chromium draws no collapsed border where a table breaks: the row ending page 1 and the row starting
        // page 2 both look open, but each holds its own figures; joined, their labels made no form row
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, true, List.of(row(1, 100, "item", "n"), row(1, 680, "1.本机关不掌握相关政府信息", "—"))),
                table(2, true, false, List.of(row(2, 60, "2.没有现成信息需要另行制作", "78"), row(2, 80, "3.其他", "4")))));
        assertEquals(List.of("item", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.其他"),
                grids.get(0).rows().stream().map(r -> r.get(0).text()).toList());
        assertEquals(List.of("n", "—", "78", "4"), grids.get(0).rows().stream().map(r -> r.get(1).text()).toList());
    }

    @Test
    void keepsTablesWithOtherColumnsApart() {
        PageTable other = new PageTable(2, List.of(row(2, 60, "x", "1")), Positions.EXACT, 60, 80,
                List.of(50f, 120f, 150f), false, false);
        assertEquals(2, stitcher.stitch(List.of(table(1, false, false, List.of(row(1, 100, "a", "1"))), other)).size());
    }

    @Test
    void joinsTheTableTheSamePageGoesOnWithAboveWhereItEnded() {
        // two pages scanned side by side on one sheet, read as two: the right one's table (its positions
        // its own page's, its cells' locations on the sheet) starts above where the left one's ends
        PageTable left = new PageTable(1, List.of(row(1, 100, "item", "总计"), row(1, 680, "a", "1")), Positions.EXACT,
                100, 700, List.of(50f, 100f, 150f), false, false);
        PageTable right = new PageTable(1, List.of(row(1, 60, "item", "总计"), row(1, 80, "b", "2")), Positions.EXACT,
                60, 300, List.of(50f, 100f, 150f), false, false);
        List<CellGrid> grids = stitcher.stitch(List.of(left, right));
        assertEquals(1, grids.size());
        assertEquals(List.of("item", "a", "b"), grids.get(0).rows().stream().map(r -> r.get(0).text()).toList());
    }

    @Test
    void keepsTablesOneBelowTheOtherOnAPageApart() {
        PageTable above = new PageTable(1, List.of(row(1, 100, "a", "1")), Positions.EXACT, 100, 300,
                List.of(50f, 100f, 150f), false, false);
        PageTable below = new PageTable(1, List.of(row(1, 400, "b", "2")), Positions.EXACT, 400, 600,
                List.of(50f, 100f, 150f), false, false);
        assertEquals(2, stitcher.stitch(List.of(above, below)).size());
    }

    @Test
    void readsTheRowMovedWholeToTheNextPageIntoTheEmptySlotItsRowspansLeft() {
        // Chromium moves a row that does not fit to the next page whole; the rowspans beside it leave its
        // space at the foot of the page open, one blank cell with no inner border, which reads as spanned
        Location slot = new Location.PageBox(1, 50, 680, 150, 700);
        List<GridCell> emptySlot = List.of(GridCell.of("", slot), GridCell.spannedAt(slot));
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, true, List.of(row(1, 100, "item", "n"), row(1, 660, "4.无正当理由", "9"), emptySlot)),
                table(2, false, false, List.of(row(2, 60, "5.要求行政机关确认", "7"), row(2, 80, "（六）其他处理", "3")))));
        List<GridCell> moved = grids.get(0).rows().get(2);
        assertEquals(List.of("5.要求行政机关确认", "7"), moved.stream().map(GridCell::text).toList());
        assertEquals(List.of(false, false), moved.stream().map(GridCell::spanned).toList());
        // the figure stands where it was drawn, on page 2: the slot's box on page 1 holds other text (verify)
        assertEquals(new Location.PageBox(2, 100, 60, 150, 80), moved.get(1).where());
    }

    @Test
    void keepsAPositionSpannedByAHeaderWithTextSpannedWhenItsRowGoesOnOverThePage() {
        Location group = new Location.PageBox(1, 50, 680, 150, 700);
        List<GridCell> header = List.of(GridCell.of("法人或其他", group), GridCell.spannedAt(group));
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, true, List.of(row(1, 100, "item", "n"), header)),
                table(2, true, false, List.of(row(2, 60, "组织", "x"), row(2, 80, "a", "1")))));
        List<GridCell> joined = grids.get(0).rows().get(1);
        assertEquals("法人或其他\n组织", joined.get(0).text());
        assertEquals(true, joined.get(1).spanned());
    }

    @Test
    void dropsARepeatedHeaderRowWhoseMergedCellThePageBreakCut() {
        // LibreOffice repeats the first row only; its note cell, merged down into rows that do not repeat,
        // shows only the start of its text
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, false, List.of(row(1, 100, "（本列数据的勾稽关系为：第一项加第二项之和）", "申请人情况"),
                        row(1, 120, "a", "1"))),
                table(2, false, false, List.of(row(2, 60, "（本列数据的勾稽关系", "申请人情况"), row(2, 80, "b", "2")))));
        assertEquals(List.of("（本列数据的勾稽关系为：第一项加第二项之和）", "a", "b"),
                grids.get(0).rows().stream().map(r -> r.get(0).text()).toList());
    }

    @Test
    void keepsARowWhoseCellsOnlyBeginLikeTheHeadersOnTheNextPage() {
        // no cell repeats whole: labels that begin like the header's are rows of their own
        List<CellGrid> grids = stitcher.stitch(List.of(
                table(1, false, false, List.of(row(1, 100, "其他处理情况", "申请人情况"), row(1, 120, "a", "1"))),
                table(2, false, false, List.of(row(2, 60, "其他", "申请"), row(2, 80, "b", "2")))));
        assertEquals(List.of("其他处理情况", "a", "其他", "b"), grids.get(0).rows().stream().map(r -> r.get(0).text()).toList());
    }
}
