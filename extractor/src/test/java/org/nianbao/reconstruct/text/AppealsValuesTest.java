package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.VALUES;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.unplaced;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 四's fifteen values in {@code pdftotext}'s default mode: the readings that keep the table's
 * three sums (values as poppler printed them from generated reports' PDFs), and the PDF fixture
 * {@code fixtures/tools/bordered-2019.pdftotext.txt} read whole (values as the PDF shows them).
 */
class AppealsValuesTest {

    private static List<GridCell> cells(String values) {
        return java.util.Arrays.stream(values.split(" ")).map(v -> GridCell.of(v, new Location.Line(1))).toList();
    }

    /** The values every reading gives each cell ("?" where they differ), or none when no order is established. */
    private static List<String> agreed(String values) {
        List<List<GridCell>> readings = AppealsValues.readings(cells(values));
        List<String> out = new ArrayList<>();
        for (int c = 0; !readings.isEmpty() && c < 15; c++) {
            int cc = c;
            List<String> texts = readings.stream().map(r -> r.get(cc).text()).distinct().toList();
            out.add(texts.size() == 1 ? texts.get(0) : "?");
        }
        return out;
    }

    @Test
    void tableFourIsReadWhereEveryOrderWithOneValueMovedThatKeepsTheSumsAgrees() {
        // seed 2024's 0078: the groups' totals and the zeros of 行政复议 are the same in every order that keeps
        // the sums; the results of the other two groups could trade places
        assertEquals(List.of("0", "0", "0", "0", "0", "?", "?", "?", "?", "5", "?", "?", "?", "?", "3"),
                agreed("0 0 0 0 0 4 0 1 0 5 0 0 3 0 3"));
        // a value moved within its group keeps the sum: 0 0 0 4 4 may be 4 0 0 0 4 printed with 4 late
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "?", "?", "?", "?", "4"),
                agreed("0 0 0 0 0 0 0 0 0 0 0 0 0 4 4"));
    }

    @Test
    void tableFourIsNotReadWhenItsOrderAsPrintedBreaksASumOrItMixesDigitFonts() {
        // seed 2024's 0108: 3 (复议后起诉's 结果维持) printed after the group's total: 0 4 4 11 3 does not add up
        assertEquals(List.of(), agreed("0 0 2 0 2 0 0 0 0 0 0 4 4 11 3"));
        // LibreOffice sets ASCII and full-width digits on different baselines and prints several out of place
        assertEquals(List.of(), agreed("０ ０ ０ 0 0 ０ ３ ０ ３ ０ ０ ０ ２ 0 2"));
        assertEquals(List.of(), agreed("0 0 0 0 0 0 0 0 0 0 0 0 4 4"));
    }

    @Test
    void tableFoursValuesArePlacedWhereEveryOrderThatKeepsItsSumsAgrees() throws IOException {
        // 3 1 2 4 10 | 5 2 1 3 11 | 1 6 2 3 12 (the PDF's): a result moved within its group keeps the sum,
        // so only the totals are the same in every such order
        CellGrid grid = read(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        List<GridCell> values = appealsValues(grid);
        assertEquals(15, values.size());
        for (int c = 0; c < 15; c++) {
            assertEquals(c % 5 != 4, unplaced(values.get(c)), values.get(c)::toString);
        }
        assertEquals(List.of("10", "11", "12"), List.of(values.get(4).text(), values.get(9).text(), values.get(14).text()));

        List<String> zeros = new ArrayList<>(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        int from = zeros.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        for (int i = from; i < zeros.size(); i++) {
            if (zeros.get(i).matches("[\\d ]+")) {
                zeros.set(i, zeros.get(i).replaceAll("\\d+", "0"));
            }
        }
        assertTrue(appealsValues(read(zeros)).stream().noneMatch(BlockOrderedFixture::unplaced));
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
}
