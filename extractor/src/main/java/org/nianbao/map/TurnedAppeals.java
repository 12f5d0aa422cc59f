package org.nianbao.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.Severity;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

/**
 * Table 四 printed turned a quarter: the results (结果维持 … 总计) down the rows and the groups
 * (行政复议, 未经复议直接起诉, 复议后起诉) across the columns. Read as the form's one row of fifteen,
 * its values went group after group in reading order, 结果维持's three taken for 行政复议's first
 * three results, and where the groups' sums held by chance nothing was flagged (red team: 21 silent
 * cells in 120 probes). Turned back, it is the form printed as three labelled rows of five, which
 * {@link AppealsTable} reads with the results in the order the rows print them.
 *
 * <p>A table is taken as turned when three rows or more are each a result label followed by
 * values only, no more of them than the groups: the form's own layout never prints a result label
 * with values after it but for its one row of fifteen. The groups are placed by the header above
 * those rows, left to right as it names them; a header that does not name all three, or a result row
 * whose values are not one per group (a lost blank in text), leaves the cells unplaceable, and the
 * whole table is flagged instead of read by position.
 */
final class TurnedAppeals {

    private static final List<String> GROUPS = AppealsHeader.ROWS;
    /** The fewest result rows that make a table turned (the form has five). */
    private static final int MIN_RESULT_ROWS = 3;

    /**
     * What the section turned out to be.
     *
     * @param rows the rows to read: the section as it was, or with the turned table written the form's
     *     way (a header row of results, then a labelled row per group)
     * @param finding an info that the table was turned back, or a warning that it is turned and
     *     cannot be placed (then {@code rows} hold nothing of the table); empty when it is not turned
     */
    record Result(List<SourceRow> rows, Optional<Finding> finding) {
        boolean unplaceable() {
            return finding.filter(f -> f.severity() != Severity.INFO).isPresent();
        }
    }

    private record ResultRow(int index, LabeledRow row) {
        String column() {
            return row.match().get().id();
        }
    }

    private record GroupLabel(String group, GridCell cell, int rowIndex, int position, int cellIndex) {
    }

    private final LabelBook labels;
    private final ValueParser parser;
    private final List<String> columns;

    TurnedAppeals(LabelBook labels, ValueParser parser, List<String> columns) {
        this.labels = labels;
        this.parser = parser;
        this.columns = List.copyOf(columns);
    }

