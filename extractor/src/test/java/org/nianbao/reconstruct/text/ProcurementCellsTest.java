package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.lines;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.placed;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.read;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.row;
import static org.nianbao.reconstruct.text.BlockOrderedFixture.unplaced;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.GridCell;

/**
 * The procurement row's count and amount, which {@code pdftotext} prints in either order (red-team
 * case {@code pdftotext-default-procurement-swapped-2019.txt}; the PDF shows 725 under 采购项目数量).
 */
class ProcurementCellsTest {

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
}
