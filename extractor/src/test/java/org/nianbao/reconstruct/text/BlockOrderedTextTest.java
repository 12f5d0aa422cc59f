package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.READER;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.VALUES;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.rowStartingWith;
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

    /**
     * Excerpt of pdftotext's text of a generated 2021 report (generate --formats tool-pdftotext --count 60
     * --seed 2024, document 0012, page 3): poppler joined each wrapped label of （六） to the cell beside its
     * first line, printing that value between the label's lines.
     */
    private static final List<String> VALUE_WITHIN_ITS_LABEL = List.of(
            "5.要求行政机关确认或重新出", "具已获取信息", "", "6", "", "4", "", "0", "", "0", "", "0", "", "94", "", "104", "",
            "1.申请人无正当理由逾期不补", "0", "正、行政机关不再处理其政府信息公开", "申请", "", "0", "", "0", "", "0", "", "0", "",
            "0", "", "0", "", "2.申请人逾期未按收费通知要", "31", "求缴纳费用、行政机关不再处理其政府", "信息公开申请", "", "0", "",
            "0", "", "0", "", "0", "", "7", "", "38", "", "3.其他", "", "0", "", "61", "", "44", "", "0", "", "0", "", "0", "",
            "105", "", "\f");

    @Test
    void aValueBetweenTheLinesOfItsRowsWrappedLabelIsThatRowsFirstValue() {
        // the page: 31 | 0 | 0 | 0 | 0 | 7 | 38, the 31 beside the label's first line; before, the 31 was a
        // stray line inside a block and this row and the rows beside it were all flagged
        CellGrid grid = read(VALUE_WITHIN_ITS_LABEL);
        assertEquals(List.of("31", "0", "0", "0", "0", "7", "38"),
                placed(rowStartingWith(grid, "2.申请人逾期未按收费通知要")));
        assertEquals(List.of("0", "0", "0", "0", "0", "0", "0"), placed(rowStartingWith(grid, "1.申请人无正当理由逾期不补")));
        assertEquals(List.of("6", "4", "0", "0", "0", "94", "104"), placed(rowStartingWith(grid, "5.要求行政机关确认或重新出")));
        assertEquals(List.of("0", "61", "44", "0", "0", "0", "105"), placed(row(grid, "3.其他")));
    }

    @Test
    void aValueWithinItsLabelIsFlaggedWhenTheLabelWasNotPrintedRightBeforeTheRowsOtherValues() {
        // the same rows with （六）2's label block printed after its other values: where the 31 belongs
        // among them is not shown, so the row is flagged, never read with 31 last
        List<String> moved = new ArrayList<>(VALUE_WITHIN_ITS_LABEL);
        int label = moved.indexOf("2.申请人逾期未按收费通知要");
        List<String> block = new ArrayList<>(moved.subList(label, label + 5));
        moved.subList(label, label + 5).clear();
        moved.addAll(moved.indexOf("3.其他"), block);
        List<GridCell> row = rowStartingWith(read(moved), "2.申请人逾期未按收费通知要");
        assertEquals(8, row.size(), row::toString);
        assertTrue(row.stream().skip(1).allMatch(BlockOrderedFixture::unplaced), row::toString);
    }

    @Test
    void aValueLineBelowItsBlocksLastLineOfTextStaysSuspect() {
        // 31 after the label's last line may be the next row's first cell: the row is not read with it
        List<String> below = new ArrayList<>(VALUE_WITHIN_ITS_LABEL);
        int at = below.indexOf("31");
        below.remove(at);
        below.add(at + 2, "31");
        List<GridCell> row = rowStartingWith(read(below), "2.申请人逾期未按收费通知要");
        assertTrue(row.stream().skip(1).allMatch(BlockOrderedFixture::unplaced), row::toString);
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

    @Test
    void tableFoursTwoLevelHeaderPrintedAsOneBlockKeepsItsGroupsInTheOrderPrinted() throws IOException {
        // MuPDF (mutool draw -F txt) prints 复议后起诉 on a line of its own after …总计 未经复议直接起诉; read
        // as a group label wrapped beside a row label, the block put 复议后起诉 first and swapped the groups
        CellGrid grid = read(lines("../corpus/redteam/mutool-txt-litigation-groups-swapped-2021.txt"));
        List<String> header = grid.rows().stream().filter(r -> r.stream().anyMatch(c -> c.text().contains("复议后起诉")))
                .findFirst().orElseThrow().stream().map(GridCell::text).toList();
        String printed = String.join("|", header);
        assertTrue(printed.indexOf("未经复议直接起诉") < printed.indexOf("复议后起诉"), printed);
        assertEquals("复议后起诉", header.stream().filter(t -> t.contains("复议后起诉")).findFirst().orElseThrow());
    }

    @Test
    void aBlockOfTableThreesLabelAndItsSevenCellsKeepingTheRowIdentityIsThatRow() throws IOException {
        // MuPDF prints a row as one block: the label, then each cell on a line of its own
        CellGrid grid = read(lines("../corpus/redteam/mutool-txt-litigation-groups-swapped-2021.txt"));
        assertEquals(List.of("91", "220", "1", "/", "1", "82", "395"), placed(row(grid, "一、本年新收政府信息公开申请数量")));
        assertEquals(List.of("0", "/", "/", "/", "/", "4", "4"), placed(row(grid, "二、上年结转政府信息公开申请数量")));
    }

    @Test
    void aBlockOfALabelAndSevenValuesBreakingTheRowIdentityStaysInDoubt() {
        // seven lines may be a number cut in two (31 / 2 for 312) beside a cell that printed nothing
        List<String> lines = new ArrayList<>(List.of("三、收到和处理政府信息公开申请情况", "", "一、本年新收政府信息公开申请数量",
                "31", "2", "0", "0", "0", "0", "312", ""));
        for (int i = 0; i < 20; i++) {
            lines.addAll(List.of("7", ""));
        }
        lines.add("\f");
        assertTrue(placed(row(read(lines), "一、本年新收政府信息公开申请数量")).stream().allMatch(v -> v.startsWith("?")));
    }

    @Test
    void itsGridIsPlacedSoTheFormDecoderLeavesItsRowsAlone() throws IOException {
        assertEquals(Positions.PLACED, read(lines("../fixtures/tools/bordered-2019.pdftotext.txt")).positions());
    }

    @Test
    void textOfOtherShapesIsLeftToTheOtherReaders() throws IOException {
        assertTrue(READER.read(lines("../fixtures/tools/utf8-2019.pdftotext-raw.txt")).isEmpty(), "pdftotext -raw");
        // Python html2text: short blocks of unindented lines and prose wrapped at 78 columns, as in
        // pdftotext's default mode, but its tables are written with pipes
        assertTrue(READER.read(lines("../corpus/src/test/resources/corpus/tool-html2markdown/0004-2021.md")).isEmpty(),
                "html2markdown");
    }

    @Test
    void defaultModeTextWithoutFormFeedsIsReadAsDefaultMode() throws IOException {
        // pdftotext -nopgbrk: the default mode's blocks without the form feed that ends each page
        List<String> noFormFeed = lines("../fixtures/tools/bordered-2019.pdftotext.txt").stream()
                .map(l -> l.replace("\f", "")).toList();
        assertFalse(READER.read(noFormFeed).isEmpty());
    }

    @Test
    void defaultModeTextWithoutFormFeedsWhoseProseFitsThePageIsToldByItsWrappedHeader() throws IOException {
        // pdftotext -nopgbrk of a 67 % Chromium print (red team 18b): no prose line is cut, but table 三's
        // header prints its wrapped labels side by side (商业企 科研机 社会公益组 法律服务机 其 / 业 / 构 …)
        assertFalse(READER.read(lines("../corpus/redteam/pdftotext-default-nopgbrk-z67-dash-marks-first-2021.txt")).isEmpty());
    }

    /** Excerpt of pdftotext's text of a generated 2021 report (document 0178 of generate --formats tools --count 300 --seed 2024). */
    private static final List<String> TWO_LABELS_IN_ONE_BLOCK = List.of(
            "3.其他", "", "0", "", "60", "", "0", "", "0", "", "3", "", "0", "", "63", "", "213", "", "145", "", "0", "",
            "0", "", "28", "", "1", "", "387", "", "0", "", "2", "", "0", "", "0", "", "0", "", "0", "", "2", "",
            "（七）总计", "四、结转下年度继续办理", "\f");

    @Test
    void twoRowsLabelsPrintedAsOneBlockAfterTheirValuesAreEachARow() {
        // the page: 3.其他 0 60 0 0 3 0 63; （七）总计 213 145 0 0 28 1 387; 四、结转 0 2 0 0 0 0 2. Read as one
        // label, the two matched one row, and the 21 values could fill no window: all were flagged
        CellGrid grid = read(TWO_LABELS_IN_ONE_BLOCK);
        assertEquals(List.of("0", "60", "0", "0", "3", "0", "63"), placed(row(grid, "3.其他")));
        assertEquals(List.of("213", "145", "0", "0", "28", "1", "387"), placed(row(grid, "（七）总计")));
        assertEquals(List.of("0", "2", "0", "0", "0", "0", "2"), placed(row(grid, "四、结转下年度继续办理")));
    }
    /**
     * Excerpt of pdftotext's text of a generated 2021 report (generate --formats tool-pdftotext --count 60
     * --seed 2024, document 0035, page 2): （六）2's label with its group's, then the 27 values of （六）2,
     * 3.其他, （七）总计 and 四、结转, the three labels, and 结转's last value after them.
     */
    private static final List<String> FOUR_ROWS_THEN_THREE_LABELS = List.of(
            "1.申请人无正当理由逾期不补正、", "行政机关不再处理其政府信息公开", "申请", "", "0", "", "0", "", "1", "", "0", "",
            "1", "", "0", "", "2", "", "（六）其他处 2.申请人逾期未按收费通知要求缴", "理", "纳费用、行政机关不再处理其政府",
            "信息公开申请", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0", "", "0",
            "", "0", "", "0", "", "0", "", "264", "", "44", "", "2", "", "0", "", "2", "", "170 482", "", "0", "", "0", "",
            "0", "", "0", "", "0", "", "0", "", "3.其他", "（七）总计", "四、结转下年度继续办理", "", "0", "",
            "四、政府信息公开行政复议、行政诉讼情况", "\f");

    @Test
    void threeRowsWhoseLabelsCameAfterTheirValuesAreReadWithTheRowBefore() {
        // the page: （六）1 0 0 1 0 1 0 2; （六）2, 3.其他 and 四、结转 all 0; （七）总计 264 44 2 0 2 170 482. The
        // window of （六）2 held 27 values for 7 cells and the next three none (their labels came after):
        // joined only with up to two, none of the four rows was read, and （六）1 beside them was flagged
        CellGrid grid = read(FOUR_ROWS_THEN_THREE_LABELS);
        List<String> zeros = List.of("0", "0", "0", "0", "0", "0", "0");
        assertEquals(List.of("0", "0", "1", "0", "1", "0", "2"), placed(rowStartingWith(grid, "1.申请人无正当理由逾期不补正")));
        List<GridCell> fee = grid.rows().stream().filter(r -> r.get(0).text().contains("2.申请人逾期未按收费通知要求缴"))
                .findFirst().orElseThrow(() -> new AssertionError(grid.rows().stream().map(r -> r.get(0).text()).toList().toString()));
        assertEquals(zeros, placed(fee));
        assertEquals(zeros, placed(row(grid, "3.其他")));
        assertEquals(zeros, placed(row(grid, "四、结转下年度继续办理")));
        List<String> page = List.of("264", "44", "2", "0", "2", "170", "482");
        List<String> total = placed(row(grid, "（七）总计"));
        for (int c = 0; c < total.size(); c++) {
            assertTrue(total.get(c).startsWith("?") || total.get(c).equals(page.get(c)), total::toString);
        }
    }
}
