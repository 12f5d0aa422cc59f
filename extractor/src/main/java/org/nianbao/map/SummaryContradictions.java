package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;

/**
 * A summary table's figure for the report's year ({@link SummaryTable}) against the cell of the form it repeats:
 * where they differ one of them is wrong (a summary copied from last year's report and not updated, a table
 * edited after the summary was written), and the cell is flagged, naming both. Only a row the summary labels
 * exactly as the form does is compared, with the one column its figure stands for: a row's total in tables 三
 * and 四, the count of decisions of table 二's 行政许可/行政处罚/行政强制. A group (不予公开) or 总计, which
 * tables 三 and 四 both have, is no single cell and is not compared.
 */
final class SummaryContradictions {

    static final String RULE = "summary-vs-cell";

    private final LabelBook labels;

    SummaryContradictions(LabelBook labels) {
        this.labels = labels;
    }

    List<Finding> findings(List<SummaryTable.Given> given, List<ExtractedCell> cells) {
        Map<CanonicalKey, ExtractedCell> byKey = cells.stream()
                .collect(Collectors.toMap(ExtractedCell::key, Function.identity(), (a, b) -> a));
        List<Finding> out = new ArrayList<>();
        Set<CanonicalKey> flagged = new HashSet<>();
        for (SummaryTable.Given g : given) {
            Optional<ExtractedCell> cell = key(g.label()).map(byKey::get);
            if (cell.isEmpty() || agrees(cell.get().value(), g.figure()) || !flagged.add(cell.get().key())) {
                continue;
            }
            out.add(Finding.warning(RULE, Scope.cell(cell.get().key()), "a summary table outside the form's tables"
                    + (g.where().render().isEmpty() ? "" : " at " + g.where().render()) + " gives "
                    + g.figure().toPlainString() + " for this cell ('" + g.label() + "', column '" + g.head()
                    + "'), but the table prints " + printed(cell.get().value()), cell.get().source().where()));
        }
        return out;
    }

    /** The one cell a summary's row stands for, when its label is exactly one of the form's rows with such a cell. */
    private Optional<CanonicalKey> key(String label) {
        String n = LabelText.normalize(label);
        Optional<CanonicalKey> requests = labels.requestsRows.exactMatch(label, n).map(LabelMatch::id)
                .filter(id -> !id.equals("total"))
                .map(id -> new CanonicalKey(TableId.REQUESTS, id, "total"));
        if (requests.isPresent()) {
            return requests;
        }
        Optional<CanonicalKey> appeals = labels.appealsRows.exactMatch(label, n).map(LabelMatch::id)
                .filter(id -> !id.equals(AppealsHeader.LITIGATION))
                .map(id -> new CanonicalKey(TableId.APPEALS, id, "total"));
        if (appeals.isPresent()) {
            return appeals;
        }
        return labels.activeRows.exactMatch(label, n).map(m -> new CanonicalKey(TableId.ACTIVE, m.id(), "decisions"));
    }

    /** A blank cell agrees with a summary's 0: both say there were none. */
    private static boolean agrees(CellValue value, BigDecimal figure) {
        if (value instanceof CellValue.Numeric n) {
            return n.value().compareTo(figure) == 0;
        }
        return !(value instanceof CellValue.Blank) || figure.signum() == 0;
    }

    private static String printed(CellValue value) {
        return value instanceof CellValue.Numeric n ? n.value().toPlainString() : "it blank";
    }
}
