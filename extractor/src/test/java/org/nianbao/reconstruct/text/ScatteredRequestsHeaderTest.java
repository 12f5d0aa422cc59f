package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三's header put back together from the pieces {@code pdftotext} printed among the rows, on
 * the real tool's text of a generated report's PDF and of Chromium's prints (red-team cases); the
 * headers expected are what the pages show.
 */
class ScatteredRequestsHeaderTest {

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
}
