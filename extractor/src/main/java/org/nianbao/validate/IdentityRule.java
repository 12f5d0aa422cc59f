package org.nianbao.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;

/** A family of identities; each failing one is a finding. */
interface IdentityRule extends Rule {

    /** The identities this report's cells are subject to. */
    List<Identity> identities(Map<CanonicalKey, ExtractedCell> cells);

    @Override
    default List<Finding> check(Map<CanonicalKey, ExtractedCell> cells) {
        return identities(cells).stream().map(i -> i.check(cells)).flatMap(Optional::stream).toList();
    }
}
