package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;
import org.nianbao.validate.Identities;
import org.nianbao.validate.Identity;

/**
 * Weighs the readings of table 三's rows jointly against its column identities (templates.md:
 * {@code requests-outcomes}, for each column the outcomes add up to （七）总计; {@code
 * requests-balance}, new + carried over = total + carried forward). A reading of one row is ruled
 * out when, with it, no choice of readings of the other rows makes an identity hold in every
 * column (docs/decoder.md).
 *
 * <p>An identity is used only when the source can satisfy it: every row it names was read
 * completely (one or more readings of numbers), no row of the table fails its own row identity (the
 * source is then inconsistent, and a choice that happens to balance would be a guess), and some
 * choice of readings makes it hold in every column. If weighing one identity leaves another
 * unsatisfiable, nothing is ruled out.
 *
 * <p>Bounded: the search first prunes column by column (each column's sums are few), then checks
 * whole rows through the sets of partial sums reachable from either end. When such a set would pass
 * {@link #MAX_SUMS} the search stops and that identity rules nothing out (nor does any, when it
 * stops after another identity ruled readings out): the rows keep the readings and flags of their
 * own evidence, as before the column identities were weighed.
 */
final class ColumnIdentities {

    /** Partial sums kept at one step of a search; beyond it the search gives up (today's flags stay). */
    static final int MAX_SUMS = 20_000;

    private final Identities identities;
    private final int maxSums;

    ColumnIdentities(Identities identities) {
        this(identities, MAX_SUMS);
    }

    /** With another cap on the partial sums a search may keep (tests of the fall-back). */
    ColumnIdentities(Identities identities, int maxSums) {
        this.identities = identities;
        this.maxSums = maxSums;
    }

    /** One read row of table 三: its id, the columns its values stand in, and its readings. */
    record Row(String id, List<String> columns, RowReadings readings) {
        Row {
            columns = List.copyOf(columns);
        }
    }

