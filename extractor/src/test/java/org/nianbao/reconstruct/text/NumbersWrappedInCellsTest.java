package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.model.Catalog;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.text.PrintedItem.Kind;

/**
 * Numbers wrapped in their narrow cell, as {@code pdftotext} printed them from a generated report's
 * PDF (document 0088 of {@code generate --formats tools --count 300 --seed 2024}, lines 83–98: the
 * page shows 一、本年新收 92 135 1 1 1 1 231, the 231 printed as {@code ２３} / {@code １} in one block).
 */
class NumbersWrappedInCellsTest {

    private static final FormRows FORM = new FormRowBook(Catalog.standard());

    /** The row's label on line 83, then each value on its line; values on consecutive lines share a block. */
    private static List<PrintedItem> printed(String label, String... values) {
        List<PrintedItem> items = new ArrayList<>();
        items.add(PrintedItem.row(GridCell.of(label, new Location.Line(83)), FORM.row(label).orElseThrow()));
        int line = 85;
        for (int i = 0; i < values.length; i++) {
            boolean sharesBlock = values[i].endsWith("/");
            String v = sharesBlock ? values[i].substring(0, values[i].length() - 1) : values[i];
            boolean previousShares = i > 0 && values[i - 1].endsWith("/");
            items.add(new PrintedItem(Kind.VALUE, GridCell.of(v, new Location.Line(line)), null,
                    sharesBlock || previousShares, false));
            line += sharesBlock ? 1 : 2;
        }
        return items;
    }

    private static List<String> texts(List<PrintedItem> items) {
        return items.stream().skip(1).map(it -> it.cell().text()).toList();
    }

    @Test
    void aNumberWrappedInItsCellIsJoinedWhereTheRowIdentityProvesIt() {
        List<PrintedItem> items = printed("一、本年新收政府信息公开申请数量", "９２", "１３５", "1", "1", "１", "１", "２３/", "１");
        assertEquals(List.of("９２", "１３５", "1", "1", "１", "１", "２３１"), texts(NumbersWrappedInCells.joined(items)));
    }

    @Test
    void twoLinesOfOneBlockStayApartWhereJoinedTheyDoNotMakeTheTotal() {
        // 23 and 2 in one block: 92+135+1+1+1+1 is 231, not 232; they may be two rows' cells of one column
        List<PrintedItem> items = printed("一、本年新收政府信息公开申请数量", "９２", "１３５", "1", "1", "１", "１", "２３/", "２");
        assertEquals(List.of("９２", "１３５", "1", "1", "１", "１", "２３", "２"), texts(NumbersWrappedInCells.joined(items)));
    }

    @Test
    void digitsOfTwoFontsAreNeverJoined() {
        List<PrintedItem> items = printed("一、本年新收政府信息公开申请数量", "９２", "１３５", "1", "1", "１", "１", "２３/", "1");
        assertEquals(8, texts(NumbersWrappedInCells.joined(items)).size());
    }

    @Test
    void twoNumbersWrappedInOneRowAreJoinedWhereTheRowIdentityProvesBoth() {
        // seed 7319's tool-pdftotext 0274-mixed, lines 84-100: the page shows 208 169 1 1 1 1 381, printed
        // ２０ / ８ … ３８ / １, two pairs of lines each one block
        List<PrintedItem> items = printed("一、本年新收政府信息公开申请数量", "２０/", "８", "169", "1", "1", "１", "１", "３８/", "１");
        assertEquals(List.of("２０８", "169", "1", "1", "１", "１", "３８１"), texts(NumbersWrappedInCells.joined(items)));
    }

    @Test
    void twoPairsStayApartWhereJoinedTheyDoNotMakeTheTotal() {
        // 208 + 169 + 4 is 381, not 382: one of the pairs may be two rows' cells of one column
        List<PrintedItem> items = printed("一、本年新收政府信息公开申请数量", "２０/", "８", "169", "1", "1", "１", "１", "３８/", "２");
        assertEquals(9, texts(NumbersWrappedInCells.joined(items)).size());
    }
}
