package org.nianbao.validate;

import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;

/** Checks the identities of tables 三 and 四 ({@link Identities}); each that fails is a finding naming both sides. */
final class IdentityRule implements Rule {

    private final Identities identities;

    IdentityRule(Identities identities) {
        this.identities = identities;
    }

    @Override
    public List<Finding> check(Map<CanonicalKey, ExtractedCell> cells) {
        return identities.all(cells.keySet()).stream()
                .flatMap(i -> i.evaluate(cells).filter(s -> !s.hold()).map(i::finding).stream())
                .toList();
    }
}
