package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.text.GluedValues;

/**
 * Places a row's value cells into the {@code n} columns it should have. When the row has exactly
 * {@code n} cells, or exactly {@code n} non-blank ones, there is one reading. Otherwise blank
 * cells may be artefacts of the flattening, and the reading is marked ambiguous: the cells are
 * still placed the way the layout suggests, and the mapper flags them.
 *
 * @param cells one entry per column; empty where the row has no cell for that column
 * @param doubts for an ambiguous reading whose doubt is confined to some columns (column index →
 *     the values the readings give it, "12 or blank"); empty when the whole row is in doubt
 * @param settledByTable for a reading accepted only because the table's column identities ruled
 *     the others out: column index → what the row's own evidence allowed there; the cells are
 *     emitted with an info note naming the alternatives
 */
record RowFit(List<Optional<GridCell>> cells, Problem problem, String note, Map<Integer, String> doubts,
              Map<Integer, String> settledByTable) {

    enum Problem { NONE, AMBIGUOUS, TOO_MANY, MISSING }

    RowFit {
        cells = List.copyOf(cells);
        doubts = Map.copyOf(doubts);
        settledByTable = Map.copyOf(settledByTable);
    }

    RowFit(List<Optional<GridCell>> cells, Problem problem, String note, Map<Integer, String> doubts) {
        this(cells, problem, note, doubts, Map.of());
    }

    RowFit(List<Optional<GridCell>> cells, Problem problem, String note) {
        this(cells, problem, note, Map.of());
    }

    /**
     * What a {@code cells-ambiguous} finding says about column {@code i}, in doubt: the values the
     * readings give it and what was read ({@code natural_person is 3 or blank, read as 3}).
     */
    String doubtAbout(int i, String column) {
        String read = cells.get(i).map(c -> c.isBlank() ? "blank" : c.text().strip()).orElse(null);
        return column + " is " + doubts.get(i) + (read == null ? ", not extracted" : ", read as " + read);
    }

    static RowFit fit(List<GridCell> values, int n, Positions positions, ValueParser parser) {
        List<GridCell> v = new ArrayList<>(values);
        Optional<GridCell> glued = positions == Positions.FLATTENED ? glued(v, parser) : Optional.empty();
        if (glued.isPresent()) {
            // a tool ran values together (`—0 ——`, narrow columns): how many cells that text holds is
            // unknown, so no count of the row's cells places the others; read from the left, flagged
            List<Optional<GridCell>> cells = new ArrayList<>(present(v.subList(0, Math.min(n, v.size()))));
            while (cells.size() < n) {
                cells.add(Optional.empty());
            }
            return new RowFit(cells, Problem.AMBIGUOUS, "'" + glued.get().text().strip() + "' runs values together, so"
                    + " where the row's other values stand is unknown; read from the left");
        }
        // an explicit blank mark (—, /) is a cell the source wrote; only empty text can be an artefact
        long filled = v.stream().filter(c -> !c.isBlank()).count();
        if (filled > n) {
            return new RowFit(List.of(), Problem.TOO_MANY,
                    filled + " values where " + n + " columns are expected");
        }
        if (v.size() == n) {
            // in text, a blank at either edge of a row whose count fits may be a separator's artefact
            // (a crawler's tab after the last cell) standing in for a blank that was lost elsewhere
            boolean leading = positions == Positions.FLATTENED && leadingBlankBeforeValue(v, parser);
            boolean trailing = positions == Positions.FLATTENED && trailingBlankAfterValue(v, parser);
            return new RowFit(present(v), leading || trailing ? Problem.AMBIGUOUS : Problem.NONE, leading
                    ? "the row starts with blank cells in text that lost its table structure; the values may belong one or more columns further left"
                    : trailing ? "the row ends with blank cells in text that lost its table structure; the values may belong one or more columns further right"
                    : "");
        }
        if (v.size() > n) {
            if (filled == 0) {
                // every reading of an all-blank row is blank: keep the cells next to the label
                return new RowFit(present(v.subList(0, n)), Problem.NONE, "");
            }
            if (filled == n) {
                List<GridCell> nonBlank = v.stream().filter(c -> !c.isBlank()).toList();
                boolean interleaved = firstNonBlank(v, parser) + n < lastNonBlank(v, parser) + 1;
                return new RowFit(present(nonBlank), interleaved ? Problem.AMBIGUOUS : Problem.NONE,
                        interleaved ? "blank cells between the values were taken as artefacts of the flattening" : "");
            }
            while (v.size() > n && v.get(0).isBlank()) {
                v.remove(0);
            }
            while (v.size() > n && v.get(v.size() - 1).isBlank()) {
                v.remove(v.size() - 1);
            }
            if (v.size() > n) {
                v = v.subList(0, n);
            }
            return new RowFit(present(v), Problem.AMBIGUOUS, values.size() + " cells for " + n
                    + " columns, some blank; blank cells at the edges were dropped");
        }
        List<Optional<GridCell>> cells = new ArrayList<>(present(v));
        while (cells.size() < n) {
            cells.add(Optional.empty());
        }
        return new RowFit(cells, v.isEmpty() ? Problem.MISSING : Problem.AMBIGUOUS, v.isEmpty()
                ? "the row has no values"
                : v.size() + " cells for " + n + " columns; read from the left, the last columns missing");
    }

    /** The first cell of {@code values} that runs values together ({@link GluedValues}; {@code -620} is one value), if any. */
    static Optional<GridCell> glued(List<GridCell> values, ValueParser parser) {
        return values.stream().filter(c -> !parser.isValue(c.text()) && GluedValues.in(c.text())).findFirst();
    }

    private static List<Optional<GridCell>> present(List<GridCell> cells) {
        return cells.stream().map(Optional::of).toList();
    }

    private static boolean leadingBlankBeforeValue(List<GridCell> v, ValueParser parser) {
        return !v.isEmpty() && v.get(0).isBlank() && firstNonBlank(v, parser) >= 0;
    }

    private static boolean trailingBlankAfterValue(List<GridCell> v, ValueParser parser) {
        return !v.isEmpty() && parser.parse(v.get(v.size() - 1).text()).isBlank() && firstNonBlank(v, parser) >= 0;
    }

    private static int firstNonBlank(List<GridCell> v, ValueParser parser) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<GridCell> v, ValueParser parser) {
        for (int i = v.size() - 1; i >= 0; i--) {
            if (!v.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