    Result read(List<SourceRow> section) {
        List<ResultRow> results = resultRows(section);
        // a row of blanks is a result row among others (a result no group had), but only rows that
        // print figures tell a turned table from a header of labels one a line
        if (results.stream().filter(r -> r.row().values().stream().anyMatch(c -> !c.isBlank()))
                .map(ResultRow::column).distinct().count() < MIN_RESULT_ROWS) {
            return new Result(section, Optional.empty());
        }
        int first = results.get(0).index();
        int last = results.get(results.size() - 1).index();
        List<GroupLabel> groups = groupLabels(section.subList(0, first));
        Location at = results.get(0).row().label().get().where();
        List<String> named = groups.stream().map(GroupLabel::group).toList();
        if (named.size() != GROUPS.size() || named.stream().distinct().count() != GROUPS.size()) {
            return unplaceable(section, first, last, at, "its header names the groups as " + named
                    + ", not each of 行政复议, 未经复议直接起诉 and 复议后起诉 once, so the columns cannot be told apart");
        }
        if (groups.stream().anyMatch(g -> inLabelColumn(g, results))) {
            return unplaceable(section, first, last, at, "a group's label stands in the results' label column: its line "
                    + "lost the cells a span covered (Chromium's innerText writes none), so the groups' order is not proved");
        }
        List<List<Optional<GridCell>>> placed = new ArrayList<>();
        for (ResultRow r : results) {
            Optional<List<Optional<GridCell>>> row = place(r, results, groups);
            if (row.isEmpty()) {
                return unplaceable(section, first, last, at, "row '" + r.row().label().get().text().strip() + "' has "
                        + r.row().values().size() + " values for " + groups.size() + " groups and no column the text "
                        + "keeps tells which group each belongs to");
            }
            placed.add(row.get());
        }
        if (results.stream().map(ResultRow::column).distinct().count() != results.size()) {
            return unplaceable(section, first, last, at, "a result is printed in more than one row");
        }
        Positions positions = results.stream().allMatch(r -> section.get(r.index()).positions() == Positions.EXACT)
                ? Positions.EXACT : Positions.FLATTENED;
        List<SourceRow> rows = new ArrayList<>(section.subList(0, headerStart(section, groups)));
        List<GridCell> header = new ArrayList<>();
        header.add(GridCell.of("", at));
        results.forEach(r -> header.add(r.row().label().get()));
        rows.add(new SourceRow(header, positions));
        for (int g = 0; g < groups.size(); g++) {
            List<GridCell> row = new ArrayList<>();
            row.add(groups.get(g).cell());
            for (int r = 0; r < results.size(); r++) {
                // a value the text left out (an empty cell of space-aligned text) is a blank where it stood
                row.add(placed.get(r).get(g).orElse(GridCell.of("", results.get(r).row().label().get().where())));
            }
            rows.add(new SourceRow(row, positions));
        }
        rows.addAll(section.subList(last + 1, section.size()));
        return new Result(rows, Optional.of(Finding.info("table-turned", Scope.table(TableId.APPEALS),
                "table 四 prints the results down the rows and the groups across (" + String.join(", ", named)
                        + "): read turned back, each value under its row's result and its column's group", at)));
    }

