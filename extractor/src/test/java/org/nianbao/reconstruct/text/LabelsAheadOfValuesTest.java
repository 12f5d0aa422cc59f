package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.rowStartingWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三 of a Word report printed to PDF by LibreOffice, then {@code pdftotext -enc UTF-8} in its
 * default mode ({@code fixtures/tools/libreoffice-2019.pdftotext.txt} and {@code -2021}: generated
 * DOCX; the 2019 page read with {@code pdftotext -bbox-layout} to check which block stands in which
 * row and column; values expected are the generator's, which the text shows on those lines).
 */
class LabelsAheadOfValuesTest {

    private static final String LIBREOFFICE_2019 = "../fixtures/tools/libreoffice-2019.pdftotext.txt";
    private static final String LIBREOFFICE_2021 = "../fixtures/tools/libreoffice-2021.pdftotext.txt";

    @Test
    void labelsPrintedAsOneRunAheadOfTheirValuesAreGivenTheRunsOfSevenInTheFormsOrder() throws IOException {
        CellGrid grid = read(lines(LIBREOFFICE_2021));
        // the labels 1.属于国家秘密 … 2.没有现成… in one block, then the rows' values a block each
        assertEquals(List.of("8", "3", "0", "69", "0", "0", "80"), placed(rowStartingWith(grid, "3.危及")));
        assertEquals(List.of("7", "41", "0", "8", "0", "0", "56"), placed(rowStartingWith(grid, "4.保护第三方合法权益")));
        assertEquals(List.of("62", "77", "50", "0", "0", "1", "190"), placed(rowStartingWith(grid, "3.要求提供")));
    }

    @Test
    void rowsMixingDigitsOfTwoFontsAreFlaggedWithTheirNeighbours() throws IOException {
        // ５２ ０ ０ ０ ０ 0 ５２: each font on its own baseline, which poppler may print in either order
        CellGrid grid = read(lines(LIBREOFFICE_2019));
        assertTrue(placed(rowStartingWith(grid, "6、属于四类过程性信息")).stream().allMatch(v -> v.startsWith("?")));
        assertTrue(placed(rowStartingWith(grid, "4、保护第三方合法权益")).stream().allMatch(v -> v.startsWith("?")));
    }

    @Test
    void theHeaderIsGivenOnlyAsPrintedInTheFormsOrder() throws IOException {
        CellGrid grid = read(lines(LIBREOFFICE_2019));
        assertTrue(grid.rows().stream().anyMatch(r -> r.stream().map(GridCell::text).toList()
                .equals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"))));
        List<String> swapped = new ArrayList<>(lines(LIBREOFFICE_2019));
        int research = swapped.indexOf("科研机");
        int commercial = swapped.indexOf("商业企");
        swapped.set(research, "商业企");
        swapped.set(research + 1, "业");
        swapped.set(commercial, "科研机");
        swapped.set(commercial + 1, "构");
        // printed 科研机构 before 商业企业: the columns may be the report's own order, so no header is given
        assertFalse(read(swapped).rows().stream().anyMatch(r -> r.stream().anyMatch(c -> c.text().equals("商业企业"))
                && r.size() == 5));
    }

    @Test
    void rowsWhoseCellsShareABlockWithAnotherRowsAndTheirNeighboursAreFlagged() throws IOException {
        CellGrid grid = read(lines(LIBREOFFICE_2021));
        // 予以公开 and 部分公开 are one line high: poppler joined their columns into blocks of two lines
        // and printed them out of the columns' order
        assertTrue(placed(rowStartingWith(grid, "（一）予以公开")).stream().allMatch(v -> v.startsWith("?")));
        assertTrue(placed(rowStartingWith(grid, "（二）部分公开")).stream().allMatch(v -> v.startsWith("?")));
    }

    @Test
    void valuesThatDoNotFillTheFormAreLeftToTheBlockReaderNeverShifted() throws IOException {
        List<String> lost = new ArrayList<>(lines(LIBREOFFICE_2021));
        lost.set(lost.indexOf("41"), ""); // a blank cell: LibreOffice prints nothing for it
        CellGrid grid = read(lost);
        // the 174 values left cannot say which cell was blank: no row of the page is read from a shifted run
        List<String> page = List.of("1.属于国家", "2.其他法律", "3.危及", "4.保护第三方", "5.属于三类", "6.属于四类",
                "7.属于行政执法", "8.属于行政查询", "1.本机关不掌握", "2.没有现成信息");
        for (List<GridCell> r : grid.rows()) {
            if (!r.isEmpty() && page.stream().anyMatch(r.get(0).text()::startsWith)) {
                assertTrue(placed(r).stream().allMatch(v -> v.startsWith("?")), r::toString);
            }
        }
    }
}
