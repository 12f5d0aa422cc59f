package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.nianbao.reconstruct.GridCell;

/**
 * The orders in which a window's values may belong to its rows (row by row; for rows printed apart
 * from their labels, every interleaving poppler's order allows) and the test the row identities put
 * them to ({@link RequestsRowIdentity}).
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
     * The cells the readings of {@code vals} into rows of {@code widths} give, over every order
     * poppler may have printed them in that keeps the row identities. Poppler prints a block before
     * the blocks below it that share its columns, and a row's blocks from left to right: each row's
     * values keep their order, and a row's value of a column comes after the value of that column in
     * the nearest row above that has it; how the rows interleave beyond that is free. Rather than
     * list the orders (three rows of seven have 1.4 million), the search walks the states they pass
     * through (how many values each row has, and the sum of each row's applicants so far), so each
     * is weighed once. Empty when the states are too many to weigh.
     *
     * <p>The column rule is poppler's order, not the page's: it is taken only where a row of the window
     * has table 三's row identity to check the readings against. Rows with no identity (table 二) have
     * nothing but that order to go on, and a Chromium print at 80 % broke it (table 二 （六）: 行政处罚,
     * 行政强制, then {@code /}, {@code 13}: the lower row's value first), so there their rows interleave
     * freely and the cells the orders disagree on are left to the caller to flag.
     */
    static Optional<Readings> kept(List<GridCell> vals, int[] widths) {
        boolean ordered = Arrays.stream(widths).anyMatch(RequestsRowIdentity::appliesTo);
        Optional<Readings> strict = search(vals, widths, ordered, false);
        if (!ordered || strict.isEmpty() || strict.get().none() || vals.stream().noneMatch(ValueOrders::narrow)) {
            return strict;
        }
        // a narrow blank mark may come after the row below's value of its column: those orders are
        // readings too, but only beside the strict ones, so that a window no strict order reads stays flagged
        return search(vals, widths, true, true).map(loose -> strict.get().with(loose));
    }

    private static Optional<Readings> search(List<GridCell> vals, int[] widths, boolean ordered, boolean narrowLate) {
        Search search = new Search(vals, widths, ordered, narrowLate);
        try {
            search.completes(new int[widths.length], new BigDecimal[widths.length], new int[widths.length]);
        } catch (TooManyStates e) {
            return Optional.empty();
        }
        return Optional.of(search.readings());
    }

    /**
     * What the readings left give each cell.
     *
     * @param first the reading that takes each value for the uppermost row it may belong to (row by
     *              row where that keeps the identities); empty when no reading keeps them
     * @param possible for each row and column, the values it holds in some reading, one cell per
     *                 distinct text, in the order printed
     */
    record Readings(List<List<GridCell>> first, List<List<List<GridCell>>> possible) {

        boolean none() {
            return first.isEmpty();
        }

        /** These readings and {@code more}'s: each cell's values both ways, this one's first reading. */
        Readings with(Readings more) {
            List<List<List<GridCell>>> union = new ArrayList<>();
            for (int r = 0; r < possible.size(); r++) {
                List<List<GridCell>> row = new ArrayList<>();
                for (int c = 0; c < possible.get(r).size(); c++) {
                    List<GridCell> cell = new ArrayList<>(possible.get(r).get(c));
                    for (GridCell m : more.possible().get(r).get(c)) {
                        if (cell.stream().noneMatch(p -> p.text().strip().equals(m.text().strip()))) {
                            cell.add(m);
                        }
                    }
                    row.add(cell);
                }
                union.add(row);
            }
            return new Readings(first, union);
        }
    }

    /** A one-character blank mark in an ASCII font ({@code /}): the narrowest block a cell prints. */
    static boolean narrow(GridCell cell) {
        return cell.text().strip().equals("/");
    }

    /** States weighed at most: eight rows of seven values in the worst case, far below in practice. */
    private static final int MAX_STATES = 200_000;

    private static final class TooManyStates extends RuntimeException {
        TooManyStates() {
            super(null, null, false, false);
        }
    }

    /** A depth-first walk over the states of the orders, each state's outcome remembered. */
    private static final class Search {
        private final List<GridCell> vals;
        private final int[] widths;
        /** Whether a row's value of a column follows that column's value in the nearest row above. */
        private final boolean columnsOrdered;
        private final BigDecimal[] numbers;
        private final Map<String, Boolean> completes = new HashMap<>();
        /** possible[r][c]: the values (their indexes) that row r's column c holds in some reading kept. */
        private final List<List<SortedSet<Integer>>> possible = new ArrayList<>();

        /** Whether a narrow blank mark may follow the row below's value of its column. */
        private final boolean narrowLate;

        Search(List<GridCell> vals, int[] widths, boolean columnsOrdered, boolean narrowLate) {
            this.narrowLate = narrowLate;
            this.vals = vals;
            this.widths = widths;
            this.columnsOrdered = columnsOrdered;
            this.numbers = vals.stream().map(RequestsRowIdentity::term).toArray(BigDecimal[]::new);
            for (int width : widths) {
                List<SortedSet<Integer>> row = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    row.add(new TreeSet<>());
                }
                possible.add(row);
            }
        }

        /**
         * True when the values from here on can be given to the rows so that every order rule and identity holds.
         *
         * @param owed for each row, the columns (bits) whose value a row below printed first: those must be narrow
         */
        boolean completes(int[] taken, BigDecimal[] sums, int[] owed) {
            int at = Arrays.stream(taken).sum();
            if (at == vals.size()) {
                return Arrays.equals(taken, widths);
            }
            String key = Arrays.toString(taken) + Arrays.toString(sums) + Arrays.toString(owed);
            Boolean known = completes.get(key);
            if (known != null) {
                return known;
            }
            if (completes.size() >= MAX_STATES) {
                throw new TooManyStates();
            }
            boolean any = false;
            for (int r = 0; r < widths.length; r++) {
                int[] nextOwed = mayTake(taken, owed, r, at);
                if (nextOwed == null) {
                    continue;
                }
                BigDecimal[] next = take(taken, sums, r, at);
                if (next == null) {
                    continue; // the row's total does not equal its applicants' sum
                }
                taken[r]++;
                boolean done = completes(taken, next, nextOwed);
                taken[r]--;
                if (done) {
                    possible.get(r).get(taken[r]).add(at);
                    any = true;
                }
            }
            completes.put(key, any);
            return any;
        }

        /**
         * The columns owed once row {@code r} prints value {@code at} as its next column; null when it may
         * not print it now. Poppler prints a block before the blocks below it that share its columns, but
         * a narrower block may come later: a one-character blank mark ({@code /}) of the row above was
         * printed after the row below's {@code 391} (a Chromium print at 90 %, seed 2727's
         * {@code 0004-mixed}, （六）其他处理 above （七）总计). So a row may print a column the nearest row
         * above has not printed yet when that row's value there turns out to be such a mark; once in a
         * window, or a row of marks could trade places with the row below it.
         */
        private int[] mayTake(int[] taken, int[] owed, int r, int at) {
            int c = taken[r];
            if (c >= widths[r] || (owed[r] & 1 << c) != 0 && !narrow(vals.get(at))) {
                return null;
            }
            if (!columnsOrdered) {
                return owed;
            }
            for (int u = r - 1; u >= 0; u--) {
                if (widths[u] > c) {
                    if (taken[u] > c) {
                        return owed; // the nearest row above with this column printed it already
                    }
                    if (!narrowLate || Arrays.stream(owed).anyMatch(o -> o != 0)) {
                        return null; // one mark printed late was seen, never a row's worth
                    }
                    int[] next = owed.clone();
                    next[u] |= 1 << c;
                    return next;
                }
            }
            return owed;
        }

        /** The rows' sums once row {@code r} takes value {@code at}; null when that breaks its identity. */
        private BigDecimal[] take(int[] taken, BigDecimal[] sums, int r, int at) {
            if (!RequestsRowIdentity.appliesTo(widths[r])) {
                return sums;
            }
            BigDecimal sum = sums[r] == null ? BigDecimal.ZERO : sums[r];
            if (taken[r] == RequestsRowIdentity.WIDTH - 1) {
                return RequestsRowIdentity.holds(sum, numbers[at]) ? sums : null;
            }
            BigDecimal[] next = sums.clone();
            next[r] = sum.add(numbers[at]);
            return next;
        }

        Readings readings() {
            List<List<GridCell>> first = new ArrayList<>();
            int[] taken = new int[widths.length];
            BigDecimal[] sums = new BigDecimal[widths.length];
            int[] owed = new int[widths.length];
            if (completes(taken, sums, owed)) {
                List<List<Integer>> rows = new ArrayList<>();
                for (int width : widths) {
                    rows.add(new ArrayList<>());
                }
                for (int at = 0; at < vals.size(); at++) {
                    for (int r = 0; r < widths.length; r++) {
                        int[] nextOwed = mayTake(taken, owed, r, at);
                        BigDecimal[] next = nextOwed == null ? null : take(taken, sums, r, at);
                        if (next == null) {
                            continue;
                        }
                        taken[r]++;
                        if (completes(taken, next, nextOwed)) {
                            rows.get(r).add(at);
                            sums = next;
                            owed = nextOwed;
                            break;
                        }
                        taken[r]--;
                    }
                }
                rows.forEach(row -> first.add(row.stream().map(vals::get).toList()));
            }
            List<List<List<GridCell>>> cells = new ArrayList<>();
            for (List<SortedSet<Integer>> row : possible) {
                List<List<GridCell>> out = new ArrayList<>();
                for (SortedSet<Integer> at : row) {
                    List<GridCell> distinct = new ArrayList<>();
                    for (int i : at) {
                        if (distinct.stream().noneMatch(c -> c.text().strip().equals(vals.get(i).text().strip()))) {
                            distinct.add(vals.get(i));
                        }
                    }
                    out.add(distinct);
                }
                cells.add(out);
            }
            return new Readings(first, cells);
        }
    }
}
