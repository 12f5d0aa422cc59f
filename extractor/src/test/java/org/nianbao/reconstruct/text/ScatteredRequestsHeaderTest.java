package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.model.Catalog;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.FlattenedTextReconstructor;
import org.nianbao.reconstruct.CellNote;
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
    void aHeaderPrintedInAnotherOrderIsReadInTheOrderItsLinesProve() throws IOException {
        // Chromium's print of columns-permuted-2021.html (总计 first, 科研机构 before 商业企业, 自然人 last):
        // 计 科研 商业 社会公 其 法律服 / 机构 企业 益组织 他 务机构 人, two lines that place every column left to
        // right as the page does (pdftotext -layout of the same PDF: 总计 科研 商业 社会公益 其他 法律服务 … 自然人)
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-default-columns-permuted-2021.txt"));
        List<List<String>> texts = grid.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
        assertTrue(texts.contains(List.of("总计", "科研机构", "商业企业", "社会公益组织", "其他", "法律服务机构", "自然人")),
                texts::toString);
        assertNoHeaderRow(grid);
    }

    @Test
    void aHeaderWhoseLinesLeaveTheTotalsPlaceOpenIsReadInTheFormsOrderWithTheCellsThatMayMoveFlagged() throws IOException {
        // 总计 first on the page: 自 / 总 / 然 / 计 / 人 / 法人或其他组织, the organisations on two lines of their own;
        // the rows add up with 总计 first, so nothing proves it last. Six orders fit the lines (自然人 and 总计 each
        // before or after the five): the rows are read in the form's, and every cell another order would give
        // another value is flagged at the cell
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-default-total-first-2021.txt"));
        List<GridCell> newRequests = row(grid, "一、本年新收政府信息公开申请数量");
        assertEquals(List.of("87", "14", "16", "17", "11", "15", "14"), newRequests.stream().skip(1).map(GridCell::text).toList());
        assertTrue(newRequests.stream().skip(1).allMatch(c -> c.notes().stream()
                .anyMatch(n -> n.kind() == CellNote.Kind.COLUMN_ASSUMED)), newRequests::toString);
        // 总计 second: its piece 计 on the organisations' line, left of them, so the form's order is not among
        // those the lines allow, and no header is read (the rows are then read under placement-assumed)
        assertNoHeaderRow(read(lines("../corpus/redteam/pdftotext-default-total-second-2021.txt")));
    }

    @Test
    void headerPiecesPrintedOnLinesOfTheirOwnAreReadInTheFormsOrderOnlyWithTheCellsThatMayMoveFlagged() throws IOException {
        // a landscape Chromium print (red team 12a): 法人或其他组织 / note / 自然 / 人 / 商业 企 / 业 / … / 总计,
        // the group printed before 自然人; read as one header row in the order printed, 自然人 stood after the
        // organisations and every row of table 三 was one column off with no finding. No line holds two labels
        // but 社会公益组 法律服务机: many orders fit, so the rows are read in the form's order, each cell that
        // another order would change flagged at the cell, and a cell that every order reads alike left alone
        CellGrid grid = read(lines("../corpus/redteam/chromium-landscape-default-header-2019.txt"));
        List<List<String>> texts = grid.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
        assertTrue(texts.contains(REQUESTS_HEADER), texts::toString);
        List<GridCell> newRequests = row(grid, "一、本年新收政府信息公开申请数量");
        assertTrue(newRequests.stream().skip(1).anyMatch(c -> c.notes().stream()
                .anyMatch(n -> n.kind() == CellNote.Kind.COLUMN_ASSUMED)), newRequests::toString);
        List<List<GridCell>> alike = grid.rows().stream().filter(r -> r.size() == 8
                && r.stream().skip(1).map(c -> c.text().strip()).distinct().count() == 1).toList();
        assertTrue(!alike.isEmpty() && alike.stream().flatMap(List::stream).allMatch(c -> c.notes().isEmpty()), alike::toString);
        // the pieces are gone from where they were printed; what is not a piece stays: the note beside the header
        List<String> all = texts.stream().flatMap(List::stream).toList();
        assertTrue(all.stream().noneMatch(t -> t.equals("法人或其他组织") || t.equals("自然") || t.startsWith("商业 ")), all::toString);
        assertTrue(all.stream().anyMatch(t -> t.contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")),
                all::toString);
    }

    @Test
    void headerLinesJoinedByARefillProveNoOrderSoTheRowsAreReadInTheFormsOrderWithTheCellsThatMayMoveFlagged()
            throws IOException {
        // default-mode text of an 80 % Chromium print through fmt -w 100: the header's lines joined, so that
        // `… 商业 科研 社会公 法律服 其 人 计` put 自然人 after the five organisations, one order only, and
        // 一、本年新收… was read a column right (48 86 1 0 0 1 136 as 自然人 1, 商业企业 48, …) with no finding. The
        // row's label stands after header pieces on one line (`企业 机构 益组织 务机构 他 一、本年新收…`), which no
        // page line prints: the lines are not the page's
        CellGrid grid = read(lines("../corpus/redteam/pdftotext-default-fmt100-header-joined-first-row-shifted-2019.txt"));
        List<GridCell> newRequests = row(grid, "一、本年新收政府信息公开申请数量");
        assertEquals(List.of("48", "86", "1", "0", "0", "1", "136"), newRequests.stream().skip(1).map(GridCell::text).toList());
        assertTrue(newRequests.stream().skip(1).anyMatch(c -> c.notes().stream()
                .anyMatch(n -> n.kind() == CellNote.Kind.COLUMN_ASSUMED)), newRequests::toString);
        // (text whose lines are the page's is still read in the order they prove: the test above)
    }

    private static void assertNoHeaderRow(CellGrid grid) {
        assertTrue(grid.rows().stream().noneMatch(r -> r.size() == REQUESTS_HEADER.size()
                && r.get(0).text().equals("自然人")), grid.rows()::toString);
    }

    @Test
    void aHeaderReadFromItsPiecesAlsoHeadsTheRowsReadSevenValuesToARow() throws IOException {
        // pdftotext of a generated 2021 report's PDF (seed 7319's tool-pdftotext 0034-2021): 自然人 法人或其他组织 /
        // 总计 / rows / 商业企业 科研机构 社会公益 法律服务 其他 / 组织 / 机构 among the rows, and three row numbers in one
        // block after the table, so table 三 is read seven values to a row (LabelsAheadOfValues), which took the
        // pieces out with the text and read no header; the page prints the form's header (its one line 自然人
        // 法人或其他组织 puts 自然人 left of the organisations, the other their order) and its rows add up with 总计 last
        CellGrid grid = read(lines("src/test/resources/text/pdftotext-default/labels-together-header-pieces-2021.txt"));
        List<List<String>> texts = grid.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
        int header = texts.indexOf(REQUESTS_HEADER);
        assertTrue(header >= 0, texts::toString);
        assertEquals("一、本年新收政府信息公开申请数量", texts.get(header + 1).get(0));
        assertEquals(List.of("5", "83", "0", "0", "0", "0", "88"), placed(row(grid, "5.属于三类内部事务信息")));
    }

    @Test
    void theNotesBracketPutBackOnNaturalPersonsFirstPieceGoesBackToTheNote() throws IOException {
        // seed 7319's tool-pdftotext 0274-mixed: …等于第三项加第四项之和 自然 / ） / 人, the note's closing bracket
        // wrapped onto the line below 自然; the text reader puts a bracket alone on its line back at the end of the
        // line before (自然）), where it hid 自然人's first piece and no header was read (the page: the form's header)
        List<String> lines = lines("src/test/resources/text/pdftotext-default/note-bracket-beside-natural-person-mixed.txt");
        List<CellGrid> grids = new FlattenedTextReconstructor(BlockOrderedFixture.VALUES::isValue,
                new FormRowBook(Catalog.standard())).reconstruct(lines);
        List<List<String>> texts = grids.stream().flatMap(g -> g.rows().stream())
                .map(r -> r.stream().map(GridCell::text).toList()).toList();
        int header = texts.indexOf(REQUESTS_HEADER);
        assertTrue(header >= 0, texts::toString);
        assertTrue(texts.get(header - 1).get(texts.get(header - 1).size() - 1).endsWith("第三项加第四项之和）"),
                texts.get(header - 1)::toString);
        assertEquals("一、本年新收政府信息公开申请数量", texts.get(header + 1).get(0));
    }
}
