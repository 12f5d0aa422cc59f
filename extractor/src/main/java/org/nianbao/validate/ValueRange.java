package org.nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;

/**
 * Counts are whole numbers, never negative; only the year-on-year change (本年增/减) may be
 * negative, and only amounts may have decimals ({@code value-range}). A fraction in a count is
 * usually a misread cell. A signed or marked value ({@code -3}, {@code +10}, {@code 1753(减)}) outside
 * 本年增/减 in a row that has that column says the row's values left their columns' order (a
 * flattening printed the change after the decisions), so the whole row is in doubt, not only the
 * cell: the change cell then holds another column's value.
 */
final class ValueRange implements Rule {

    /** A sign written before the number, or an increase/decrease marker anywhere in the cell. */
    private static final Pattern SIGNED = Pattern.compile("^\\s*[-+－＋−]|[增减]");

    @Override
    public List<Finding> check(Map<CanonicalKey, ExtractedCell> cells) {
        List<Finding> out = new ArrayList<>();
        Set<String> rowsWithChange = cells.keySet().stream().filter(k -> k.column().equals("change"))
                .map(ValueRange::rowOf).collect(Collectors.toSet());
        for (ExtractedCell c : cells.values()) {
            if (!(c.value() instanceof CellValue.Numeric n)) {
                continue;
            }
            BigDecimal v = n.value();
            boolean change = c.key().column().equals("change");
            boolean amount = c.key().column().equals("amount");
            String problem = v.signum() < 0 && !change ? "is negative"
                    : !amount && v.stripTrailingZeros().scale() > 0 ? "is not a whole number" : "";
            if (!change && rowsWithChange.contains(rowOf(c.key())) && SIGNED.matcher(c.source().raw()).find()) {
                out.add(Finding.warning("value-range", Scope.row(c.key().table(), c.key().row()),
                        c.key() + " = " + v.toPlainString() + " is written as a change (raw '" + c.source().raw().strip()
                                + "') outside 本年增/减: the row's values may stand out of their columns' order",
                        c.source().where()));
            } else if (!problem.isEmpty()) {
                out.add(Finding.warning("value-range", Scope.cell(c.key()),
                        c.key() + " = " + v.toPlainString() + " " + problem + " (raw '" + c.source().raw().strip() + "')",
                        c.source().where()));
            }
        }
        return out;
    }

    private static String rowOf(CanonicalKey key) {
        return key.table() + "/" + key.row();
    }
}
