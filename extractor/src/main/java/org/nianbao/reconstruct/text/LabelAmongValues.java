package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.reconstruct.GridCell;

/**
 * A row whose label poppler printed among its own values, some before it and some after: the values
 * after the label may stand anywhere earlier in the row. Chromium's prints of seed 2027 (100 %) print
 * table 三's last row so: 四、结转 {@code 0 3 0 0 0 0 3} as {@code 0 0 0 0} / {@code 0 3} / label / {@code 3}
 * ({@code 0021}: the 商业企业 3 last), {@code 1 / 0 / / 0 1} as {@code 1 / 0} / label / {@code / 0 / 1}
 * ({@code 0026}), {@code / / / / 0 / 0} as {@code / / / 0 /} / label / {@code / 0} ({@code 0037}); each was
 * read in the order printed, one place off under {@code placement-assumed} alone. The orders in which one
 * value printed after the label stands earlier are readings too where the row keeps its identity as well
 * (table 三: the six applicants add up to the total) or has none.
 */
final class LabelAmongValues {

    private LabelAmongValues() {
    }

    /**
     * For each cell of {@code row}, the values the other readings give it (empty where they all agree
     * with the order printed).
     *
     * @param afterLabel for each cell, whether its value was printed after the row's label
     */
    static List<Set<String>> alternatives(List<GridCell> row, List<Boolean> afterLabel) {
        List<Set<String>> out = new ArrayList<>();
        row.forEach(c -> out.add(new LinkedHashSet<>()));
        if (!afterLabel.contains(true) || !afterLabel.contains(false)) {
            return out;
        }
        boolean identity = RequestsRowIdentity.appliesTo(row.size());
        for (int p = 0; p < row.size(); p++) {
            for (int q = 0; afterLabel.get(p) && q < p; q++) {
                List<GridCell> moved = new ArrayList<>(row);
                moved.add(q, moved.remove(p));
                if (identity && !RequestsRowIdentity.holds(moved.stream().map(RequestsRowIdentity::term).toList())) {
                    continue;
                }
                for (int c = 0; c < row.size(); c++) {
                    String was = AppealsValues.value(row.get(c));
                    String now = AppealsValues.value(moved.get(c));
                    if (!was.equals(now)) {
                        out.get(c).add(moved.get(c).text().strip());
                    }
                }
            }
        }
        return out;
    }
}