    /**
     * The row's values, one per group in the groups' order: all of them when the row prints one value
     * a group (a grid's empty cells are values too); in space-aligned text that left out empty cells,
     * each value under the group whose column it shares, by the characters it stands in, with the
     * group's label or with that group's value in a row that prints all of them (a full row). A value
     * in no group's column or in two, two values in one, or text with no columns: empty, unplaceable.
     */
    private static Optional<List<Optional<GridCell>>> place(ResultRow r, List<ResultRow> all, List<GroupLabel> groups) {
        List<GridCell> values = r.row().values();
        if (values.size() == groups.size()) {
            return Optional.of(values.stream().map(Optional::of).toList());
        }
        if (values.size() > groups.size()) {
            return Optional.empty();
        }
        List<List<TextSpan>> anchors = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<TextSpan> spans = new ArrayList<>();
            groups.get(g).cell().span().ifPresent(spans::add);
            for (ResultRow full : all) {
                if (full.row().values().size() == groups.size()) {
                    full.row().values().get(g).span().ifPresent(spans::add);
                }
            }
            anchors.add(spans);
        }
        List<Optional<GridCell>> row = new ArrayList<>(Collections.nCopies(groups.size(), Optional.empty()));
        int previous = -1;
        for (GridCell v : values) {
            if (v.span().isEmpty()) {
                return Optional.empty();
            }
            TextSpan at = v.span().get();
            List<Integer> under = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                if (anchors.get(g).stream().anyMatch(a -> a.page() == at.page() && a.start() < at.end() && at.start() < a.end())) {
                    under.add(g);
                }
            }
            if (under.size() != 1 || under.get(0) <= previous) {
                return Optional.empty();
            }
            previous = under.get(0);
            row.set(previous, Optional.of(v));
        }
        return Optional.of(row);
    }

    /** The rows that are a result label followed by values only, no more than one per group and one extra. */
    private List<ResultRow> resultRows(List<SourceRow> section) {
        List<ResultRow> found = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            SourceRow row = section.get(i);
            LabeledRow lr = LabeledRow.find(row, labels.appealsColumns::match, parser);
            boolean result = lr.match().filter(LabelMatch::exact).filter(m -> columns.contains(m.id())).isPresent()
                    && lr.before().stream().allMatch(GridCell::isBlank)
                    && lr.values().size() <= GROUPS.size() + 1
                    && lr.values().stream().allMatch(c -> parser.isValue(c.text()));
            if (result) {
                found.add(new ResultRow(i, lr));
            } else if (!found.isEmpty() && row.cells().stream().anyMatch(c -> !c.isBlank())) {
                break; // the result rows stand together: what follows them is no more of the table
            }
        }
        return found;
    }

    /**
     * Whether a group's label stands where the results' labels do (red team 26: {@code 项目⇥行政复议⇥行政诉讼} over
     * {@code 未经复议直接起诉⇥复议后起诉}, 项目 and 行政复议 spanning both lines): no column of a turned table is
     * headed there, so the label's line lost the cells before it and its place proves no order across lines.
     */
    private static boolean inLabelColumn(GroupLabel group, List<ResultRow> results) {
        if (group.cellIndex() > 0) {
            return false;
        }
        // first on its line: in the label column unless the text's character columns put it right of the labels
        // (space-aligned text indents a header line, its first cell a group)
        Optional<TextSpan> at = group.cell().span();
        return at.isEmpty() || results.stream().map(r -> r.row().label().get().span()).flatMap(Optional::stream)
                .anyMatch(label -> label.page() == at.get().page() && at.get().start() < label.end());
    }

    /** The group labels of the header rows, left to right (by grid column or by text column). */
    private List<GroupLabel> groupLabels(List<SourceRow> header) {
        List<GroupLabel> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            List<GridCell> cells = header.get(i).cells();
            for (int k = 0; k < cells.size(); k++) {
                GridCell c = cells.get(k);
                if (c.spanned() || c.isBlank() || parser.isValue(c.text())) {
                    continue;
                }
                int rowIndex = i;
                int cellIndex = k;
                int position = c.span().map(s -> s.start()).orElse(k);
                // a label wrapped in its narrow cell (未经复议直接起 / 诉) names its group approximately; a
                // piece of the table's title (…行政复议、行政诉讼情况) names none
                labels.appealsRows.match(c.text()).filter(m -> m.exact() || !LabelBook.appealsTitlePiece(c.text()))
                        .filter(m -> GROUPS.contains(m.id()))
                        .ifPresent(m -> found.add(new GroupLabel(m.id(), c, rowIndex, position, cellIndex)));
            }
        }
        // only the header just above the table: a group named in the text before it is no column
        int lastRow = found.isEmpty() ? -1 : found.get(found.size() - 1).rowIndex();
        List<GroupLabel> near = found.stream().filter(g -> g.rowIndex() >= lastRow - 2).toList();
        return near.stream().sorted(Comparator.comparingInt(GroupLabel::position)).toList();
    }

    /**
     * The first row of the turned table's header: the first that names a group, or the row just above
     * it when that one names 行政诉讼 alone (the two litigation groups' common head). Its header rows
     * are left out of the rows read: their group labels, read as the form's header, would place the
     * groups across the columns again.
     */
    private int headerStart(List<SourceRow> section, List<GroupLabel> groups) {
        int start = groups.stream().mapToInt(GroupLabel::rowIndex).min().orElseThrow();
        while (start > 0 && section.get(start - 1).cells().stream().anyMatch(c -> !c.spanned()
                && labels.appealsRows.match(c.text()).filter(LabelMatch::exact)
                        .filter(m -> m.id().equals(AppealsHeader.LITIGATION)).isPresent())) {
            start--;
        }
        return start;
    }

    private static Result unplaceable(List<SourceRow> section, int first, int last, Location at, String why) {
        List<SourceRow> rows = new ArrayList<>(section.subList(0, first));
        rows.addAll(section.subList(last + 1, section.size()));
        return new Result(rows, Optional.of(Finding.warning("cells-ambiguous", Scope.table(TableId.APPEALS),
                "table 四 prints the results down the rows and the groups across, and " + why
                        + "; nothing was extracted from table 四", at)));
    }
}
