package org.nianbao.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * The one identity across documents ({@code cross-year}, a warning): an agency's requests carried
 * over into a year equal those it carried forward the year before, when both reports are in the
 * batch. Collects as documents finish, judges at the end; one instance per batch.
 */
public final class CrossYearCheck {

    private record Seen(String document, Map<String, ExtractedCell> carriedOver, Map<String, ExtractedCell> carriedForward) {
    }

    private final Map<String, Seen> byAgencyYear = new LinkedHashMap<>();

    public void add(String document, DocumentResult result) {
        String agency = result.report().agency();
        if (agency.isEmpty() || result.report().year().isEmpty()) {
            return;
        }
        Map<String, ExtractedCell> over = new HashMap<>();
        Map<String, ExtractedCell> forward = new HashMap<>();
        for (ExtractedCell c : result.report().cells()) {
            if (c.key().table() == TableId.REQUESTS && c.key().row().equals("carried_over")) {
                over.put(c.key().column(), c);
            } else if (c.key().table() == TableId.REQUESTS && c.key().row().equals("carried_forward")) {
                forward.put(c.key().column(), c);
            }
        }
        // a second report of the same agency and year (a duplicate download) is not compared
        byAgencyYear.putIfAbsent(agency + "\u0000" + result.report().year().getAsInt(), new Seen(document, over, forward));
    }

    /** Findings per document name, for the later year's report of each pair. */
    public Map<String, List<Finding>> findings() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Seen> e : byAgencyYear.entrySet()) {
            String[] parts = e.getKey().split("\u0000");
            Seen previous = byAgencyYear.get(parts[0] + "\u0000" + (Integer.parseInt(parts[1]) - 1));
            if (previous == null) {
                continue;
            }
            Seen now = e.getValue();
            for (Map.Entry<String, ExtractedCell> c : now.carriedOver.entrySet()) {
                ExtractedCell before = previous.carriedForward.get(c.getKey());
                if (before == null || !(c.getValue().value() instanceof CellValue.Numeric a)
                        || !(before.value() instanceof CellValue.Numeric b) || a.value().compareTo(b.value()) == 0) {
                    continue;
                }
                CanonicalKey key = c.getValue().key();
                out.computeIfAbsent(now.document, d -> new ArrayList<>()).add(Finding.warning("cross-year",
                        Scope.cell(key), "carried_over " + key.column() + " is " + plain(a.value()) + " but the "
                                + (Integer.parseInt(parts[1]) - 1) + " report (" + previous.document + ") carried forward "
                                + plain(b.value()), c.getValue().source().where()));
            }
        }
        return out;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
