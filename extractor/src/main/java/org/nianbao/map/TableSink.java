package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;

/**
 * Collects the cells and findings of one document as the table mappers produce them, and is the
 * one place that enforces the placement invariant (docs/invariant.md): a value whose row label or
 * column was not positively identified leaves with a finding at its cell, unless no other
 * placement within its row could give it another value (every value of the row is the same).
 */
final class TableSink {

    static final String ASSUMED = "placement-assumed";
    static final String UNMATCHED = "row-unmatched";
    private static final String TOTAL = "total";

    private final Map<CanonicalKey, ExtractedCell> cells = new LinkedHashMap<>();
    private final Map<CanonicalKey, Placement> assumed = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    void put(ExtractedCell cell, Placement placement) {
        ExtractedCell first = cells.putIfAbsent(cell.key(), cell);
        if (first != null) {
            findings.add(Finding.warning("cell-duplicate", Scope.cell(cell.key()),
                    "a second value '" + cell.source().raw().strip() + "' for this cell at "
                            + cell.source().where().render() + " was ignored; the first one was kept",
                    cell.source().where()));
        } else if (!placement.identified()) {
            assumed.put(cell.key(), placement);
        }
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    boolean has(CanonicalKey key) {
        return cells.containsKey(key);
    }

    /** How the cell at {@code key} was placed; identified for a key the sink does not hold. */
    Placement placement(CanonicalKey key) {
        return assumed.getOrDefault(key, Placement.IDENTIFIED);
    }

    List<ExtractedCell> cells() {
        return List.copyOf(cells.values());
    }

    /**
     * The findings added, then for each row holding values placed by assumption that nothing else
     * flags: one finding at each such cell where the assumption places that cell alone ({@link
     * Placement#cellAlone}: a ruled table whose header was read with two columns missing, as on a
     * scan, where a warning at the row flagged the named columns' values too), else one at the row.
     */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>(findings);
        Map<Scope, List<CanonicalKey>> byRow = new LinkedHashMap<>();
        for (CanonicalKey key : assumed.keySet()) {
            boolean flagged = findings.stream().anyMatch(f -> flags(f, key));
            if (!flagged && !couldNotDiffer(key)) {
                byRow.computeIfAbsent(Scope.row(key.table(), key.row()), r -> new ArrayList<>()).add(key);
            }
        }
        byRow.forEach((row, keys) -> {
            if (keys.stream().allMatch(k -> assumed.get(k).cellAlone())) {
                keys.forEach(k -> out.add(assumedAt(Scope.cell(k), List.of(k), " (column ")));
            } else {
                out.add(assumedAt(row, keys, " (columns "));
            }
        });
        return out;
    }

    private Finding assumedAt(Scope scope, List<CanonicalKey> keys, String columns) {
        String why = keys.stream().map(k -> assumed.get(k).assumption()).distinct().collect(Collectors.joining("; "));
        Location at = cells.get(keys.get(0)).source().where();
        return Finding.warning(ASSUMED, scope, why + columns
                + keys.stream().map(CanonicalKey::column).collect(Collectors.joining(", ")) + ")", at);
    }

    /**
     * True when the finding already warns at the cell, so a second warning would say nothing new. Not
     * an info finding: a user reading warnings only would never see the assumption ({@code
     * header-missing} states it at the row, as an info; a Chromium print read 本年增/减's -1 into 处理决定
     * under it alone, the change cell left blank with no warning). Not {@code row-unmatched} either: it is
     * scoped to the whole table only until the mapper narrows it to the rows still missing, after which
     * it no longer covers a cell read in another row (whole tables read in the form's column order were
     * left with no finding that way).
     */
    private static boolean flags(Finding f, CanonicalKey key) {
        return f.warnsAt(key) && !f.rule().equals(UNMATCHED);
    }

