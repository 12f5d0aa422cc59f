package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Which options of each term take part in a choice of one option per term whose sum is zero in
 * every column: the whole-row check of a column identity ({@link ColumnIdentities}) where the sets
 * of partial sums grow too large to keep. Table 三 of the 2021 form names 22 rows in
 * {@code requests-outcomes}; with a handful of readings left in each, the distinct partial sums
 * of seven columns passed 20,000 on about one generated report in six, and the identity was not
 * weighed at all.
 *
 * <p>A depth-first search instead, one term after another (fewest options first), cut wherever a
 * column's partial sum can no longer be brought back to zero by the terms left: each column alone
 * has few sums, so those sets stay small. It is exact, like the sums it replaces; it is bounded by
 * a number of steps, and says it gave up rather than guess.
 */
final class ZeroSumChoices {

    private final long[][][] options; // options[term][option][column]
    private final int[] order;        // terms, fewest options first
    /** reach[column][i]: the sums of the column over order[i..] (one option each); null when too many. */
    private final Set<Long>[][] reach;
    private final int width;
    private int steps;

    private ZeroSumChoices(long[][][] options, int width, int maxSteps) {
        this.options = options;
        this.width = width;
        this.order = IntStream.range(0, options.length).boxed()
                .sorted(Comparator.comparingInt(t -> options[t].length)).mapToInt(Integer::intValue).toArray();
        this.steps = maxSteps;
        @SuppressWarnings("unchecked")
        Set<Long>[][] r = new Set[width][];
        for (int c = 0; c < width; c++) {
            r[c] = columnSums(c, maxSteps);
        }
        this.reach = r;
    }

    /**
     * @param options per term, its options (each a list of {@code width} numbers, signed as they add)
     * @param maxSteps steps of the search, and sums kept per column, at most
     * @return per term, the options that take part in some choice summing to zero (all lists empty
     *     when none does); empty when the search passed its bound, or a number is not a whole one
     */
    static Optional<List<Set<List<BigDecimal>>>> support(List<Set<List<BigDecimal>>> options, int width,
                                                        int maxSteps) {
        long[][][] asLongs = new long[options.size()][][];
        List<List<List<BigDecimal>>> listed = new ArrayList<>();
        for (int t = 0; t < options.size(); t++) {
            List<List<BigDecimal>> o = List.copyOf(options.get(t));
            listed.add(o);
            asLongs[t] = new long[o.size()][width];
            for (int i = 0; i < o.size(); i++) {
                for (int c = 0; c < width; c++) {
                    try {
                        asLongs[t][i][c] = o.get(i).get(c).longValueExact();
                    } catch (ArithmeticException notWhole) {
                        return Optional.empty();
                    }
                }
            }
        }
        ZeroSumChoices search = new ZeroSumChoices(asLongs, width, maxSteps);
        Optional<boolean[][]> used = search.used();
        if (used.isEmpty()) {
            return Optional.empty();
        }
        List<Set<List<BigDecimal>>> out = new ArrayList<>();
        for (int t = 0; t < options.size(); t++) {
            Set<List<BigDecimal>> kept = new HashSet<>();
            for (int i = 0; i < listed.get(t).size(); i++) {
                if (used.get()[t][i]) {
                    kept.add(listed.get(t).get(i));
                }
            }
            out.add(kept);
        }
        return Optional.of(out);
    }

    /** Per term and option, whether some zero-sum choice uses it; empty when the bound was passed. */
    private Optional<boolean[][]> used() {
        boolean[][] used = new boolean[options.length][];
        for (int t = 0; t < options.length; t++) {
            used[t] = new boolean[options[t].length];
        }
        for (int c = 0; c < width; c++) {
            if (reach[c] != null && !reach[c][0].contains(0L)) {
                return Optional.of(used); // this column alone cannot balance
            }
        }
        int[] chosen = new int[options.length];
        for (int t = 0; t < options.length; t++) {
            for (int i = 0; i < options[t].length; i++) {
                if (used[t][i]) {
                    continue;
                }
                int found = find(0, new long[width], t, i, chosen, new HashSet<>());
                if (found < 0) {
                    return Optional.empty();
                }
                if (found > 0) {
                    for (int u = 0; u < options.length; u++) {
                        used[u][chosen[u]] = true;
                    }
                }
            }
        }
        return Optional.of(used);
    }

    /**
     * Completes a choice from {@code order[depth]} on, with term {@code fixed} held to option
     * {@code option}: 1 when found (in {@code chosen}), 0 when there is none, -1 when the bound was
     * passed. {@code dead} holds the states (depth and partial sums) already shown to lead nowhere.
     */
    private int find(int depth, long[] partial, int fixed, int option, int[] chosen, Set<State> dead) {
        if (depth == order.length) {
            return Arrays.stream(partial).allMatch(x -> x == 0) ? 1 : 0;
        }
        if (--steps < 0) {
            return -1;
        }
        State state = new State(depth, partial.clone());
        if (dead.contains(state)) {
            return 0;
        }
        int t = order[depth];
        for (int i = 0; i < options[t].length; i++) {
            if (t == fixed && i != option) {
                continue;
            }
            long[] next = partial.clone();
            for (int c = 0; c < width; c++) {
                next[c] += options[t][i][c];
            }
            if (!reachable(depth + 1, next)) {
                continue;
            }
            chosen[t] = i;
            int r = find(depth + 1, next, fixed, option, chosen, dead);
            if (r != 0) {
                return r;
            }
        }
        dead.add(state);
        return 0;
    }

    /** Whether every column's partial sum may still come back to zero over the terms from {@code depth} on. */
    private boolean reachable(int depth, long[] partial) {
        for (int c = 0; c < width; c++) {
            if (depth == order.length ? partial[c] != 0 : reach[c] != null && !reach[c][depth].contains(-partial[c])) {
                return false;
            }
        }
        return true;
    }

    /** The sums of one column over order[i..] for each i, or null when one set passes {@code cap}. */
    private Set<Long>[] columnSums(int c, int cap) {
        @SuppressWarnings("unchecked")
        Set<Long>[] sums = new Set[order.length + 1];
        sums[order.length] = Set.of(0L);
        for (int i = order.length - 1; i >= 0; i--) {
            Set<Long> s = new HashSet<>();
            for (long[] o : options[order[i]]) {
                for (long x : sums[i + 1]) {
                    s.add(x + o[c]);
                }
            }
            if (s.size() > cap) {
                return null;
            }
            sums[i] = s;
        }
        return sums;
    }

    private record State(int depth, long[] partial) {
        @Override
        public boolean equals(Object o) {
            return o instanceof State s && s.depth == depth && Arrays.equals(s.partial, partial);
        }

        @Override
        public int hashCode() {
            return 31 * depth + Arrays.hashCode(partial);
        }
    }
}
