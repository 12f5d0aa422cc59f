package org.nianbao.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/** Table 四 ({@code appeals-sum}): for each row, upheld + corrected + other + pending = total. */
final class AppealsIdentity implements IdentityRule {

    private static final TableId T = TableId.APPEALS;

    private final List<String> rows;
    private final List<String> columns;

    AppealsIdentity(Catalog catalog) {
        this.rows = catalog.rows(T);
        this.columns = catalog.columns(T);
    }

    @Override
    public List<Identity> identities(Map<CanonicalKey, ExtractedCell> cells) {
        List<Identity> out = new ArrayList<>();
        String total = columns.get(columns.size() - 1);
        for (String row : rows) {
            out.add(new Identity("appeals-sum", Scope.row(T, row), "row " + row
                    + ": total ≠ upheld + corrected + other + pending", List.of(CanonicalKey.of(T, row, total)),
                    columns.subList(0, columns.size() - 1).stream().map(c -> CanonicalKey.of(T, row, c)).toList(),
                    CanonicalKey::column));
        }
        return out;
    }
}
