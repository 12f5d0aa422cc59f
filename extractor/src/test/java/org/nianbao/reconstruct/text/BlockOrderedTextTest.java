package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.READER;
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
import org.nianbao.reconstruct.Positions;

/**
 * {@code pdftotext} in its default mode, on text the real tool printed: the PDF fixtures
 * ({@code fixtures/tools/bordered-2019.pdftotext.txt} is {@code pdftotext -enc UTF-8} of
 * {@code fixtures/pdf/bordered-2019.pdf}), the red-team case of a blank row, and excerpts of a
 * generated report's PDF. Expected values are those the PDF shows (its hand-checked
 * {@code fixtures/pdf/*.cells.csv}, or the page read with {@code pdftotext -bbox}).
 */
class BlockOrderedTextTest {

    /** The row whose first cell is {@code label}. */
    private static List<GridCell> row(CellGrid grid, String label) {
        return grid.rows().stream().filter(r -> !r.isEmpty() && r.get(0).text().replace("\n", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    private static List<String> placed(List<GridCell> row) {
        return row.subList(1, row.size()).stream().map(c -> c.notes().isEmpty() ? c.text() : "?" + c.text()).toList();
    }

    @Test
    void aRowWhoseLabelStandsRightBeforeAllItsValuesIsReadRowByRow() throws IOException {
        CellGrid grid = read(lines("../fixtures/tools/bordered-2019.pdftotext.txt"));
        assertEquals(List.of("382", "-11", "371"), placed(row(grid, "行政许可")));
        assertEquals(List.of("13", "10", "17", "5", "12", "19", "76"), placed(row(grid, "3.危及“三安全一稳定”")));
        assertEquals(List.of("148", "10(增)", "158"), placed(row(grid, "行政强制")));
        // 结转下年度's values were printed around two group labels and its own label (3 4 5 6 7 8 /
        // （四）无法提供 / （五）不予处理 / 四、结转下年度继续办理 / 33): their order is not established
        assertTrue(row(grid, "四、结转下年度继续办理").stream().skip(1).allMatch(BlockOrderedFixture::unplaced));
    }

    @Test
    void aRowWithAValueSetInTwoFontsIsNotReadInTheOrderPrinted() throws IOException {
        // Chromium's print of 行政许可 ３７４ | +１０ | １９: poppler printed the ASCII-signed full-width +１０
        // after １９ (corpus/redteam/chromium-default-sign-fullwidth-2019.txt)
        CellGrid grid = read(lines("../corpus/redteam/chromium-default-sign-fullwidth-2019.txt"));
        assertEquals(List.of("?３７４", "?１９", "?+１０"), placed(row(grid, "行政许可")));
        // values of one font each, ASCII among full-width (规章 ６５０ | １０７ | 816), are read as printed
        assertEquals(List.of("６５０", "１０７", "816"), placed(row(grid, "规章")));
    }

    private static List<GridCell> cells(String values) {
        return java.util.Arrays.stream(values.split(" ")).map(v -> GridCell.of(v, new Location.Line(1))).toList();
    }

    /** The values every reading gives each cell ("?" where they differ), or none when no order is established. */
    private static List<String> agreed(String values) {
        List<List<GridCell>> readings = BlockOrderedText.appealsReadings(cells(values));
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
    void valuesPrintedAfterTheNextRowsLabelAreNeverPlacedInItsRow() throws IOException {
        // pdftotext printed the label of the blank row 其他对外管理服务事项 between 行政强制's first value
        // and its other two (corpus/redteam/pdftotext-blank-row-2019.txt): neither row can be read
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-blank-row-2019.txt"));
        List<GridCell> coercion = row(grid, "行政强制");
        assertTrue(coercion.subList(1, coercion.size()).stream().allMatch(BlockOrderedFixture::unplaced), coercion::toString);
        List<GridCell> other = row(grid, "其他对外管理服务事项");
        assertTrue(other.subList(1, other.size()).stream().allMatch(BlockOrderedFixture::unplaced), other::toString);
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
        assertTrue(cells.stream().allMatch(BlockOrderedFixture::unplaced), cells::toString);
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

    /** Excerpt of pdftotext's text of a generated 2021 report (generate --formats tool-pdftotext --count 40 --seed 2026, document 29). */
    private static final List<String> VALUE_ON_A_LABELS_LINE = List.of(
            "三、收到和处理政府信息公开申请情况", "申请人情况", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 自然", "）", "人", "", "法人或其他组织", "商业企",
            "业", "", "科研机", "构", "", "社会公益组", "织", "", "法律服务机", "构", "", "其他", "", "一、本年新收政府信息公开申请数量", "", "121", "",
            "1", "", "２", "", "１", "", "０", "", "52", "", "总计", "", "177", "", "\f二、上年结转政府信息公开申请数量", "", "０", "",
            "１", "", "0", "", "０", "", "０", "", "０", "", "1", "", "（一）予以公开", "", "0", "", "０", "", "0", "", "０", "",
            "０", "", "０", "", "０", "", "０", "", "０", "", "0", "", "０", "", "０", "", "１７", "",
            "（二）部分公开（区分处理的，只计这一情形，不计其 １７", "他情形）", "", "（三）不予公", "开", "", "三、本年度办理结", "果", "", "（四）无法提", "供", "",
            "（五）不予处", "理", "",
            "\f");

    @Test
    void rowsPrintedApartFromTheirLabelsAreFlaggedWhenAValueStandsOnALabelsLine() {
        // the page: （一）予以公开 all 0; （二）部分公开 17 0 0 0 0 0 17. pdftotext printed the first 17 on
        // （二）'s label line, after that row's other values: read in print order, 17 would be other_org
        CellGrid grid = read(VALUE_ON_A_LABELS_LINE);
        List<GridCell> partial = row(grid, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertEquals(8, partial.size(), partial::toString);
        assertTrue(partial.stream().skip(1).allMatch(BlockOrderedFixture::unplaced), partial::toString);
    }

    /** Excerpt of pdftotext's text of a generated report (generate --formats tool-pdftotext --count 30 --seed 2024, document 0). */
    private static final List<String> HEADER_BETWEEN_ROWS = List.of(
            "/", "", "21", "", "/", "", "/", "", "6", "", "/", "", "27", "", "1、本机关不掌握相关政府信息", "", "7", "", "0", "",
            "0", "", "/", "", "/", "", "/", "", "7", "", "（四）无法提供 2、没有现成信息需要另行制作", "", "三、本年度办理结果", "", "总计", "",
            "商 业 企 业 科 研 机 构 社会公益 法律服务 其 他", "组织", "机构", "", "2", "", "30", "", "/", "", "0", "", "/", "", "0", "",
            "32", "", "3、补正后申请内容仍不明确", "", "0", "", "0", "", "0", "", "0", "", "9", "", "0", "", "9", "",
            "1、信访举报投诉类申请", "", "57", "", "81",
            "\f");

    @Test
    void headerBlocksPrintedAmongTableThreesRowsAreRowsOfTheirOwn() {
        // 总计 is a column header here, printed between the rows with the other header blocks: were it in
        // one row with them, the mapper would read it as （七）总计 with the header blocks as its values
        CellGrid grid = read(HEADER_BETWEEN_ROWS);
        assertEquals(1, row(grid, "总计").size());
        assertEquals(1, row(grid, "三、本年度办理结果").size());
        // the row after them keeps its seven values (flagged here: the excerpt starts inside another row)
        assertEquals(List.of("0", "0", "0", "0", "9", "0", "9"),
                row(grid, "3、补正后申请内容仍不明确").stream().skip(1).map(GridCell::text).toList());
    }

    private static final List<String> REQUESTS_HEADER = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "其他", "总计");

    @Test
    void tableThreesHeaderIsPutBackTogetherWhereItsPiecesMakeTheFormsLabelsInItsOrder() throws IOException {
        // pdftotext of a generated 2019/2021 report's PDF (the ratchet's corpus/tool-pdftotext/0002-mixed.txt):
        // 自然人 法人或其他组织 / 一、… / 二、… / （一）予以公开 / 总计 / 商业企 / 业 / 科研机 / 构 / 社会公益组 / 织 /
        // 法律服务机 / 构 / 其他, then the rows' values; the page prints the form's header, and its rows
        // add up with 总计 last
        CellGrid grid = read(lines("../corpus/src/test/resources/corpus/tool-pdftotext/0002-mixed.txt"));
        List<List<String>> texts = grid.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
        int header = texts.indexOf(REQUESTS_HEADER);
        assertTrue(header >= 0, "no header row");
        assertEquals("一、本年新收政府信息公开申请数量", texts.get(header + 1).get(0));
        // the pieces are gone from where they were printed, so none is read twice
        int appeals = texts.indexOf(List.of("四、政府信息公开行政复议、行政诉讼情况"));
        assertTrue(texts.subList(header + 1, appeals < 0 ? texts.size() : appeals).stream()
                .noneMatch(r -> r.size() == 1 && (r.get(0).startsWith("商业") || r.get(0).equals("总计"))), texts::toString);
    }

    @Test
    void aHeaderPrintedInAnotherOrderThanTheFormsIsLeftAsPrinted() throws IOException {
        // Chromium's print of columns-permuted-2021.html (总计 first, 科研机构 before 商业企业, 自然人 last):
        // the pieces make the labels, but not in the form's order
        assertNoHeaderRow(read(lines("../corpus/redteam/pdftotext-default-columns-permuted-2021.txt")));
    }

    @Test
    void aHeaderWhosePiecesAreInTheFormsOrderIsLeftAsPrintedWhenTheRowsDoNotProveTheTotalLast() throws IOException {
        // the same page with 总计 first or second and the organisations in the form's order: poppler prints
        // 自 / 总 / 然 / 计 商业 科研 …, pieces in the form's order, but the rows add up with 总计 where it stands
        assertNoHeaderRow(read(lines("../corpus/redteam/pdftotext-default-total-first-2021.txt")));
        assertNoHeaderRow(read(lines("../corpus/redteam/pdftotext-default-total-second-2021.txt")));
    }

    @Test
    void headerPiecesThatProveNothingAreTakenOutSoNoOrderIsReadFromThem() throws IOException {
        // a landscape Chromium print (red team 12a): 法人或其他组织 / note / 自然 / 人 / 商业 企 / 业 / … / 总计,
        // the group printed before 自然人; left in, they were read as one header row with 自然人 after the
        // organisations, every row of table 三 one column off with no finding
        CellGrid grid = read(lines("../corpus/redteam/chromium-landscape-default-header-2019.txt"));
        assertNoHeaderRow(grid);
        List<String> texts = grid.rows().stream().flatMap(List::stream).map(GridCell::text).toList();
        assertTrue(texts.stream().noneMatch(t -> t.equals("法人或其他组织") || t.startsWith("自然") || t.startsWith("商业")),
                texts::toString);
        // what is not a piece stays: the note beside the header
        assertTrue(texts.stream().anyMatch(t -> t.contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")),
                texts::toString);
    }

    private static void assertNoHeaderRow(CellGrid grid) {
        assertTrue(grid.rows().stream().noneMatch(r -> r.size() == REQUESTS_HEADER.size()
                && r.get(0).text().equals("自然人")), grid.rows()::toString);
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
    void theProcurementRowsCountAndAmountAreOrderedByWhatEachLooksLikeNotByTheOrderPrinted() throws IOException {
        // corpus/redteam/pdftotext-default-procurement-swapped-2019.txt: the PDF shows 725 under
        // 采购项目数量 and 918562299 元 under 采购总金额; pdftotext printed the amount's block first
        List<String> swapped = lines("../corpus/redteam/pdftotext-default-procurement-swapped-2019.txt");
        assertEquals(List.of("725", "918562299 元"), placed(row(read(swapped), "政府集中采购")));
        // printed in the form's order, it stays so
        List<String> inOrder = new ArrayList<>(swapped);
        int amount = inOrder.indexOf("918562299 元");
        int count = inOrder.indexOf("725");
        inOrder.set(amount, "725");
        inOrder.set(count, "918562299 元");
        assertEquals(List.of("725", "918562299 元"), placed(row(read(inOrder), "政府集中采购")));
        // a fraction says amount as well as a unit does
        List<String> fraction = new ArrayList<>(swapped);
        fraction.set(amount, "75289.39");
        fraction.set(count, "6");
        assertEquals(List.of("6", "75289.39"), placed(row(read(fraction), "政府集中采购")));
        // two whole numbers without a unit: which is the count cannot be told, both are flagged
        List<String> alike = new ArrayList<>(swapped);
        alike.set(amount, "918562299");
        List<GridCell> row = row(read(alike), "政府集中采购");
        assertTrue(row.subList(1, row.size()).stream().allMatch(BlockOrderedFixture::unplaced), row::toString);
    }

    @Test
    void itsGridIsPlacedSoTheFormDecoderLeavesItsRowsAlone() throws IOException {
        assertEquals(Positions.PLACED, read(lines("../fixtures/tools/bordered-2019.pdftotext.txt")).positions());
    }

    @Test
    void textOfOtherShapesIsLeftToTheOtherReaders() throws IOException {
        assertTrue(READER.read(lines("../fixtures/tools/utf8-2019.pdftotext-raw.txt")).isEmpty(), "pdftotext -raw");
        List<String> noFormFeed = lines("../fixtures/tools/bordered-2019.pdftotext.txt").stream()
                .map(l -> l.replace("\f", "")).toList();
        assertTrue(READER.read(noFormFeed).isEmpty(), "one cell per paragraph, not from pdftotext");
    }
}
