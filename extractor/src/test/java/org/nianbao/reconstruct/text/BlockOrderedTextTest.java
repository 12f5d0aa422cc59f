package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * {@code pdftotext} in its default mode, on text the real tool printed: the PDF fixtures
 * ({@code fixtures/tools/bordered-2019.pdftotext.txt} is {@code pdftotext -enc UTF-8} of
 * {@code fixtures/pdf/bordered-2019.pdf}), the red-team case of a blank row, and excerpts of a
 * generated report's PDF. Expected values are those the PDF shows (its hand-checked
 * {@code fixtures/pdf/*.cells.csv}, or the page read with {@code pdftotext -bbox}).
 */
class BlockOrderedTextTest {

    private static final ValueParser VALUES = new ValueParser();
    private static final BlockOrderedText READER = new BlockOrderedText(VALUES::isValue,
            new FormRowBook(Catalog.standard()));

    private static List<String> lines(String path) throws IOException {
        return Files.readString(Path.of(path)).lines().toList();
    }

    private static CellGrid read(List<String> lines) {
        Optional<CellGrid> grid = READER.read(lines);
        assertTrue(grid.isPresent(), "not read as pdftotext's block order");
        return grid.get();
    }

    /** The row whose first cell is {@code label}. */
    private static List<GridCell> row(CellGrid grid, String label) {
        return grid.rows().stream().filter(r -> !r.isEmpty() && r.get(0).text().replace("\n", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static List<String> placed(List<GridCell> row) {
        return row.subList(1, row.size()).stream().map(c -> c.notes().isEmpty() ? c.text() : "?" + c.text()).toList();
    }

    private static boolean unplaced(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED);
    }

    @Test
    void aRowWhoseLabelStandsRightBeforeAllItsValuesIsReadRowByRow() throws IOException {
        CellGrid grid = read(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        assertEquals(List.of("382", "-11", "371"), placed(row(grid, "行政许可")));
        assertEquals(List.of("13", "10", "17", "5", "12", "19", "76"), placed(row(grid, "3.危及“三安全一稳定”")));
        assertEquals(List.of("148", "10(增)", "158"), placed(row(grid, "行政强制")));
        // 结转下年度's values were printed around two group labels and its own label (3 4 5 6 7 8 /
        // （四）无法提供 / （五）不予处理 / 四、结转下年度继续办理 / 33): their order is not established
        assertTrue(row(grid, "四、结转下年度继续办理").stream().skip(1).allMatch(BlockOrderedTextTest::unplaced));
    }

    @Test
    void valuesPrintedAfterTheNextRowsLabelAreNeverPlacedInItsRow() throws IOException {
        // pdftotext printed the label of the blank row 其他对外管理服务事项 between 行政强制's first value
        // and its other two (corpus/redteam/pdftotext-blank-row-2019.txt): neither row can be read
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-blank-row-2019.txt"));
        List<GridCell> coercion = row(grid, "行政强制");
        assertTrue(coercion.subList(1, coercion.size()).stream().allMatch(BlockOrderedTextTest::unplaced), coercion::toString);
        List<GridCell> other = row(grid, "其他对外管理服务事项");
        assertTrue(other.subList(1, other.size()).stream().allMatch(BlockOrderedTextTest::unplaced), other::toString);
        // and no value of table 二 or 三 stands unflagged in a row that lost blank cells
        List<GridCell> licensing = row(grid, "行政许可");
        assertEquals(List.of("?12", "?860"), placed(licensing));
    }

    @Test
    void aValueOnALineOfItsOwnInsideALongerBlockIsNeverJoinedOrPlaced() throws IOException {
        // blocks "3" / "3", "9" / "12", "20" / "3": two rows' cells of one column, or a number cut by a line break
        List<String> lines = lines("../corpus/redteam/pdftotext-blank-row-2019.txt");
        List<Integer> stacked = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (VALUES.isValue(lines.get(i)) && !lines.get(i).isBlank() && VALUES.isValue(lines.get(i - 1))
                    && !lines.get(i - 1).isBlank()) {
                stacked.add(i - 1);
                stacked.add(i);
            }
        }
        assertFalse(stacked.isEmpty());
        List<GridCell> cells = read(lines).rows().stream().flatMap(List::stream)
                .filter(c -> c.where() instanceof Location.Line l && stacked.contains(l.line() - 1)).toList();
        assertEquals(stacked.size(), cells.size(), "each line its own cell, never joined");
        assertTrue(cells.stream().allMatch(BlockOrderedTextTest::unplaced), cells::toString);
    }

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
    void tableFoursValuesArePlacedOnlyWhenTheyAreAllTheSame() throws IOException {
        CellGrid grid = read(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        List<GridCell> values = appealsValues(grid);
        assertEquals(15, values.size());
        assertTrue(values.stream().allMatch(BlockOrderedTextTest::unplaced), "its order does not follow the columns");

        List<String> zeros = new ArrayList<>(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        int from = zeros.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        for (int i = from; i < zeros.size(); i++) {
            if (zeros.get(i).matches("[\\d ]+")) {
                zeros.set(i, zeros.get(i).replaceAll("\\d+", "0"));
            }
        }
        assertTrue(appealsValues(read(zeros)).stream().noneMatch(BlockOrderedTextTest::unplaced));
    }

    private static List<GridCell> appealsValues(CellGrid grid) {
        int title = 0;
        for (int r = 0; r < grid.rowCount(); r++) {
            if (grid.rows().get(r).stream().anyMatch(c -> c.text().startsWith("四、政府信息公开行政复议"))) {
                title = r;
            }
        }
        return grid.rows().subList(title, grid.rowCount()).stream()
                .filter(r -> r.stream().allMatch(c -> VALUES.isValue(c.text()))).findFirst().orElseThrow();
    }

    @Test
    void textOfOtherShapesIsLeftToTheOtherReaders() throws IOException {
        assertTrue(READER.read(lines("../fixtures/tools/utf8-2019.pdftotext-raw.txt")).isEmpty(), "pdftotext -raw");
        List<String> noFormFeed = lines("../fixtures/tools/bordered-2019.pdftotext.txt").stream()
                .map(l -> l.replace("\f", "")).toList();
        assertTrue(READER.read(noFormFeed).isEmpty(), "one cell per paragraph, not from pdftotext");
    }
}
