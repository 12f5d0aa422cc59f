package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Table 四. The official format prints it as one row of fifteen numbers under a two-level header
 * (行政复议 × 5, 行政诉讼/未经复议直接起诉 × 5, 行政诉讼/复议后起诉 × 5); some reports print it as
 * three labelled rows of five instead, which is read too.
 */
final class AppealsTable {

    private static final List<String> ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    private static final List<String> ROW_LABELS = List.of("行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉");

    private final LabelBook labels;
    private final CellReader reader;
    private final List<String> columns;

    AppealsTable(LabelBook labels, CellReader reader, List<String> columns) {
        this.labels = labels;
        this.reader = reader;
        this.columns = List.copyOf(columns);
    }

    void map(List<SourceRow> rows, TableSink sink) {
        ValueParser parser = reader.parser();
        List<GridCell> flat = new ArrayList<>();
        Positions positions = Positions.EXACT;
        FormDecoder decoder = FormDecoder.learn(rows, parser, true);
        for (SourceRow row : rows) {
            LabeledRow lr = LabeledRow.find(row, labels.appealsRows::match, parser);
            for (GridCell c : lr.before()) {
                labels.appealsColumns.match(c.text()).filter(m -> !m.exact())
                        .ifPresent(m -> sink.add(Finding.info("label-approximate", Scope.column(TableId.APPEALS, m.id()),
                                "column header '" + c.text().strip() + "' read as " + m.standard(), c.where())));
            }
            // a row label counts only with nothing but values after it: in the two-level header,
            // 复议后起诉 is followed by more header text and then the fifteen numbers
            boolean labelled = lr.match().isPresent() && lr.values().stream().allMatch(c -> parser.isValue(c.text()));
            if (labelled && lr.hasNumber(parser) && lr.values().size() <= columns.size() + 1) {
                GridCell label = lr.label().get();
                RowFit fit = decoder.fit(lr.values(), columns.size(), row.positions(), AppealsTable::addsUp);
                reader.readRow(TableId.APPEALS, lr.match().get().id(), columns, blanks(), fit, label.text().strip(),
                        label.where(), sink);
                continue;
            }
            List<GridCell> values = tail(row, parser);
            boolean textless = row.cells().stream().allMatch(c -> c.spanned() || parser.isValue(c.text()));
            boolean dataRow = values.stream().anyMatch(c -> parser.parse(c.text()).isNumber())
                    || textless && values.size() >= ROWS.size() * columns.size();
            if (dataRow) {
                flat.addAll(values);
                positions = row.positions() == Positions.FLATTENED ? Positions.FLATTENED : positions;
            }
        }
        if (flat.isEmpty() || ROWS.stream().anyMatch(r -> sink.has(CanonicalKey.of(TableId.APPEALS, r, columns.get(0))))) {
            return;
        }
        int n = ROWS.size() * columns.size();
        RowFit fit = decoder.fit(flat, n, positions, AppealsTable::addsUp);
        Location at = flat.get(0).where();
        if (fit.problem() == RowFit.Problem.TOO_MANY) {
            sink.add(Finding.warning("row-too-many-values", Scope.table(TableId.APPEALS),
                    fit.note() + "; nothing was extracted from table 四", at));
            return;
        }
        if (fit.problem() == RowFit.Problem.AMBIGUOUS && fit.doubts().isEmpty()) {
            sink.add(Finding.warning("cells-ambiguous", Scope.table(TableId.APPEALS), fit.note()
                    + "; read by position as " + reading(fit, parser), at));
        }
        int w = columns.size();
        for (int r = 0; r < ROWS.size(); r++) {
            List<Optional<GridCell>> part = fit.cells().subList(r * w, (r + 1) * w);
            Map<Integer, String> doubts = new HashMap<>();
            for (Map.Entry<Integer, String> d : fit.doubts().entrySet()) {
                if (d.getKey() / w == r) {
                    doubts.put(d.getKey() % w, d.getValue());
                }
            }
            RowFit rowFit = new RowFit(part, doubts.isEmpty() ? RowFit.Problem.NONE : RowFit.Problem.AMBIGUOUS,
                    fit.note(), doubts);
            reader.readRow(TableId.APPEALS, ROWS.get(r), columns, blanks(), rowFit, ROW_LABELS.get(r), at, sink);
        }
    }

    /** appeals-sum for each row of five: 维持 + 纠正 + 其他 + 尚未审结 = 总计 (templates.md). */
    static boolean addsUp(List<BigDecimal> cells) {
        for (int r = 0; r + 5 <= cells.size(); r += 5) {
            if (cells.subList(r, r + 4).stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(cells.get(r + 4)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The cells after the row's last text cell. */
    private static List<GridCell> tail(SourceRow row, ValueParser parser) {
        List<GridCell> cells = row.cells();
        int i = cells.size();
        while (i > 0 && (cells.get(i - 1).spanned() || parser.isValue(cells.get(i - 1).text()))) {
            i--;
        }
        return cells.subList(i, cells.size()).stream().filter(c -> !c.spanned()).toList();
    }

    private List<String> blanks() {
        return columns.stream().map(c -> "").toList();
    }

    /** The reading in words, so an auditor sees what was assumed: "review: -,-,-,-,-; …". */
    private String reading(RowFit fit, ValueParser parser) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < ROWS.size(); r++) {
            sb.append(r == 0 ? "" : "; ").append(ROWS.get(r)).append(' ');
            for (int c = 0; c < columns.size(); c++) {
                Optional<GridCell> cell = fit.cells().get(r * columns.size() + c);
                String v = cell.map(g -> parser.parse(g.text()).value().render()).orElse("?");
                sb.append(c == 0 ? "" : ",").append(v.isEmpty() ? "blank" : v);
            }
        }
        return sb.toString();
    }
}
