package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.reconstruct.GridCell;

/**
 * The orders in which a window's values may belong to its rows (row by row; for two rows printed
 * apart from their labels, every interleaving poppler's order allows) and the test the row identities
 * put them to (table 三: the six applicants add up to the total).
 */
final class ValueOrders {

    private ValueOrders() {
    }

    static List<List<GridCell>> rowByRow(List<GridCell> vals, int[] widths) {
        List<List<GridCell>> rows = new ArrayList<>();
        int at = 0;
        for (int width : widths) {
            rows.add(vals.subList(at, at + width));
            at += width;
        }
        return rows;
    }

    /**
     * Every order in which two rows' values may have been printed: poppler prints a block before
     * the blocks below it that share its columns, and a row's blocks from left to right, so the
     * upper row's value of each column comes before the lower row's, and each row's values keep
     * their order; how the two rows interleave is free. Empty for more than two rows (too many
     * orders to tell apart).
     */
    static List<List<List<GridCell>>> orders(List<GridCell> vals, int[] widths) {
        if (widths.length == 1) {
            return List.of(rowByRow(vals, widths));
        }
        if (widths.length > 2) {
            return List.of();
        }
        List<List<List<GridCell>>> out = new ArrayList<>();
        interleave(vals, widths, 0, new ArrayList<>(), new ArrayList<>(), out);
        return out;
    }

    private static void interleave(List<GridCell> vals, int[] widths, int at, List<Integer> upper, List<Integer> lower,
                                   List<List<List<GridCell>>> out) {
        if (at == vals.size()) {
            out.add(List.of(upper.stream().map(vals::get).toList(), lower.stream().map(vals::get).toList()));
            return;
        }
        if (upper.size() < widths[0]) {
            upper.add(at);
            interleave(vals, widths, at + 1, upper, lower, out);
            upper.remove(upper.size() - 1);
        }
        // the lower row's value of a column the upper row has comes after the upper row's
        if (lower.size() < widths[1] && (lower.size() >= widths[0] || lower.size() < upper.size())) {
            lower.add(at);
            interleave(vals, widths, at + 1, upper, lower, out);
            lower.remove(lower.size() - 1);
        }
    }

    /** Table 三's row identity: the six applicant columns add up to the total (templates.md). */
    static boolean hasIdentity(List<GridCell> row) {
        return row.size() == 7;
    }

    static boolean identitiesHold(List<List<GridCell>> reading) {
        for (List<GridCell> row : reading) {
            if (!hasIdentity(row)) {
                continue;
            }
            Optional<BigDecimal> total = CellNumber.number(row.get(6));
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 0; c < 6; c++) {
                Optional<BigDecimal> v = CellNumber.number(row.get(c));
                sum = v.isPresent() ? sum.add(v.get()) : sum;
            }
            // a blank mark (/, －) counts 0, in the total as in the parts (templates.md)
            if (total.orElse(BigDecimal.ZERO).compareTo(sum) != 0) {
                return false;
            }
        }
        return true;
    }
}