    /** The rows' readings with those the column identities rule out removed, in the same order. */
    List<RowReadings> weigh(List<Row> rows) {
        List<RowReadings> unchanged = rows.stream().map(Row::readings).toList();
        if (rows.stream().map(Row::readings).noneMatch(r -> r.candidates().map(c -> c.size() > 1).orElse(false))
                || rows.stream().anyMatch(r -> !r.readings().consistent())) {
            return unchanged;
        }
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (byId.put(rows.get(i).id(), i) != null) {
                return unchanged; // a row read twice: which one the identity means is not known
            }
        }
        Set<CanonicalKey> present = rows.stream().map(r -> CanonicalKey.of(TableId.REQUESTS, r.id(), "total"))
                .collect(Collectors.toSet());
        List<Equation> equations = new ArrayList<>();
        for (List<Identity> rule : identities.requests(present).stream()
                .filter(i -> i.scope().row().isEmpty()) // down a column, not along a row
                .collect(Collectors.groupingBy(Identity::rule, LinkedHashMap::new, Collectors.toList())).values()) {
            Equation.of(rule, rows, byId).ifPresent(equations::add);
        }
        List<List<List<BigDecimal>>> candidates = new ArrayList<>();
        for (Row r : rows) {
            candidates.add(r.readings().candidates().orElse(List.of()));
        }
        // an identity the rows cannot satisfy as read is about the source, not the readings, and
        // one whose search passed the cap cannot be weighed: neither is used
        equations.removeIf(e -> e.prune(candidates, maxSums).isEmpty());
        List<List<List<BigDecimal>>> left = candidates;
        boolean changed = !equations.isEmpty();
        while (changed) {
            changed = false;
            for (Equation e : equations) {
                Optional<List<List<List<BigDecimal>>>> kept = e.prune(left, maxSums);
                if (kept.isEmpty()) {
                    return unchanged; // left unsatisfiable by another identity: the source is in doubt
                }
                changed |= !kept.get().equals(left);
                left = kept.get();
            }
        }
        List<RowReadings> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<List<BigDecimal>> allowed = new HashSet<>(left.get(i));
            out.add(rows.get(i).readings().keep(allowed::contains, " and the column identities"));
        }
        return out;
    }

    /**
     * One column identity over whole rows: Σ sign × row = 0 in each of its columns.
     *
     * @param rows index of each row it names into the table's rows
     * @param signs +1 for the left side, -1 for the right
     * @param columns per row, the position of each of the identity's columns among the row's values
     */
    private record Equation(int[] rows, int[] signs, int[][] columns) {

        /** The identity over the rows read, or empty when a row it names was not read completely. */
        static Optional<Equation> of(List<Identity> perColumn, List<Row> rows, Map<String, Integer> byId) {
            List<CanonicalKey> left = perColumn.get(0).left();
            List<CanonicalKey> right = perColumn.get(0).right();
            int k = left.size() + right.size();
            int[] at = new int[k];
            int[] signs = new int[k];
            int[][] columns = new int[k][perColumn.size()];
            for (int t = 0; t < k; t++) {
                String id = (t < left.size() ? left.get(t) : right.get(t - left.size())).row();
                Integer index = byId.get(id);
                if (index == null || rows.get(index).readings().candidates().isEmpty()) {
                    return Optional.empty();
                }
                at[t] = index;
                signs[t] = t < left.size() ? 1 : -1;
                for (int c = 0; c < perColumn.size(); c++) {
                    columns[t][c] = rows.get(index).columns().indexOf(perColumn.get(c).left().get(0).column());
                    if (columns[t][c] < 0) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new Equation(at, signs, columns));
        }

        /**
         * The candidates left once this identity is weighed: first column by column, then over whole
         * rows; empty when the search was capped or nothing satisfies the identity.
         */
        Optional<List<List<List<BigDecimal>>>> prune(List<List<List<BigDecimal>>> candidates, int cap) {
            List<List<List<BigDecimal>>> left = candidates;
            for (int c = 0; c < columns[0].length; c++) {
                int column = c;
                Optional<List<Set<List<BigDecimal>>>> s = support(left, column, cap);
                if (s.isEmpty()) {
                    continue; // too many sums in this column: the whole-row check decides alone
                }
                if (s.get().isEmpty()) {
                    return Optional.empty(); // no choice of readings balances this column
                }
                left = restrict(left, (t, v) -> s.get().get(t).contains(project(v, t, column)));
            }
            Optional<List<Set<List<BigDecimal>>>> whole = support(left, -1, cap);
            if (whole.isEmpty() || whole.get().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(restrict(left, (t, v) -> whole.get().get(t).contains(project(v, t, -1))));
        }

        /**
         * For each row of the identity, which of its candidates (projected on {@code column}, or on
         * every column of the identity when -1) take part in a choice of one candidate per row whose
         * signed sum is zero. An empty list when there is no such choice; empty when a set of
         * partial sums passed the cap.
         */
        private Optional<List<Set<List<BigDecimal>>>> support(List<List<List<BigDecimal>>> candidates, int column,
                                                              int cap) {
            int k = rows.length;
            List<Set<List<BigDecimal>>> options = new ArrayList<>();
            for (int t = 0; t < k; t++) {
                Set<List<BigDecimal>> o = new HashSet<>();
                for (List<BigDecimal> v : candidates.get(rows[t])) {
                    o.add(signed(project(v, t, column), signs[t]));
                }
                options.add(o);
            }
            int width = column < 0 ? columns[0].length : 1;
            // forward.get(t): sums reachable over rows before t; backward.get(t): over rows from t on
            List<Set<List<BigDecimal>>> forward = new ArrayList<>();
            forward.add(Set.of(zero(width)));
            for (int t = 0; t < k; t++) {
                Optional<Set<List<BigDecimal>>> next = sums(forward.get(t), options.get(t), cap);
                if (next.isEmpty()) {
                    // too many sums of whole rows to keep: search the choices instead (a column's are few)
                    return column >= 0 ? Optional.empty() : searched(options, width, cap);
                }
                forward.add(next.get());
            }
            if (!forward.get(k).contains(zero(width))) {
                return Optional.of(List.of());
            }
            List<Set<List<BigDecimal>>> backward = new ArrayList<>(Collections.nCopies(k + 1, Set.of()));
            backward.set(k, Set.of(zero(width)));
            for (int t = k - 1; t >= 0; t--) {
                Optional<Set<List<BigDecimal>>> next = sums(backward.get(t + 1), options.get(t), cap);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                backward.set(t, next.get());
            }
            List<Set<List<BigDecimal>>> out = new ArrayList<>();
            for (int t = 0; t < k; t++) {
                Set<List<BigDecimal>> kept = new HashSet<>();
                for (List<BigDecimal> o : options.get(t)) {
                    for (List<BigDecimal> f : forward.get(t)) {
                        if (backward.get(t + 1).contains(negated(add(f, o)))) {
                            kept.add(signed(o, signs[t]));
                            break;
                        }
                    }
                }
                out.add(kept);
            }
            return Optional.of(out);
        }

        /** {@link #support} by a bounded search ({@link ZeroSumChoices}) over the rows' signed options. */
        private Optional<List<Set<List<BigDecimal>>>> searched(List<Set<List<BigDecimal>>> options, int width, int cap) {
            return ZeroSumChoices.support(options, width, cap).map(used -> {
                List<Set<List<BigDecimal>>> out = new ArrayList<>();
                for (int t = 0; t < used.size(); t++) {
                    Set<List<BigDecimal>> kept = new HashSet<>();
                    int sign = signs[t];
                    used.get(t).forEach(o -> kept.add(signed(o, sign)));
                    out.add(kept);
                }
                return out.stream().allMatch(Set::isEmpty) ? List.of() : out;
            });
        }

        /** The candidates of each row of the identity that {@code keep} accepts; other rows unchanged. */
        private List<List<List<BigDecimal>>> restrict(List<List<List<BigDecimal>>> candidates, Keep keep) {
            List<List<List<BigDecimal>>> out = new ArrayList<>(candidates);
            for (int t = 0; t < rows.length; t++) {
                int term = t;
                out.set(rows[t], out.get(rows[t]).stream().filter(v -> keep.test(term, v)).toList());
            }
            return out;
        }

        /** A row's values in the identity's columns (or one of them), in the identity's column order. */
        private List<BigDecimal> project(List<BigDecimal> v, int term, int column) {
            if (column >= 0) {
                return List.of(norm(v.get(columns[term][column])));
            }
            List<BigDecimal> out = new ArrayList<>(columns[term].length);
            for (int position : columns[term]) {
                out.add(norm(v.get(position)));
            }
            return out;
        }

        private interface Keep {
            boolean test(int term, List<BigDecimal> values);
        }
    }

    /** Every sum of one of {@code from} and one of {@code with}; empty when they would pass the cap. */
    private static Optional<Set<List<BigDecimal>>> sums(Set<List<BigDecimal>> from, Set<List<BigDecimal>> with,
                                                        int cap) {
        Set<List<BigDecimal>> out = new HashSet<>();
        for (List<BigDecimal> a : from) {
            for (List<BigDecimal> b : with) {
                out.add(add(a, b));
                if (out.size() > cap) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out);
    }

    private static List<BigDecimal> add(List<BigDecimal> a, List<BigDecimal> b) {
        List<BigDecimal> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(norm(a.get(i).add(b.get(i))));
        }
        return out;
    }

    private static List<BigDecimal> signed(List<BigDecimal> v, int sign) {
        return sign > 0 ? v : negated(v);
    }

    private static List<BigDecimal> negated(List<BigDecimal> v) {
        return v.stream().map(x -> norm(x.negate())).toList();
    }

    private static List<BigDecimal> zero(int width) {
        return Collections.nCopies(width, BigDecimal.ZERO);
    }

    /** One scale for equal numbers (1.0 and 1), so that sums compare as sets. */
    private static BigDecimal norm(BigDecimal x) {
        return x.signum() == 0 ? BigDecimal.ZERO : x.stripTrailingZeros();
    }
}
