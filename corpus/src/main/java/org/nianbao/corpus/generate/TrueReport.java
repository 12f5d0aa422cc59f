package org.nianbao.corpus.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.model.CanonicalKey;

/**
 * A generated report whose every value is known: what the generator renders and what the gold
 * file records.
 *
 * @param cells every cell of the report's form, in canonical order
 * @param amountHeaderUnit the unit the 采购总金额 header states ("" for none, "万元", "元")
 * @param findings the findings the document must carry (broken identities, unit conversions)
 */
public record TrueReport(TemplateVariant template, String agency, int year, Map<CanonicalKey, TrueCell> cells,
                         String amountHeaderUnit, List<ExpectedFinding> findings) {

    public TrueReport {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(agency, "agency");
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        Objects.requireNonNull(amountHeaderUnit, "amountHeaderUnit");
        findings = List.copyOf(findings);
    }

    public TrueCell cell(CanonicalKey key) {
        TrueCell c = cells.get(key);
        if (c == null) {
            throw new IllegalArgumentException("no cell " + key + " in a " + template.id() + " report");
        }
        return c;
    }
}
