package org.nianbao.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;

/** Collects the cells and findings of one document as the table mappers produce them. */
final class TableSink {

    private final Map<CanonicalKey, ExtractedCell> cells = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    void put(ExtractedCell cell) {
        ExtractedCell first = cells.putIfAbsent(cell.key(), cell);
        if (first != null) {
            findings.add(Finding.warning("cell-duplicate", Scope.cell(cell.key()),
                    "a second value '" + cell.source().raw().strip() + "' for this cell at "
                            + cell.source().where().render() + " was ignored; the first one was kept",
                    cell.source().where()));
        }
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    boolean has(CanonicalKey key) {
        return cells.containsKey(key);
    }

    List<ExtractedCell> cells() {
        return List.copyOf(cells.values());
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
