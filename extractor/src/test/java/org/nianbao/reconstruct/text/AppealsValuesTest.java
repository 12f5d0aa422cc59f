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
 * Table 四's fifteen values in {@code pdftotext}'s default mode: the order printed and the orders with
 * a group's first value printed after its total that keep the table's three sums (values as poppler
 * printed them from generated reports' PDFs; seed 2024's numbers are of {@code generate --formats
 * tool-pdftotext --count 60}), and the PDF fixture {@code fixtures/tools/bordered-2019.pdftotext.txt}
 * read whole (values as the PDF shows them).
 */
class AppealsValuesTest {

    private static List<GridCell> cells(String values) {
        return java.util.Arrays.stream(values.split(" ")).map(v -> GridCell.of(v, new Location.Line(1))).toList();
    }

    /** The values every reading gives each cell ("?" where they differ), or none when no order is established. */
    private static List<String> agreed(String values) {
        return agreed(values, 0);
    }

    /** {@link #agreed(String)}, the last {@code pastText} values printed after the text that follows the table. */
    private static List<String> agreed(String values, int pastText) {
        List<List<GridCell>> readings = AppealsValues.readings(cells(values), pastText);
        List<String> out = new ArrayList<>();
        for (int c = 0; !readings.isEmpty() && c < 15; c++) {
            int cc = c;
            long differ = readings.stream().map(r -> AppealsValues.value(r.get(cc))).distinct().count();
            out.add(differ == 1 ? readings.get(0).get(cc).text() : "?");
        }
        return out;
    }

