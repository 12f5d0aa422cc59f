package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * The readings of one row that its own evidence (layout, kept blanks, the row's identity) left,
 * before the column identities of its table had their say (docs/decoder.md). {@link #fit()} turns
 * them into the row's {@link RowFit}: one reading is accepted, several flag the cells they differ on.
 * A row the decoder does not decode (exact, placed by its reader, or not decodable) is
 * {@linkplain #settled settled}: its fit is final and its values, when every cell of a complete
 * reading holds a number or a blank, are the one candidate it offers the column identities.
 */
final class RowReadings {

    private final RowFit layout;
    /** The row's values as printed, then any figure read as two of them joined ({@link #printed} of them printed). */
    private final List<GridCell> filled;
    private final int printed;
    /** Placements left (r[col] = index into filled, or -1 for blank); empty for a settled row. */
    private final List<int[]> readings;
    /** Per reading its numbers (blank as 0), or empty where a value is not a number. */
    private final List<Optional<List<BigDecimal>>> values;
    /** What ruled readings out, for the finding ("the layout and the row's identity"). */
    private final String evidence;
    /** False when the row's own identity fails for the values it offers: the source is inconsistent. */
    private final boolean consistent;
    /**
     * Per column, what the row's own evidence allowed there before the column identities ruled
     * readings out ("2 or blank"); only columns where they differed. Empty until {@link #keep}.
     */
    private final Map<Integer, String> ownDoubts;

    private RowReadings(RowFit layout, List<GridCell> filled, int printed, List<int[]> readings,
                        List<Optional<List<BigDecimal>>> values, String evidence, boolean consistent,
                        Map<Integer, String> ownDoubts) {
        this.layout = layout;
        this.filled = List.copyOf(filled);
        this.printed = printed;
        this.readings = List.copyOf(readings);
        this.values = List.copyOf(values);
        this.evidence = evidence;
        this.consistent = consistent;
        this.ownDoubts = Map.copyOf(ownDoubts);
    }

    /** A row whose fit is final; {@code values} are its numbers when the fit is complete and numeric. */
    static RowReadings settled(RowFit fit, Optional<List<BigDecimal>> values, boolean consistent) {
        return new RowReadings(fit, List.of(), 0, List.of(), List.of(values), "", consistent, Map.of());
    }

    /**
     * A row that lost blanks, with the readings its own evidence left (at least one).
     *
     * @param layout the layout's own reading ({@link RowFit#fit}), kept where it survived
     * @param values per reading, its numbers
     */
    static RowReadings open(RowFit layout, List<GridCell> filled, List<int[]> readings,
                            List<Optional<List<BigDecimal>>> values, String evidence, boolean consistent) {
        return open(layout, filled, filled.size(), readings, values, evidence, consistent);
    }

    /**
     * @param filled the row's values as printed, then figures read as two of them joined
     * @param printed how many of {@code filled} the row printed
     */
    static RowReadings open(RowFit layout, List<GridCell> filled, int printed, List<int[]> readings,
                            List<Optional<List<BigDecimal>>> values, String evidence, boolean consistent) {
        if (readings.isEmpty() || readings.size() != values.size()) {
            throw new IllegalArgumentException("one set of values per reading, at least one reading");
        }
        return new RowReadings(layout, filled, printed, readings, values, evidence, consistent, Map.of());
    }

    /**
     * The values the row may hold, one list per distinct reading's numbers (blank as 0), in the
     * columns' order; empty when some reading holds a value that is not a number, or the row was
     * not read completely (it then says nothing about a column identity).
     */
    Optional<List<List<BigDecimal>>> candidates() {
        if (readings.isEmpty() && layout.problem() != RowFit.Problem.NONE) {
            return Optional.empty();
        }
        Set<List<BigDecimal>> out = new LinkedHashSet<>();
        for (Optional<List<BigDecimal>> v : values) {
            if (v.isEmpty()) {
                return Optional.empty();
            }
            out.add(v.get());
        }
        return Optional.of(List.copyOf(out));
    }

    /** False when the row's identity fails for the values the row offers. */
    boolean consistent() {
        return consistent;
    }

    /**
     * The readings whose numbers the column identities still allow; the row as it is when none
     * would be left (never the case when the identities were satisfiable) or when it is settled.
     */
    RowReadings keep(Predicate<List<BigDecimal>> allowed, String why) {
        List<int[]> kept = new ArrayList<>();
        List<Optional<List<BigDecimal>>> keptValues = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            if (values.get(i).isPresent() && allowed.test(values.get(i).get())) {
                kept.add(readings.get(i));
                keptValues.add(values.get(i));
            }
        }
        if (kept.isEmpty() || kept.size() == readings.size()) {
            return this;
        }
        return new RowReadings(layout, filled, printed, kept, keptValues, evidence + why, consistent, alternatives(readings));
    }

    /** Per column where the readings differ, what they give it ("2 or blank"). */
    private Map<Integer, String> alternatives(List<int[]> among) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int col = 0; col < among.get(0).length; col++) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (int[] r : among) {
                alternatives.add(shown(r[col]));
            }
            if (alternatives.size() > 1) {
                out.put(col, String.join(" or ", alternatives));
            }
        }
        return out;
    }

    /**
     * The row's fit: a settled row's own; else the one reading left, or, with several, the cells
     * they agree on and a doubt at each cell where they differ. A cell in doubt holds what the
     * layout suggests where that reading survived, else the value of the surviving reading that
     * departs least from it.
     */
    RowFit fit() {
        if (readings.isEmpty()) {
            return layout;
        }
        int n = readings.get(0).length;
        Location at = filled.get(0).where();
        int[] suggested = suggested();
        boolean layoutSurvives = suggested != null && readings.stream().anyMatch(r -> Arrays.equals(r, suggested));
        int[] nearest = nearestTo(suggested);
        List<Optional<GridCell>> cells = new ArrayList<>();
        Map<Integer, String> doubts = alternatives(readings);
        for (int col = 0; col < n; col++) {
            if (!doubts.containsKey(col)) {
                cells.add(Optional.of(cell(readings.get(0)[col], at)));
            } else {
                cells.add(layoutSurvives ? layout.cells().get(col) : Optional.of(cell(nearest[col], at)));
            }
        }
        if (doubts.isEmpty()) {
            // settled, but where only the column identities settled it the cell says so: the
            // identities were spent on placing the values and cannot also vouch that the source
            // printed them there (a source that typed a figure one column off is "repaired")
            return new RowFit(cells, RowFit.Problem.NONE, ownDoubts.isEmpty() ? "" : printed
                    + " values in " + n + " columns: the row's layout allowed several readings and only this one lets"
                    + " the table's column identities hold", Map.of(), ownDoubts);
        }
        if (doubts.size() == n && layoutSurvives && layout.problem() != RowFit.Problem.NONE) {
            // every cell in doubt: the evidence ruled nothing out that matters; one finding for the row says it
            return layout;
        }
        return new RowFit(cells, RowFit.Problem.AMBIGUOUS, readings.size() + " readings of the row's " + printed
                + " values in " + n + " columns agree with " + evidence, doubts);
    }

    /** The layout's own reading as a placement, when it placed exactly the filled values. */
    private int[] suggested() {
        int[] r = new int[layout.cells().size()];
        int placed = 0;
        for (int col = 0; col < r.length; col++) {
            Optional<GridCell> c = layout.cells().get(col);
            r[col] = c.isEmpty() || c.get().isBlank() ? -1 : indexOf(c.get());
            placed += r[col] >= 0 ? 1 : 0;
        }
        return placed == printed ? r : null;
    }

    /**
     * The reading that places the fewest values in other columns than {@code reference} does (the
     * first such in enumeration order, which fills columns from the left); the first reading when
     * there is no reference.
     */
    private int[] nearestTo(int[] reference) {
        int[] best = readings.get(0);
        if (reference == null) {
            return best;
        }
        int bestDistance = Integer.MAX_VALUE;
        for (int[] r : readings) {
            int d = 0;
            for (int col = 0; col < r.length; col++) {
                d += r[col] != reference[col] ? 1 : 0;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    private int indexOf(GridCell c) {
        for (int i = 0; i < filled.size(); i++) {
            if (filled.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private String shown(int index) {
        return index < 0 ? "blank" : filled.get(index).text().strip();
    }

    private GridCell cell(int index, Location at) {
        return index < 0 ? GridCell.of("", at) : filled.get(index);
    }
}
