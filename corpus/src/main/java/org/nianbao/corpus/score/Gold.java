package org.nianbao.corpus.score;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.corpus.generate.ExpectedFinding;
import org.nianbao.model.CanonicalKey;

/**
 * What a document truly says: every cell's canonical value (empty for a blank cell) and the
 * findings the document must carry.
 */
public record Gold(Map<CanonicalKey, String> cells, List<ExpectedFinding> findings) {
    public Gold {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        findings = List.copyOf(findings);
    }
}