    @Test
    void tableFourIsReadWhereTheOrderPrintedAndEveryOrderWithAGroupsFirstValuePrintedAfterItsTotalAgree() {
        // seed 2024's 0009 (行政复议 4 3 3 0 10): poppler never printed a value among its own group's results
        // out of order, and no value printed after a group's total can be that group's 结果维持 here
        assertEquals(List.of("4", "3", "3", "0", "10", "2", "0", "0", "0", "2", "0", "0", "1", "0", "1"),
                agreed("4 3 3 0 10 2 0 0 0 2 0 0 1 0 1"));
        // seed 2024's 0078: 行政复议's 0 printed inside the next group keeps the sums (0 | 0 4 0 1 | 5), so
        // 行政诉讼 未经复议's results may be one place off; 复议后起诉's 3 is no later value's
        assertEquals(List.of("0", "0", "0", "0", "0", "?", "?", "?", "?", "5", "0", "0", "3", "0", "3"),
                agreed("0 0 0 0 0 4 0 1 0 5 0 0 3 0 3"));
        // 0 0 0 4 4 may be 4 0 0 0 4 printed with its 结果维持 after the total, as the generator's PDFs print
        // 复议后起诉 (seed 2024's 0017)
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "?", "0", "0", "?", "4"),
                agreed("0 0 0 0 0 0 0 0 0 0 0 0 0 4 4"));
    }

    @Test
    void twoGroupsFirstValuesPrintedAfterTheTablesLastTotalLeaveTheirCellsInDoubt() {
        // a Chromium print of seed 2027's 0054-2019 (the boxes of pdftotext -bbox-layout say so): the page's
        // 2 0 0 0 2 | 0 0 0 0 0 | 2 0 0 0 2 printed with both 行政诉讼 groups' 结果维持 last. Read as printed,
        // 复议后起诉 is 0 0 2 0 2, its sum holding, and so it is with only its own 0 moved (0 0 0 2 2); only
        // the order moving both gives the page's 2 0 0 0 2, so the cells those readings disagree on are flagged
        List<String> read = agreed("2 0 0 0 2 0 0 0 0 0 0 0 2 0 2");
        assertEquals(List.of("2", "0", "0", "0", "2", "0", "0", "0", "0", "0"), read.subList(0, 10));
        assertEquals(List.of("?", "0", "?", "?", "2"), read.subList(10, 15), read::toString);
        // seed 2727's 0011-2019 printed by Chromium at 80 %: the page's — 0 — 0 — | — 4 — — 4 | — — — 2 2 printed
        // with 复议后起诉's 结果维持 before 未经复议直接起诉's 4 (the boxes say so), an order no reading has. Moving
        // a 行政复议 mark and that 4 mid-table would keep every sum (marks count 0) and read 纠错 blank with no
        // finding; several groups' 结果维持 are moved only as printed last of all, so nothing keeps the sums
        // and none of the values is placed
        assertEquals(List.of(), agreed("— 0 — 0 — — — 4 — — 4 — — 2 2"));
        // the committed tool-pdftotext/0002-mixed: 复议后起诉's － － － － －, its last － printed at the page's end after
        // the report's sections 五 and 六. Moved alone it leaves 复议后起诉's results as printed (its 结果维持 in doubt
        // only: 未经复议直接起诉's 0 may be it); the two last values moved together would read 纠错 0, but a value
        // printed past the text came apart from the others
        String printed = "2 3 1 0 6 0 － － 0 0 － － － － －";
        assertEquals(List.of("?", "－", "－", "－", "－"), agreed(printed, 1).subList(10, 15));
        assertEquals("?", agreed(printed, 0).get(11));
    }

    @Test
    void aGroupsBlankMarksMayStandEarlierAmongItsResultsThanPrinted() {
        // seed 2727's 0002-2019 printed by Chromium at 75 % and 80 %: 未经复议直接起诉 / / / 0 0 printed
        // / 0 / / 0 (a narrower block may come later); the marks count 0, so the sums hold either way
        List<String> read = agreed("/ / 2 0 2 / 0 / / 0 0 0 0 / 0");
        assertEquals(List.of("/", "/", "2", "0", "2"), read.subList(0, 5));
        assertEquals(List.of("?", "?", "?"), read.subList(6, 9), read::toString);
    }

    @Test
    void aSumTheOrderPrintedBreaksIsReadOnlyWhereTheOrderThatRepairsItAgreesAndNotAtAllWhenNoneDoes() {
        // seed 2024's 0108: 3 (复议后起诉's 结果维持) printed after the group's total; 0 4 4 11 3 does not add
        // up and 3 0 4 4 11 does, but the report itself may not add up (templates.md), so the order printed
        // stays a reading: only 其他结果, 4 in both, is read in that group
        assertEquals(List.of("0", "0", "2", "0", "2", "0", "0", "0", "0", "0", "?", "?", "4", "?", "?"),
                agreed("0 0 2 0 2 0 0 0 0 0 0 4 4 11 3"));
        // no group's first value printed late repairs 0 4 4 11 5: nothing is placed
        assertEquals(List.of(), agreed("0 0 2 0 2 0 0 0 0 0 0 4 4 11 5"));
    }

    @Test
    void valuesOfTwoFontsAreReadInTheOrderPrintedButAValueMixingThemIsNot() {
        // seed 2024's 0058: ASCII and full-width values, each of one font, printed in their columns' order
        assertEquals(List.of("0", "０", "２", "0", "２", "０", "０", "０", "０", "０", "０", "０", "０", "０", "0"),
                agreed("0 ０ ２ 0 ２ ０ ０ ０ ０ ０ ０ ０ ０ ０ 0"));
        // a sign set in another font than its digits (Chromium: +１０) has a box poppler may print anywhere
        assertEquals(List.of(), agreed("0 0 0 0 0 0 0 0 0 0 0 0 +１０ 0 +１０"));
        assertEquals(List.of(), agreed("0 0 0 0 0 0 0 0 0 0 0 0 4 4"));
    }

    @Test
    void textBetweenTwoGroupsLeavesTheOrderReadableAndTextInsideAGroupDoesNot() {
        // seed 2024's 0022: the generator's PDF prints 行政诉讼's header after 行政复议's five values and
        // 复议后起诉's 结果维持 last (行政复议's 0 printed inside the next group, with 复议后起诉's last, would keep
        // every sum too, but several groups' were only ever seen moved together to the table's end)
        List<PrintedItem> between = region("0 0 0 0 0 | 3 0 0 0 3 0 0 4 4 0");
        assertEquals(List.of("0", "0", "0", "0", "0", "3", "0", "0", "0", "3", "0", "0", "?", "4", "?"), texts(between));
        List<PrintedItem> inside = region("0 0 0 | 0 0 3 0 0 0 3 0 0 4 4 0");
        assertTrue(AppealsValues.rows(inside, 0).get(1).stream().allMatch(BlockOrderedFixture::unplaced));
        // LibreOffice's PDF (branch def15's 20, seed 77: 0001-2019) prints its header among the values and the
        // values out of order by font: 行政复议 0 0 3 0 3 as ３ ０ 3, header blocks, 0, header blocks, 0 (shortened here)
        List<PrintedItem> libreOffice = region("３ ０ 3 | 0 0 － － １ ３ ４ － － － ０ ０");
        assertTrue(AppealsValues.rows(libreOffice, 0).get(1).stream().allMatch(BlockOrderedFixture::unplaced));
    }

    /** Table 四's values, {@code |} standing for a header block printed among them. */
    private static List<PrintedItem> region(String printed) {
        List<PrintedItem> items = new ArrayList<>(List.of(PrintedItem.text(GridCell.of("四、政府信息公开行政复议、行政诉讼情况",
                new Location.Line(1)))));
        for (String v : printed.split(" ")) {
            GridCell cell = GridCell.of(v.equals("|") ? "复议后起诉" : v, new Location.Line(items.size() + 1));
            items.add(v.equals("|") ? PrintedItem.text(cell) : new PrintedItem(PrintedItem.Kind.VALUE, cell, null, false, false));
        }
        return items;
    }

    /** Each value of the region's row as read, "?" where it is flagged. */
    private static List<String> texts(List<PrintedItem> region) {
        return AppealsValues.rows(region, 0).get(1).stream().map(c -> BlockOrderedFixture.unplaced(c) ? "?" : c.text()).toList();
    }

    @Test
    void tableFoursValuesArePlacedInTheOrderPrintedWhereNoOtherOrderKeepsItsSums() throws IOException {
        // 3 1 2 4 10 | 5 2 1 3 11 | 1 6 2 3 12, as the PDF shows (fixtures/pdf/bordered-2019.pdf, page 2): no
        // value printed after a group's total makes that group's first, so the order printed is the only reading
        CellGrid grid = read(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        List<GridCell> values = appealsValues(grid);
        assertEquals(List.of("3", "1", "2", "4", "10", "5", "2", "1", "3", "11", "1", "6", "2", "3", "12"),
                values.stream().map(GridCell::text).toList());
        assertTrue(values.stream().noneMatch(BlockOrderedFixture::unplaced));

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
