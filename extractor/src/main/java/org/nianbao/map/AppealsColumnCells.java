package org.nianbao.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Table 四's column header cells where a header row is printed cell by cell between the same
 * separators as the values (Debian html2text): every column's cell stands where its values stand,
 * so a cell's place among its group's five says which value it heads, even when its label is cut
 * short. A cut label names its column only where it begins no other's ({@code 其�} 其他结果,
 * {@code 尚�} 尚未审结); {@code 结�} begins 结果维持 and 结果纠正, a lone {@code �} any label. Each
 * group's order is the one every order the cells allow agrees on; where several remain, the
 * columns they disagree on are placed in the form's order, by assumption.
 *
 * <p>Read in the form's order instead, the columns such a header names would be taken as named
 * where the form puts them, not where the header prints them: a group printed 总计 first
 * ({@code �|结�|结�|其�|尚�}) had its 其他结果 read from the 结果纠正 column, unflagged.
 */
final class AppealsColumnCells {

    /** One column header cell: the header row it is on and the columns its text can name. */
    private record Cell(int row, Set<String> columns) {
    }

    private final List<String> form;
    private final List<Cell> cells = new ArrayList<>();
    private boolean unplaced;

    /** @param form the column ids in the form's order */
    AppealsColumnCells(List<String> form) {
        this.form = List.copyOf(form);
    }

    /** Adds a column cell of header row {@code row}, left to right: the columns its text can name. */
    void add(int row, Set<String> columns) {
        cells.add(new Cell(row, Set.copyOf(columns)));
    }

    /**
     * Says a header row holds a cell that names no group or column and is no label's rest: the
     * column cells of that row may not stand one per column, so their places prove nothing.
     */
    void unplaced() {
        unplaced = true;
    }

    /**
     * The columns of each group, by where the header prints its cells: the three groups' runs of
     * five, in printed order, on one line (the groups in {@code rows}' order), or one run on a line
     * over two on a later one (行政复议's under it, beside 未经复议直接起诉 and 复议后起诉, then the
     * two litigation groups in printed order). Empty when the cells are not fifteen in runs of five
     * on their lines, stand otherwise, or some cell was not placed ({@link #unplaced}); a group whose
     * cells no order of the five fits is read in the form's order, every column assumed.
     *
     * @param rows the groups in printed order
     */
    Optional<Map<String, ColumnMap>> columns(List<String> rows) {
        int size = form.size();
        if (unplaced || cells.size() != AppealsHeader.ROWS.size() * size) {
            return Optional.empty();
        }
        List<List<Cell>> runs = new ArrayList<>();
        for (int g = 0; g < AppealsHeader.ROWS.size(); g++) {
            List<Cell> run = cells.subList(g * size, (g + 1) * size);
            if (run.stream().map(Cell::row).distinct().count() != 1) {
                return Optional.empty();
            }
            runs.add(run);
        }
        List<Integer> lines = runs.stream().map(r -> r.get(0).row()).toList();
        Optional<List<String>> groups = AppealsHeader.owners(lines, rows);
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<String> owners = groups.get();
        Map<String, ColumnMap> out = new LinkedHashMap<>();
        for (int g = 0; g < owners.size(); g++) {
            out.put(owners.get(g), group(runs.get(g).stream().map(Cell::columns).toList()));
        }
        return Optional.of(out);
    }

    /**
     * One group's columns: the orders of the five columns that give each cell a column it can name;
     * a place on which they all agree is named, the others assumed, placed as the first such order
     * in the form's (the assumed columns keep the form's order among themselves).
     */
    private ColumnMap group(List<Set<String>> allowed) {
        List<List<String>> orders = new ArrayList<>();
        orders(allowed, new ArrayList<>(), orders);
        if (orders.isEmpty()) {
            return ColumnMap.assumed(form, "the header's cells (" + describe(allowed) + ") fit no order of the "
                    + "five columns; the values were read in the form's order");
        }
        List<String> first = orders.get(0);
        List<Boolean> named = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            int at = i;
            boolean same = orders.stream().allMatch(o -> o.get(at).equals(first.get(at)));
            named.add(same);
            if (!same) {
                open.add(first.get(i));
            }
        }
        if (open.isEmpty()) {
            return ColumnMap.named(first);
        }
        return new ColumnMap(first, Collections.nCopies(first.size(), ""), named, "the header's cells (" + describe(allowed)
                + ") do not tell " + String.join(", ", open) + " apart; they were read in the form's order", true);
    }

    /** Every order of the form's columns, in the form's order of orders, whose i-th column cell i allows. */
    private void orders(List<Set<String>> allowed, List<String> sofar, List<List<String>> out) {
        if (sofar.size() == allowed.size()) {
            out.add(List.copyOf(sofar));
            return;
        }
        for (String column : form) {
            if (!sofar.contains(column) && allowed.get(sofar.size()).contains(column)) {
                sofar.add(column);
                orders(allowed, sofar, out);
                sofar.remove(sofar.size() - 1);
            }
        }
    }

    /** The cells as the columns each allows, for a finding: "upheld|corrected, other, …". */
    private String describe(List<Set<String>> allowed) {
        List<String> out = new ArrayList<>();
        for (Set<String> a : allowed) {
            out.add(a.size() == form.size() ? "any" : String.join("|", form.stream().filter(a::contains).toList()));
        }
        return String.join(", ", out);
    }
}
