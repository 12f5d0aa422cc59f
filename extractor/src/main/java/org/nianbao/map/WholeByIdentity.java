package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.validate.Identities;
import org.nianbao.validate.Identity;

/**
 * Values that fill their column and may be cut ({@link CellNotes#maybeCut}: Debian {@code html2text
 * -utf8} prints {@code １} for {@code １９} with no mark) proved whole by an identity of the form. A
 * longer value is never equal to the printed one, so where an identity the cell is part of holds with
 * the value as printed, and every other cell of that identity is read with no doubt (no warning or
 * error takes it in), the identity fixes the cell's value, and it is the printed one: the warning is
 * replaced by an info that says which identity proved it. Proved cells count as read with no doubt
 * for the next identity (a row's total proved by its column, then a value of the row by the total).
 *
 * <p>Not proved: a cell whose identities all miss a cell, hold a value unreadable or in doubt, or
 * fail. Assumed, as where a row's total settles an assumed column ({@link TableSink}): the source's
 * identity holds, so a cut value is not made to balance by a typo in the source that happens to be
 * exactly the digits cut. Another identity through the cell may fail where it holds other cells in doubt
 * (a column whose other values were cut); where every other cell of a failing one is read with no doubt,
 * it points at this cell (a longer value may be what makes it hold, the source's row being the typo), and
 * the cell stays in doubt.
 */
final class WholeByIdentity {

    private final Identities identities;

    WholeByIdentity(Identities identities) {
        this.identities = identities;
    }

    /** The findings, each doubt an identity settles replaced by an info saying so, in the same order. */
    List<Finding> settle(List<ExtractedCell> cells, List<Finding> findings) {
        if (findings.stream().noneMatch(CellNotes::maybeCut)) {
            return findings;
        }
        Map<CanonicalKey, ExtractedCell> byKey = new LinkedHashMap<>();
        cells.forEach(c -> byKey.put(c.key(), c));
        List<Identity> all = identities.all(byKey.keySet());
        List<Identity> holding = all.stream().filter(id -> id.evaluate(byKey).map(Identity.Sides::hold).orElse(false))
                .toList();
        List<Identity> failing = all.stream().filter(id -> id.evaluate(byKey).map(x -> !x.hold()).orElse(false))
                .toList();
        List<Finding> out = new ArrayList<>(findings);
        boolean proved = true;
        while (proved) {
            proved = false;
            for (int i = 0; i < out.size(); i++) {
                Finding f = out.get(i);
                if (f.severity() == Severity.INFO || !CellNotes.maybeCut(f)) {
                    continue;
                }
                CanonicalKey key = CanonicalKey.of(f.scope().table().orElseThrow(), f.scope().row(), f.scope().column());
                ExtractedCell c = byKey.get(key);
                if (c == null || !(c.value() instanceof CellValue.Numeric)) {
                    continue;
                }
                Optional<Identity> by = holding.stream().filter(id -> aloneInDoubt(id, key, out)).findFirst();
                // a failing identity whose other cells are all read with no doubt points at this cell
                // (or at the source): a longer value may be what would make it hold
                boolean accused = failing.stream().anyMatch(id -> aloneInDoubt(id, key, out));
                if (by.isPresent() && !accused) {
                    out.set(i, Finding.info("value-whole", f.scope(), "'" + c.source().raw().strip()
                            + "' fills its column and might have been cut, but " + by.get().rule() + " ("
                            + by.get().description().replace(" ≠ ", " = ") + ") holds with it and with every other cell"
                            + " it adds read with no doubt, which no longer value would: the value is whole",
                            f.where()));
                    proved = true;
                }
            }
        }
        return out;
    }

    /** True when the identity takes the cell in and every other cell of it is read with no doubt. */
    private static boolean aloneInDoubt(Identity id, CanonicalKey key, List<Finding> findings) {
        return id.cells().contains(key) && id.cells().stream().filter(k -> !k.equals(key)).noneMatch(k -> doubted(k, findings));
    }

    private static boolean doubted(CanonicalKey key, List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.warnsAt(key));
    }
}
