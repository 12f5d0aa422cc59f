package org.nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;

/**
 * Counts are whole numbers, never negative; only the year-on-year change (本年增/减) may be
 * negative, and only amounts may have decimals ({@code value-range}). A fraction in a count is
 * usually a misread cell.
 */
final class ValueRange implements Rule {

    @Override
    public List<Finding> check(Map<CanonicalKey, ExtractedCell> cells) {
        List<Finding> out = new ArrayList<>();
        for (ExtractedCell c : cells.values()) {
            if (!(c.value() instanceof CellValue.Numeric n)) {
                continue;
            }
            BigDecimal v = n.value();
            boolean change = c.key().column().equals("change");
            boolean amount = c.key().column().equals("amount");
            String problem = v.signum() < 0 && !change ? "is negative"
                    : !amount && v.stripTrailingZeros().scale() > 0 ? "is not a whole number" : "";
            if (!problem.isEmpty()) {
                out.add(Finding.warning("value-range", Scope.cell(c.key()),
                        c.key() + " = " + v.toPlainString() + " " + problem + " (raw '" + c.source().raw().strip() + "')",
                        c.source().where()));
            }
        }
        return out;
    }
}
