package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 三: 24 (2019) or 26 (2021) rows × 7 applicant columns, in the fixed order of the official
 * format. Rows are recognised by their labels; the group label (（三）不予公开 …) is tracked only to
 * tell what a generic item such as {@code 3.其他} belongs to.
 */
final class RequestsTable {

    private final LabelBook labels;
    private final CellReader reader;
    private final List<String> columns;

    RequestsTable(LabelBook labels, CellReader reader, List<String> columns) {
        this.labels = labels;
        this.reader = reader;
        this.columns = List.copyOf(columns);
    }

    void map(List<SourceRow> rows, TableSink sink) {
        String group = "";
        boolean seenData = false;
        Pending pending = null;
        Deferred blankOther = null;
        List<Finding> groupNotes = new ArrayList<>();
        ValueParser parser = reader.parser();
        FormDecoder decoder = FormDecoder.learn(rows, parser, true);
        for (SourceRow row : rows) {
            String inGroup = group;
            LabeledRow lr = LabeledRow.find(row, text -> (inGroup.equals(LabelBook.OTHER_GROUP)
                    ? labels.requestsRowsInOtherGroup : labels.requestsRows).match(text), parser);
            for (GridCell c : lr.before()) {
                Optional<LabelMatch> g = labels.requestsGroups.match(c.text());
                if (g.isPresent()) {
                    group = g.get().id();
                    if (!g.get().exact()) {
                        groupNotes.add(approximate(c, g.get(), "group label"));
                    }
                    continue;
                }
                labels.requestsColumns.match(c.text()).filter(m -> !m.exact() && !LabelBook.isNoise(m.id()))
                        .ifPresent(m -> sink.add(Finding.info("label-approximate", Scope.column(TableId.REQUESTS, m.id()),
                                "column header '" + c.text().strip() + "' read as " + m.standard(), c.where())));
            }
            boolean numbers = lr.hasNumber(parser);
            if (lr.match().isEmpty()) {
                if (numbers && lr.before().isEmpty() && pending != null) {
                    lr = new LabeledRow(List.of(), Optional.of(pending.label), Optional.of(pending.match), lr.values());
                } else {
                    if (numbers) {
                        lr.unmatched(TableId.REQUESTS).ifPresent(sink::add);
                    }
                    continue;
                }
            }
            LabelMatch m = lr.match().get();
            GridCell label = lr.label().get();
            pending = null;
            if (blankOther != null) {
                // the row after a blank （六）其他处理 tells what it was: the 2021 heading of the
                // numbered rows, or the 2019 row with every cell blank
                if (!m.id().startsWith("other_")) {
                    read(blankOther, groupNotes, decoder, sink);
                }
                blankOther = null;
            }
            if (m.id().equals("other") && !numbers) {
                // （六）其他处理 without values: the 2021 group of three numbered rows, a label whose
                // values follow on the next line, or a 2019 row whose cells are all blank
                group = LabelBook.OTHER_GROUP;
                pending = new Pending(label, m);
                if (lr.values().size() >= columns.size()) {
                    blankOther = new Deferred(lr, row);
                }
                continue;
            }
            if (!numbers && (!seenData || lr.values().isEmpty())) {
                // a header cell such as 总计, or a label whose values are on the next line
                pending = seenData ? new Pending(label, m) : null;
                continue;
            }
            seenData = true;
            group = m.id().startsWith("other_") ? LabelBook.OTHER_GROUP : "";
            read(new Deferred(lr, row), groupNotes, decoder, sink);
        }
        if (blankOther != null) {
            read(blankOther, groupNotes, decoder, sink);
        }
    }

    /** Reads a labelled row's values, with the notes on its labels. */
    private void read(Deferred d, List<Finding> groupNotes, FormDecoder decoder, TableSink sink) {
        LabelMatch m = d.row.match().get();
        GridCell label = d.row.label().get();
        if (!m.exact()) {
            sink.add(approximate(label, m, "row label").withScope(Scope.row(TableId.REQUESTS, m.id())));
        }
        for (Finding note : groupNotes) {
            sink.add(note.withScope(Scope.row(TableId.REQUESTS, m.id())));
        }
        groupNotes.clear();
        RowFit fit = decoder.fit(d.row.values(), columns.size(), d.source.positions(), RequestsTable::applicantsAddUp);
        reader.readRow(TableId.REQUESTS, m.id(), columns, Collections.nCopies(columns.size(), ""), fit,
                label.text().strip(), label.where(), sink);
    }

    /** requests-applicants: the six applicant columns add up to 总计 (templates.md). */
    static boolean applicantsAddUp(List<BigDecimal> row) {
        return row.subList(0, 6).stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(row.get(6)) == 0;
    }

    private static Finding approximate(GridCell c, LabelMatch m, String what) {
        return Finding.info("label-approximate", Scope.table(TableId.REQUESTS),
                what + " '" + c.text().strip().replace('\n', ' ') + "' read as " + m.standard(), c.where());
    }

    private record Pending(GridCell label, LabelMatch match) {
    }

    /** A labelled row and the source row it came from, read now or once the next row is seen. */
    private record Deferred(LabeledRow row, SourceRow source) {
    }
}
