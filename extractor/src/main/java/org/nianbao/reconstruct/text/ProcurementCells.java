package org.nianbao.reconstruct.text;

import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 二's procurement row (政府集中采购, 2019): its count and amount put in the form's order by
 * what each looks like, since poppler prints the two blocks in either order.
 */
final class ProcurementCells {

    /** Table 二's one row with an amount: 政府集中采购, 采购项目数量 then 采购总金额 (2019). */
    static final String ROW = "procurement";
    /** What only an amount carries: a money unit or a fraction. */
    private static final Pattern AMOUNT_SHAPE = Pattern.compile("元|\\d\\.\\d");

    private ProcurementCells() {
    }

    /**
     * The procurement row's count and amount in the form's order. Poppler prints the two blocks in
     * either order (the amount's first in two of twelve narrow Chromium prints of red team 11), so
     * the order printed proves nothing; what a value looks like does: an amount may carry a money
     * unit or a fraction ({@code 918562299 元}, {@code 75289.39}), a count never. Two values that
     * look alike, and are not the same, are flagged.
     */
    static List<GridCell> inFormOrder(FormRow row, List<GridCell> cells) {
        if (row.table() != TableId.ACTIVE || !row.id().equals(ROW) || cells.size() != 2
                || cells.stream().anyMatch(c -> !c.notes().isEmpty())) {
            return cells;
        }
        boolean firstAmount = AMOUNT_SHAPE.matcher(CellNumber.nfkc(cells.get(0))).find();
        boolean secondAmount = AMOUNT_SHAPE.matcher(CellNumber.nfkc(cells.get(1))).find();
        if (!firstAmount && secondAmount || CellNumber.nfkc(cells.get(0)).equals(CellNumber.nfkc(cells.get(1)))) {
            return cells;
        }
        if (firstAmount && !secondAmount) {
            return List.of(cells.get(1), cells.get(0));
        }
        String why = "pdftotext prints the procurement row's count and amount in either order, and '"
                + cells.get(0).text().strip() + "' and '" + cells.get(1).text().strip()
                + "' do not tell which is the amount (only an amount carries a money unit or a fraction)";
        return cells.stream().map(c -> c.noted(CellNote.unplaced(why))).toList();
    }
}
