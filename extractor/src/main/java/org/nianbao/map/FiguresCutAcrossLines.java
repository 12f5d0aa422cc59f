package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * The readings of a row that printed more values than it has columns, or whose values as printed
 * keep its identity in no placement, in text without positions where a figure too wide for its
 * cell goes on on the next line: {@code pdftotext -raw} of a PDF with narrow value columns prints
 * {@code 249 １０４ ０ ２ ０ ２２} / {@code ７} / {@code ５８} / {@code ２} for 249, 104, 0, 2, 0, 227, 582
 * (it starts a line wherever the text moves up or down). Before, such a row was not read at all
 * ({@code row-too-many-values}), or was read as printed under the identity's warning.
 *
 * <p>Two values can be one figure only across a line break, both plain digits, the first not a
 * lone 0 (no count is printed with a leading zero). Every choice of such breaks to join that leaves
 * at most as many values as columns, placed in order in every way (blank cells may have been lost
 * as well), is a reading; only those that keep the row's identity are left. Nothing else is
 * assumed. A row that printed fewer values than it has columns is not read so: with a value lost
 * or printed apart from the row (one word a line of a PDF whose last figure comes after the prose:
 * {@code 3 0 3 0} for 3, 0, 3, 0, 6) joins can still be found that keep the identity ({@code 30},
 * {@code 30} with blanks lost), so the identity proves no join there. Otherwise the decoder accepts
 * the one reading left, or flags the cells the readings left differ on ({@link RowReadings}); with
 * none left the row stays unread, as before.
 */
final class FiguresCutAcrossLines {

    /** Line breaks among a row's values beyond which the choices are not enumerated (2^12). */
    private static final int MAX_BREAKS = 12;
    private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9０-９]+");

    private FiguresCutAcrossLines() {
    }

    /**
     * @param printed the row's values as printed, none blank
     * @param identity the row's identity (blank counted as 0)
     * @return the readings the identity leaves; empty when none does, or the row shows no break to join
     */
    static Optional<RowReadings> readings(List<GridCell> printed, int n, RowFit layout, ValueParser parser,
                                          Predicate<List<BigDecimal>> identity) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < printed.size(); i++) {
            String a = printed.get(i).text().strip();
            if (!line(printed.get(i).where()).equals(line(printed.get(i + 1).where())) && line(printed.get(i).where()) >= 0
                    && PLAIN_DIGITS.matcher(a).matches() && PLAIN_DIGITS.matcher(printed.get(i + 1).text().strip()).matches()
                    && !a.matches("[0０]")) {
                breaks.add(i);
            }
        }
        int fewest = printed.size() - breaks.size();
        // a row short of values whose identity fails may have lost a value, or printed it apart from
        // the row (a word dump prints a table's last figure after the page's prose): the row's
        // identity cannot tell that from a figure cut across lines with blank cells lost besides
        if (breaks.isEmpty() || breaks.size() > MAX_BREAKS || fewest > n || printed.size() < n) {
            return Optional.empty();
        }
        List<GridCell> filled = new ArrayList<>(printed);
        List<int[]> readings = new ArrayList<>();
        List<Optional<List<BigDecimal>>> numbers = new ArrayList<>();
        // each cell parsed once: a row of table 四 has thousands of placements per mask
        java.util.Map<Integer, CellValue> parsed = new java.util.HashMap<>();
        for (int mask = 0; mask < 1 << breaks.size(); mask++) {
            List<Integer> values = join(printed, breaks, mask, filled);
            if (values.size() > n) {
                continue;
            }
            for (int[] p : FormDecoder.placements(n, values.size())) {
                int[] r = new int[n];
                for (int col = 0; col < n; col++) {
                    r[col] = p[col] < 0 ? -1 : values.get(p[col]);
                }
                Optional<List<BigDecimal>> v = numbers(r, i -> parsed.computeIfAbsent(i, k -> parser.parse(filled.get(k).text()).value()));
                if (v.isPresent() && identity.test(v.get())) {
                    readings.add(r);
                    numbers.add(v);
                }
            }
        }
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RowReadings.open(layout, filled, printed.size(), readings, numbers,
                "the row's identity, a figure cut across lines joined where the row has too many values", true));
    }

    /**
     * The row's values with the breaks of {@code mask} joined, as indexes into {@code filled}, to
     * which each joined figure is added once (the same figure from another mask is the same cell).
     */
    private static List<Integer> join(List<GridCell> printed, List<Integer> breaks, int mask, List<GridCell> filled) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < printed.size()) {
            int j = i;
            while (joined(breaks, mask, j)) {
                j++;
            }
            if (j == i) {
                out.add(i);
            } else {
                StringBuilder text = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    text.append(printed.get(k).text().strip());
                }
                GridCell first = printed.get(i);
                int at = -1;
                for (int k = printed.size(); k < filled.size(); k++) {
                    if (filled.get(k).text().equals(text.toString()) && filled.get(k).where().equals(first.where())) {
                        at = k;
                    }
                }
                if (at < 0) {
                    filled.add(new GridCell(text.toString(), first.where(), false, first.notes()));
                    at = filled.size() - 1;
                }
                out.add(at);
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean joined(List<Integer> breaks, int mask, int at) {
        int b = breaks.indexOf(at);
        return b >= 0 && (mask & 1 << b) != 0;
    }

    /** A reading's numbers, blank as 0; empty when a value is not a number. */
    private static Optional<List<BigDecimal>> numbers(int[] r, java.util.function.IntFunction<CellValue> value) {
        List<BigDecimal> out = new ArrayList<>(r.length);
        for (int index : r) {
            CellValue v = index < 0 ? CellValue.blank() : value.apply(index);
            if (v instanceof CellValue.Numeric num) {
                out.add(num.value());
            } else if (v instanceof CellValue.Blank) {
                out.add(BigDecimal.ZERO);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    private static Integer line(Location where) {
        return where instanceof Location.Line l ? l.line() : -1;
    }
}