    /**
     * True when no other placement could give the cell another value: every cell of its row holds
     * the same value (its column was assumed; where the assumption places it alone, every assumed
     * cell of its row), or every cell of its table (its row was assumed too). An unreadable cell holds
     * no known value, though it renders empty as a blank does: a row of blanks among figures the reader
     * could not read (0, 0, 12, 12 each maybe cut by a line break, in a permuted header's -fixed 3 text)
     * would have let its assumed blank cells pass with no finding, and the figures belong somewhere.
     */
    private boolean couldNotDiffer(CanonicalKey key) {
        String value = cells.get(key).value().render();
        boolean rowKnown = assumed.get(key).rowIdentified();
        // where the assumption places the cell alone, only the row's other assumed cells could trade
        // places with it: the named ones stand where the header named them
        boolean alone = assumed.get(key).cellAlone();
        return cells.values().stream()
                .filter(c -> c.key().table() == key.table() && (!rowKnown || c.key().row().equals(key.row())))
                .filter(c -> !alone || assumed.containsKey(c.key()))
                .allMatch(c -> !(c.value() instanceof CellValue.Unreadable) && c.value().render().equals(value))
                || alone && settledByTotal(key);
    }

    /**
     * True when the row's total proves the cell's place: the cell's assumption places it alone (its row
     * is named, and the named columns stand where the header named them), the row has a 总计 column
     * and holds numbers or blanks only, and every way of putting the values of the row's assumed cells
     * back in the assumed columns that keeps 总计 the sum of the others gives this cell the value it
     * has ({@code 0 0 0 4 4} under 结�|结�|其他|尚未|�: 4 can stand only in 总计, and the two 0s
     * trade places to no effect).
     */
    private boolean settledByTotal(CanonicalKey key) {
        List<ExtractedCell> row = cells.values().stream()
                .filter(c -> c.key().table() == key.table() && c.key().row().equals(key.row())).toList();
        List<ExtractedCell> moving = row.stream().filter(c -> assumed.containsKey(c.key())).toList();
        if (moving.size() > 6 || row.stream().noneMatch(c -> c.key().column().equals(TOTAL))
                || row.stream().anyMatch(c -> c.value() instanceof CellValue.Unreadable)) {
            return false;
        }
        List<CellValue> values = moving.stream().map(ExtractedCell::value).toList();
        int at = moving.stream().map(ExtractedCell::key).toList().indexOf(key);
        List<List<CellValue>> orders = new ArrayList<>();
        permutations(new ArrayList<>(values), 0, orders);
        boolean asRead = false;
        for (List<CellValue> order : orders) {
            if (addsUp(row, moving, order)) {
                asRead |= order.equals(values);
                if (!order.get(at).render().equals(values.get(at).render())) {
                    return false;
                }
            }
        }
        return asRead;
    }

    /** True when, with the moving cells holding {@code order}, the row's 总计 is the sum of its other cells. */
    private static boolean addsUp(List<ExtractedCell> row, List<ExtractedCell> moving, List<CellValue> order) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (ExtractedCell c : row) {
            int m = moving.indexOf(c);
            BigDecimal v = amount(m >= 0 ? order.get(m) : c.value());
            if (c.key().column().equals(TOTAL)) {
                total = v;
            } else {
                sum = sum.add(v);
            }
        }
        return total.compareTo(sum) == 0;
    }

    /** A number's value; a blank counts as 0, as the form's identities count it. */
    private static BigDecimal amount(CellValue v) {
        return v instanceof CellValue.Numeric n ? n.value() : BigDecimal.ZERO;
    }

    private static void permutations(List<CellValue> values, int from, List<List<CellValue>> out) {
        if (from == values.size()) {
            out.add(List.copyOf(values));
            return;
        }
        for (int i = from; i < values.size(); i++) {
            java.util.Collections.swap(values, from, i);
            permutations(values, from + 1, out);
            java.util.Collections.swap(values, from, i);
        }
    }
}
