package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.Finding;
import org.nianbao.model.KeySpec;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 二: blocks of 第二十条 items whose columns differ by block and by format. Each block's
 * header row says which columns follow (本年新制作数量 … in 2019, 本年制发件数 … in 2021), so
 * values are placed by the header, not by a fixed layout; a block without a readable header falls
 * back to the catalog's columns for that row, and says so.
 */
final class ActiveTable {

    private static final String AMOUNT = "amount";

    private final LabelBook labels;
    private final CellReader reader;
    private final Catalog catalog;

    ActiveTable(LabelBook labels, CellReader reader, Catalog catalog) {
        this.labels = labels;
        this.reader = reader;
        this.catalog = catalog;
    }

    /** @param stated the unit a caption or note states for the amounts, if any */
    void map(List<SourceRow> rows, Optional<AmountUnit> stated, TableSink sink) {
        boolean conflictReported = false;
        List<String> columns = List.of();
        List<String> units = List.of();
        Optional<String> previous = Optional.empty();
        ValueParser parser = reader.parser();
        FormDecoder decoder = FormDecoder.learn(rows, parser, false);
        for (SourceRow row : rows) {
            LabeledRow lr = LabeledRow.find(row, labels.activeRows::match, parser);
            List<String> header = new ArrayList<>();
            List<String> headerUnits = new ArrayList<>();
            for (GridCell c : lr.before()) {
                Optional<LabelMatch> m = labels.activeColumns.match(c.text());
                if (m.isEmpty()) {
                    // headers glued together (pdftotext -raw): each one is a column
                    for (LabelMatch part : labels.activeColumns.matchRun(c.text())) {
                        header.add(part.id());
                        headerUnits.add("");
                    }
                }
                if (m.isPresent()) {
                    header.add(m.get().id());
                    headerUnits.add(LabelText.unitNote(c.text()));
                    if (!m.get().exact()) {
                        sink.add(Finding.info("label-approximate", Scope.column(TableId.ACTIVE, m.get().id()),
                                "column header '" + c.text().strip().replace('\n', ' ') + "' read as " + m.get().standard(),
                                c.where()));
                    }
                }
            }
            if (!header.isEmpty()) {
                columns = List.copyOf(header);
                units = List.copyOf(headerUnits);
            }
            if (lr.match().isEmpty()) {
                if (lr.hasNumber(parser) && header.isEmpty()) {
                    lr.unmatched(TableId.ACTIVE, previous).ifPresent(sink::add);
                }
                continue;
            }
            LabelMatch m = lr.match().get();
            previous = Optional.of(m.id());
            GridCell label = lr.label().get();
            if (!m.exact()) {
                sink.add(Finding.info("label-approximate", Scope.row(TableId.ACTIVE, m.id()),
                        "row label '" + label.text().strip() + "' read as " + m.standard(), label.where()));
            }
            List<String> rowUnits = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String unit = i < units.size() ? units.get(i) : "";
                if (columns.get(i).equals(AMOUNT) && stated.isPresent()) {
                    String conflict = amountConflict(unit, stated.get());
                    if (!conflict.isEmpty() && !conflictReported) {
                        conflictReported = true;
                        sink.add(Finding.warning("unit-conflict", Scope.column(TableId.ACTIVE, AMOUNT),
                                conflict, stated.get().where()));
                    }
                    unit = !unit.isEmpty() ? unit : stated.get().conflict().isEmpty() ? stated.get().unit() : "";
                }
                rowUnits.add(unit);
            }
            ColumnMap cols = ColumnMap.named(columns, rowUnits);
            if (!fits(m.id(), columns)) {
                List<String> official = fallbackColumns(m.id(), lr, parser);
                String why = "no column header fits row '" + label.text().strip() + "'; its values were read as the "
                        + "official columns " + String.join(", ", official);
                cols = ColumnMap.assumed(official, why);
                sink.add(Finding.info("header-missing", Scope.row(TableId.ACTIVE, m.id()), why, label.where()));
            }
            RowFit fit = decoder.fit(lr.values(), cols.size(), row.positions(), null);
            reader.readRow(TableId.ACTIVE, m.id(), cols, Placement.IDENTIFIED, fit, label.text().strip(),
                    label.where(), sink);
        }
    }

    /**
     * What is wrong when a header's unit and a caption's disagree, or captions disagree among
     * themselves; empty when nothing is. The header, nearer the cell, wins over a caption; captions
     * that disagree leave the amounts unconverted.
     */
    private static String amountConflict(String headerUnit, AmountUnit stated) {
        if (!stated.conflict().isEmpty()) {
            return stated.conflict() + "; amounts without a unit of their own were kept as written";
        }
        if (!headerUnit.isEmpty() && !headerUnit.equals(stated.unit()) && CellReader.isMoney(headerUnit)) {
            return "the header states amounts in " + headerUnit + " but the report states " + stated.unit() + " at "
                    + stated.where().render() + "; the header's unit was used";
        }
        return "";
    }

    /** True when every header column exists for that row in some template. */
    private boolean fits(String row, List<String> columns) {
        return !columns.isEmpty()
                && columns.stream().allMatch(c -> catalog.contains(CanonicalKey.of(TableId.ACTIVE, row, c)));
    }

    /** The row's columns in the template whose column count matches the values, else 2019's. */
    private List<String> fallbackColumns(String row, LabeledRow lr, ValueParser parser) {
        long filled = lr.values().stream().filter(c -> !parser.parse(c.text()).isBlank()).count();
        List<String> y2019 = columnsOf(row, Template.Y2019);
        List<String> y2021 = columnsOf(row, Template.Y2021);
        if (!y2021.isEmpty() && (y2019.isEmpty() || y2021.size() == filled && y2019.size() != filled)) {
            return y2021;
        }
        return y2019;
    }

    private List<String> columnsOf(String row, Template t) {
        return catalog.specs(TableId.ACTIVE, t).stream().map(KeySpec::key)
                .filter(k -> k.row().equals(row)).map(CanonicalKey::column).toList();
    }
}
