package org.nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;

/**
 * One side of an identity: a sum of cells, with the words that show it ("granted 3 + denied_… 0 = 3").
 * A blank cell counts as 0, as reports mean it; a side with a missing or unreadable cell cannot be
 * computed and its identity is not checked.
 */
public record Side(BigDecimal value, String shown, ExtractedCell first) {

    public static Optional<Side> sum(Map<CanonicalKey, ExtractedCell> cells, List<CanonicalKey> keys,
                              Function<CanonicalKey, String> name) {
        BigDecimal total = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        ExtractedCell first = null;
        for (CanonicalKey k : keys) {
            ExtractedCell c = cells.get(k);
            if (c == null || c.value() instanceof CellValue.Unreadable) {
                return Optional.empty();
            }
            first = first == null ? c : first;
            BigDecimal v = c.value() instanceof CellValue.Numeric n ? n.value() : BigDecimal.ZERO;
            total = total.add(v);
            terms.add(name.apply(k) + " " + (c.value() instanceof CellValue.Blank ? "blank" : v.toPlainString()));
        }
        if (first == null) {
            return Optional.empty();
        }
        String shown = terms.size() == 1 ? terms.get(0) : String.join(" + ", terms) + " = " + total.toPlainString();
        return Optional.of(new Side(total, shown, first));
    }

    public boolean equalsValue(Side other) {
        return value.compareTo(other.value) == 0;
    }
}
