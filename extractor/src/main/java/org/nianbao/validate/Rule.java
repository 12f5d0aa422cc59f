package org.nianbao.validate;

import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;

/** One family of checks on a report's cells. Rules report; they never change a value. */
interface Rule {
    List<Finding> check(Map<CanonicalKey, ExtractedCell> cells);
}
