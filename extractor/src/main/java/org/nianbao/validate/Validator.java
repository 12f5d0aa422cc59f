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

    private final List<IdentityRule> identities;
    private final List<Rule> rules;
    private final NarrativeCheck narrative = new NarrativeCheck();
    private final OcrVouch vouch = new OcrVouch();

    public Validator(Catalog catalog) {
        this.identities = List.of(new RequestsIdentities(catalog), new AppealsIdentity(catalog));
        List<Rule> all = new ArrayList<>(identities);
        all.add(new ValueRange());
        this.rules = List.copyOf(all);
    }

    /** Checks the cells' identities, and the table against the numbers the running text states. */
    public List<Finding> check(CanonicalReport report, List<TextLine> text) {
        Map<CanonicalKey, ExtractedCell> cells = report.byKey();
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(cells));
        }
        out.addAll(narrative.check(cells, text));
        out.addAll(vouch.check(report.cells(), cells, identities.stream().flatMap(r -> r.identities(cells).stream()).toList()));
        return out;
    }
}
