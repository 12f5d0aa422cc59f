package org.nianbao.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.reconstruct.TextLine;

/**
 * Checks the identities between a report's cells. A failing identity is a finding naming both
 * sides; which side is wrong is not for us to say (the source itself is often inconsistent), so no
 * value is ever changed to make one hold.
 */
public final class Validator {

    private final List<Rule> rules;
    private final NarrativeCheck narrative = new NarrativeCheck();

    public Validator(Catalog catalog) {
        this.rules = List.of(new IdentityRule(new Identities(catalog)), new ValueRange());
    }

    /** Checks the cells' identities, and the table against the numbers the running text states. */
    public List<Finding> check(CanonicalReport report, List<TextLine> text) {
        List<Finding> out = new ArrayList<>(checkCells(report));
        out.addAll(narrative.check(report.byKey(), text));
        return out;
    }

    /** The identities and ranges of the cells alone, without the running text: what a corrected value changes. */
    public List<Finding> checkCells(CanonicalReport report) {
        Map<CanonicalKey, ExtractedCell> cells = report.byKey();
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(cells));
        }
        return out;
    }
}
