package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
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

    private static final List<String> ROWS = AppealsHeader.ROWS;
    /** A row label naming the year its values are for: 2020年, 2021年度, 本年, 上年度, 去年 … */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})|(本年|今年|本年度)|(上年|上一年|去年|上年度)");

    private final LabelBook labels;
    private final CellReader reader;
    private final List<String> columns;

    AppealsTable(LabelBook labels, CellReader reader, List<String> columns) {
        this.labels = labels;
        this.reader = reader;
        this.columns = List.copyOf(columns);
    }

    /**
     * A full row of values and the text before it: the table, or a row a report prints beside it
     * (the year before, for comparison), which only its label tells apart.
     */
    private record ValueRow(String label, List<GridCell> values) {
        /** The year the label names, the report's year standing for 本年 and the year before for 上年. */
        OptionalInt year(OptionalInt reportYear) {
            Matcher m = YEAR.matcher(label);
            if (!m.find()) {
                return OptionalInt.empty();
            }
            if (m.group(1) != null) {
                return OptionalInt.of(Integer.parseInt(m.group(1)));
            }
            // without the report's year, 本年 is year 0 and 上年 year -1: still told apart
            return OptionalInt.of(reportYear.orElse(0) - (m.group(2) != null ? 0 : 1));
        }

        String named() {
            return label.isEmpty() ? "a row with no label" : "'" + label + "'";
        }
    }

    /** @param year the report's year (from its title), to choose between rows of several years */
    void map(List<SourceRow> section, OptionalInt year, TableSink sink) {
        TurnedAppeals.Result turned = new TurnedAppeals(labels, reader.parser(), columns).read(section);
        turned.finding().ifPresent(sink::add);
        if (turned.unplaceable()) {
            return;
        }
        List<SourceRow> stacked = StackedHeader.read(turned.rows(), reader.parser(), labels.appealsHeader, columns,
                ROWS.size());
        List<SourceRow> rows = HeaderFragments.join(stacked, reader.parser(), labels.appealsColumns, labels.appealsRows);
        ValueParser parser = reader.parser();
        AppealsHeader header = new AppealsHeader(columns);
        StringBuilder stray = new StringBuilder();
        Optional<AppealsHeader.Reading> reading = Optional.empty();
        List<GridCell> flat = new ArrayList<>();
        Positions positions = Positions.EXACT;
        FormDecoder decoder = FormDecoder.learn(rows, parser, true);
        String firstLabel = "";
        List<ValueRow> others = new ArrayList<>();
        AppealsPositions printedAt = new AppealsPositions();
        rows.forEach(printedAt::row);
        int wholeRowWidth = -1; // the width of the one row the values came from, when they are all of it
        int dataLines = 0; // how many printed lines the values came from
        int rowIndex = 0;
        for (SourceRow row : rows) {
            rowIndex++;
            LabeledRow lr = LabeledRow.find(row, labels.appealsRows::match, parser);
            // a row label counts only with nothing but values after it: in the two-level header,
            // 复议后起诉 is followed by more header text and then the fifteen numbers
            boolean labelled = lr.match().isPresent() && lr.values().stream().allMatch(c -> parser.isValue(c.text()));
            List<GridCell> values = tail(row, parser, ROWS.size() * columns.size());
            boolean textless = row.cells().stream().allMatch(c -> c.spanned() || parser.isValue(c.text()));
            boolean labelledData = labelled && lr.hasNumber(parser) && lr.values().size() <= columns.size() + 1;
            boolean dataRow = !labelledData && (values.stream().anyMatch(c -> parser.parse(c.text()).isNumber())
                    || textless && values.size() >= ROWS.size() * columns.size());
            if (reading.isEmpty()) {
                headerTokens(rowIndex, leftToRight(labelledData ? lr.before() : row.cells()), header, stray,
                        row.positions() == Positions.PLACED, sink);
                if (!dataRow) {
                    // a row of values holds no column cells: its lone cut value (�) is no label cut short
                    columnCells(rowIndex, leftToRight(labelledData ? lr.before() : row.cells()), header.cells());
                }
                if (!labelledData && !dataRow) {
                    headerPlaces(row, printedAt);
                }
                if (labelledData || dataRow) {
                    reading = Optional.of(header.read(row.positions() == Positions.EXACT,
                            labelledData ? 1 : ROWS.size()));
                    reading.filter(r -> !r.contradiction().isEmpty()).ifPresent(r -> sink.add(Finding.warning(
                            "header-mismatch", Scope.table(TableId.APPEALS),
                            r.contradiction() + "; table 四 was read in the form's column order",
                            row.cells().get(0).where())));
                }
            }
            if (labelledData) {
                reading.get().columns().ifPresent(cols -> {
                    GridCell label = lr.label().get();
                    RowFit fit = decoder.fit(lr.values(), cols.size(), row.positions(),
                            FormDecoder.totals(Collections.nCopies(cols.size(), ""), cols.ids()));
                    reader.readRow(TableId.APPEALS, lr.match().get().id(), cols, Placement.IDENTIFIED, fit,
                            label.text().strip(), label.where(), sink);
                });
                continue;
            }
            boolean complete = flat.size() >= ROWS.size() * columns.size()
                    || ROWS.stream().allMatch(r -> sink.has(CanonicalKey.of(TableId.APPEALS, r, columns.get(0))));
            if (dataRow && complete && foreign(row)) {
                // values after text that is no header of table 四, once the table is read: a page
                // footer (访问量：12345), not more of the table — unless they are a row of it
                // (five numbers or more): another year's, printed for comparison
                if (values.stream().filter(c -> parser.parse(c.text()).isNumber()).count() >= columns.size()) {
                    others.add(new ValueRow(labelBefore(row), values));
                }
                continue;
            }
            if (dataRow) {
                wholeRowWidth = flat.isEmpty() && values.size() == row.cells().size() ? values.size() : -1;
                firstLabel = flat.isEmpty() ? labelBefore(row) : firstLabel;
                dataLines += flat.isEmpty() ? 1 - dataLines : 1;
                flat.addAll(values);
                positions = row.positions() == Positions.FLATTENED ? Positions.FLATTENED : positions;
            }
        }
        if (flat.isEmpty() || reading.isEmpty() || reading.get().columns().isEmpty()
                || ROWS.stream().anyMatch(r -> sink.has(CanonicalKey.of(TableId.APPEALS, r, columns.get(0))))) {
            return;
        }
        if (dataLines > 1 && others.isEmpty()) {
            List<GridCell> byColumn = List.copyOf(byColumn(flat));
            flat.clear();
            flat.addAll(byColumn);
        }
        if (!others.isEmpty()) {
            List<GridCell> chosen = chooseRow(new ValueRow(firstLabel, List.copyOf(flat)), others, year, sink);
            flat.clear();
            flat.addAll(chosen);
        }
        List<AppealsHeader.Slot> slots = reading.get().slots();
        AppealsHeader.Extra extra = header.extra();
        String extraDoubt = "";
        if (extra != AppealsHeader.Extra.NONE) {
            if (flat.size() == slots.size() + 1 && extra != AppealsHeader.Extra.UNPLACED) {
                GridCell total = flat.remove(extra == AppealsHeader.Extra.FIRST ? 0 : flat.size() - 1);
                sink.add(Finding.info("column-extra", Scope.table(TableId.APPEALS), "the header prints a "
                        + AppealsHeader.EXTRA + " column the form does not have; its value '" + total.text().strip()
                        + "' was not read", total.where()));
            } else {
                // a blank cell lost in flattening would make the fifteen look complete, shifted by one
                extraDoubt = "the header prints a column the form does not have (" + AppealsHeader.EXTRA + " or a "
                        + "second 总计), and the row has " + flat.size() + " cells for " + (slots.size() + 1) + " columns";
            }
        }
        cutOnTheRight(header, slots, flat, positions).ifPresent(sink::add);
        if (others.isEmpty() && extra == AppealsHeader.Extra.NONE && printedAt.proves(slots, wholeRowWidth)) {
            positions = Positions.EXACT; // every value stands where the header names its column
        }
        RowFit fit = decoder.fit(flat, slots.size(), positions, FormDecoder.totals(
                slots.stream().map(AppealsHeader.Slot::row).toList(), slots.stream().map(AppealsHeader.Slot::column).toList()));
        Location at = flat.get(0).where();
        if (!extraDoubt.isEmpty() && fit.problem() == RowFit.Problem.NONE) {
            sink.add(Finding.warning("cells-ambiguous", Scope.table(TableId.APPEALS), extraDoubt
                    + ": which cell is which cannot be told; read by position as " + reading(slots, fit, parser), at));
        }
        if (fit.problem() == RowFit.Problem.TOO_MANY) {
            sink.add(Finding.warning("row-too-many-values", Scope.table(TableId.APPEALS),
                    fit.note() + "; nothing was extracted from table 四", at));
            return;
        }
        if (fit.problem() == RowFit.Problem.AMBIGUOUS && fit.doubts().isEmpty()) {
            sink.add(Finding.warning("cells-ambiguous", Scope.table(TableId.APPEALS), fit.note()
                    + "; read by position as " + reading(slots, fit, parser), at));
        }
        List<String> confirmed = confirmedColumns(slots, fit, parser, sink);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            AppealsHeader.Slot slot = slots.get(i);
            CanonicalKey key = CanonicalKey.of(TableId.APPEALS, slot.row(), slot.column());
            Optional<GridCell> cell = fit.cells().get(i).map(c -> confirmed.contains(slot.row()) ? c.withoutInferred() : c);
            String doubt = fit.doubts().get(i);
            if (doubt != null) {
                // only the cells the readings disagree on are in doubt; the message names the alternatives
                sink.add(Finding.warning("cells-ambiguous", Scope.cell(key),
                        fit.note() + "; " + fit.doubtAbout(i, slot.row() + "/" + slot.column()), at));
            }
            if (cell.isPresent()) {
                reader.read(key, cell.get(), "", slot.placement(), sink);
            } else if (doubt == null) {
                missing.add(slot.row() + "/" + slot.column());
            }
        }
        if (!missing.isEmpty()) {
            sink.add(Finding.warning("cells-missing", Scope.table(TableId.APPEALS),
                    "table 四 has no cell for " + String.join(", ", missing), at));
        }
    }

    /**
     * The groups (行政复议, 未经复议直接起诉, 复议后起诉) whose columns a reader inferred from where the
     * text stands ({@link CellNotes#inferred}: a fax lost the table's column borders) and whose sum
     * confirms them: its five cells all numbers, the first four adding up to its 总计, with an info
     * at the group. A border inferred in the wrong place moves a figure into the next cell or leaves
     * one cell with two, and the sum breaks (only two of the four parts swapped would keep it, and an
     * inferred border moves figures along the row, not across one another); the cells of a group
     * that does not add up keep their note and are flagged as assumed ({@link CellReader#read}).
     */
    private static List<String> confirmedColumns(List<AppealsHeader.Slot> slots, RowFit fit, ValueParser parser,
                                                 TableSink sink) {
        List<String> confirmed = new ArrayList<>();
        for (String group : ROWS) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i).row().equals(group)) {
                    at.add(i);
                }
            }
            if (at.stream().noneMatch(i -> fit.cells().get(i).flatMap(CellNotes::inferred).isPresent())) {
                continue;
            }
            BigDecimal parts = BigDecimal.ZERO;
            BigDecimal total = null;
            boolean numbers = true;
            for (int i : at) {
                Optional<CellValue> v = fit.cells().get(i).map(c -> parser.parse(c.text()).value());
                if (v.isEmpty() || !(v.get() instanceof CellValue.Numeric n)) {
                    numbers = false;
                    break;
                }
                if (slots.get(i).column().equals("total")) {
                    total = n.value();
                } else {
                    parts = parts.add(n.value());
                }
            }
            if (numbers && total != null && at.size() == 5 && parts.compareTo(total) == 0) {
                confirmed.add(group);
                GridCell first = fit.cells().get(at.get(0)).get();
                sink.add(Finding.info("columns-inferred", Scope.row(TableId.APPEALS, group), CellNotes.inferred(first).get()
                        + "; its values add up to its total (" + parts.toPlainString() + "), which confirms them",
                        first.where()));
            }
        }
        return confirmed;
    }

    /**
     * {@code cells-missing} over the whole table when flattened text prints fewer values than the
     * fifteen cells and its header names the form's columns in order only up to some cell: the
     * table may be cut on the right (a crop), its last cells lost with their labels, and the values
     * printed prove nothing of them (复议后起诉's 3, 0, 3 read as 结果维持 3, 结果纠正 0 and a 总计 of 3,
     * two cells blank, keep the group's sum). The whole table, since a blank lost anywhere in the
     * row moves the values after it, and where cannot be told. Empty otherwise.
     */
    private static Optional<Finding> cutOnTheRight(AppealsHeader header, List<AppealsHeader.Slot> slots,
            List<GridCell> flat, Positions positions) {
        OptionalInt named = header.namedUpTo();
        if (positions != Positions.FLATTENED || named.isEmpty() || flat.size() >= slots.size()) {
            return Optional.empty();
        }
        String unnamed = slots.subList(named.getAsInt(), slots.size()).stream().map(s -> s.row() + "/" + s.column())
                .collect(Collectors.joining(", "));
        return Optional.of(Finding.warning("cells-missing", Scope.table(TableId.APPEALS), "table 四 prints "
                + flat.size() + " values for " + slots.size() + " cells and its header does not name " + unnamed
                + ": the table may be cut on the right (a crop), so those cells are not known to be blank and the "
                + "values printed cannot be placed", flat.get(0).where()));
    }

    /**
     * The values of the row that is the report's, when table 四 prints more than one full row of
     * values (a comparison with the year before): the one row whose label names the report's year
     * (an info finding names the rows passed over); when no single row does, the first, with a
     * warning on the whole table naming every row and its values.
     */
    private List<GridCell> chooseRow(ValueRow first, List<ValueRow> others, OptionalInt year, TableSink sink) {
        List<ValueRow> all = new ArrayList<>(List.of(first));
        all.addAll(others);
        OptionalInt target = year.isPresent() ? year : OptionalInt.of(0);
        List<ValueRow> theYears = all.stream().filter(r -> r.year(year).equals(target)).toList();
        String rows = all.stream().map(r -> r.named() + " (" + r.values().stream().map(c -> c.text().strip())
                .collect(Collectors.joining(" ")) + ")").collect(Collectors.joining("; "));
        Location at = first.values().get(0).where();
        if (theYears.size() == 1) {
            ValueRow chosen = theYears.get(0);
            sink.add(Finding.info("rows-compared", Scope.table(TableId.APPEALS), "table 四 prints " + all.size()
                    + " rows of values: " + rows + "; read " + chosen.named() + ", the report's year", at));
            return chosen.values();
        }
        sink.add(Finding.warning("cells-ambiguous", Scope.table(TableId.APPEALS), "table 四 prints " + all.size()
                + " rows of values: " + rows + "; which is the report's "
                + (year.isPresent() ? year.getAsInt() + " " : "") + "cannot be told from their labels; read the first",
                at));
        return first.values();
    }

    /**
     * A row of header cells in the order the page shows them, left to right, when every cell stands
     * in columns of one page: a row gathered from several printed lines ({@code 行政诉讼} over the
     * litigation columns on one line, {@code 行政复议} at the left edge on the next, as a borderless
     * print sets the cells' texts at different heights) otherwise names the groups in the order of
     * the lines, and table 四's fifteen values are read under the wrong groups.
     */
    private static List<GridCell> leftToRight(List<GridCell> cells) {
        if (cells.isEmpty() || cells.stream().anyMatch(c -> c.span().isEmpty())
                || cells.stream().map(c -> c.span().get().page()).distinct().count() > 1) {
            return cells; // the same list: nothing tells the columns apart
        }
        return cells.stream().sorted(java.util.Comparator.comparingInt(c -> c.span().get().start())).toList();
    }

    /**
     * The values of a row printed over several lines, left to right as the page shows them, when
     * every one stands in columns of its own on one page: a borderless print that sets the figures
     * of a row at two heights ({@code 0  0 0 0 0 … 1 1} over {@code 0  0 … 0 0}) gives lines whose
     * values interleave, and read line after line they shift from column to column. Values with no
     * columns, on different pages or in overlapping columns (pieces of numbers wrapped in their cells)
     * stay in the order printed.
     */
    private static List<GridCell> byColumn(List<GridCell> values) {
        List<GridCell> sorted = leftToRight(values);
        if (sorted == values) {
            return values;
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).span().get().start() < sorted.get(i - 1).span().get().end()) {
                return values;
            }
        }
        return sorted;
    }

    /** The text just before a row's values (its label, such as 2020年), or "" when there is none. */
    private String labelBefore(SourceRow row) {
        List<GridCell> text = textCells(row);
        return text.isEmpty() ? "" : text.get(text.size() - 1).text().strip();
    }

    private List<GridCell> textCells(SourceRow row) {
        return row.cells().stream().filter(c -> !c.spanned() && !c.isBlank() && !reader.parser().isValue(c.text()))
                .toList();
    }

    /** What Java decodes a byte sequence cut mid-character to. */
    private static final char CUT = '\uFFFD';
    private static final java.util.regex.Pattern BORDER_IN_LABEL = java.util.regex.Pattern.compile("\\p{IsHan}_+\\p{IsHan}");

    /**
     * Records the header cells of a row above the values: groups (行政复议 …) and columns (结果维持 …).
     *
     * @param stray the header cell just before, in reading order, when it named nothing (else empty)
     * @param placed whether the row is pdftotext's default mode's ({@link Positions#PLACED}), whose cells
     *     are the lines it printed, each line's words left to right
     */
    private void headerTokens(int rowIndex, List<GridCell> cells, AppealsHeader header, StringBuilder stray,
                              boolean placed, TableSink sink) {
        // Debian html2text's row: a cell cut mid-character, or a label whose space its bottom border
        // drew through (结_果)
        boolean cutRow = cells.stream().anyMatch(c -> c.text().indexOf(CUT) >= 0 || BORDER_IN_LABEL.matcher(c.text()).find());
        for (GridCell c : cells) {
            if (c.spanned() || c.isBlank() || reader.parser().isValue(c.text())) {
                continue;
            }
            // a group label is taken when it is one, not when a piece of the title resembles it
            Optional<LabelMatch> group = labels.appealsRows.match(c.text())
                    .filter(g -> g.exact() || !LabelBook.appealsTitlePiece(c.text()));
            Optional<LabelMatch> column = labels.appealsColumns.match(c.text());
            List<LabelMatch> run = group.filter(LabelMatch::exact).isEmpty() && column.filter(LabelMatch::exact).isEmpty()
                    ? labels.appealsHeader.matchRun(c.text()) : List.of();
            if (!run.isEmpty()) {
                // labels run together on one line (lynx: 结 果 维 持 结 果 纠 正 …, 尚 未 审 结 总 计;
                // pdftotext -raw: 行政复议 行政诉讼): each one is a group or column, rather than the whole
                // read as the nearest single label
                run.forEach(part -> header.add(new AppealsHeader.Token(part.id(), rowIndex)));
                stray.setLength(0);
                continue;
            }
            Optional<LabelMatch> m = group.isPresent() ? group : column;
            List<LabelMatch> starts = m.isEmpty() && placed ? wrappedStarts(c.text()) : List.of();
            if (!starts.isEmpty()) {
                for (LabelMatch start : starts) {
                    header.add(new AppealsHeader.Token(start.id(), rowIndex));
                }
                sink.add(Finding.info("label-approximate", Scope.table(TableId.APPEALS), "column headers '"
                        + c.text().strip() + "' are the first lines of labels wrapped in their cells; read as "
                        + String.join(", ", starts.stream().map(LabelMatch::standard).toList())
                        + ": the only columns of table 四 whose labels they can be the start of", c.where()));
                stray.setLength(0);
                continue;
            }
            if (m.isEmpty() && cutRow) {
                // Debian html2text measures cells in bytes and cuts header labels short (其� for 其他结果,
                // 尚� for 尚未审结, 其 他 with no mark): what stands before the cut names a column when it
                // begins that column's label and no other's, nor a group's (结� begins 结果维持 and 结果纠正)
                String text = c.text();
                String before = (text.indexOf(CUT) >= 0 ? text.substring(0, text.indexOf(CUT)) : text).replace("_", "");
                Optional<LabelMatch> cut = labels.appealsRows.begun(before).isPresent() ? Optional.empty()
                        : labels.appealsColumns.begun(before);
                if (cut.isPresent()) {
                    header.add(new AppealsHeader.Token(cut.get().id(), rowIndex));
                    header.printedInColumns();
                    sink.add(Finding.info("label-approximate", Scope.column(TableId.APPEALS, cut.get().id()),
                            "column header '" + text.strip() + "' is cut by bytes; read as " + cut.get().standard()
                                    + ": the only column of table 四 whose label it can be the start of", c.where()));
                    stray.setLength(0);
                    continue;
                }
            }
            if (m.isEmpty()) {
                // a label wrapped a character a line (pdftotext -raw of a narrow cell: 总 / 计) is the two
                // cells that named nothing, joined, when together they are exactly a column's label
                Optional<LabelMatch> wrapped = stray.isEmpty() ? Optional.empty()
                        : labels.appealsColumns.match(stray + c.text().strip()).filter(LabelMatch::exact);
                stray.setLength(0);
                if (wrapped.isPresent()) {
                    header.add(new AppealsHeader.Token(wrapped.get().id(), rowIndex));
                    continue;
                }
                stray.append(c.text().strip());
                labels.appealsExtraColumns.match(c.text()).filter(LabelMatch::exact)
                        .ifPresent(x -> header.add(new AppealsHeader.Token(AppealsHeader.EXTRA, rowIndex)));
                continue;
            }
            stray.setLength(0);
            header.add(new AppealsHeader.Token(m.get().id(), rowIndex));
            if (column.isPresent() && group.isEmpty() && !column.get().exact()) {
                sink.add(Finding.info("label-approximate", Scope.column(TableId.APPEALS, column.get().id()),
                        "column header '" + c.text().strip() + "' read as " + column.get().standard(), c.where()));
            }
        }
    }

    /**
     * The columns a line of header labels wrapped in their cells names, left to right: pdftotext's
     * default mode prints the first line of every label of a header row on one line ({@code 结果维 其他结
     * 结果纠 总 尚未审}) and their rests on later ones ({@code 持}, {@code 果} …). Each word must be a
     * column's whole label or the start of one column's label and of no group's; two words at least.
     * Empty otherwise ({@code 结果} begins two labels: which column it heads cannot be told). Read as no
     * header, such a line left a table printed in another column order read in the form's.
     */
    private List<LabelMatch> wrappedStarts(String text) {
        String[] words = text.strip().split("\\s++");
        if (words.length < 2) {
            return List.of();
        }
        List<LabelMatch> out = new ArrayList<>();
        for (String word : words) {
            Optional<LabelMatch> whole = labels.appealsColumns.match(word).filter(LabelMatch::exact);
            Optional<LabelMatch> start = whole.isPresent() || !labels.appealsRows.begunBy(word).isEmpty()
                    ? whole : labels.appealsColumns.begun(word);
            if (start.isEmpty() || !columns.contains(start.get().id())) {
                return List.of();
            }
            out.add(start.get());
        }
        return out;
    }

    /**
     * Records the cells of a header row that head one column each, left to right, with the columns
     * each can name ({@link AppealsColumnCells}, used where the header is printed cell by cell): a
     * label read, or a start cut short ({@code 结�}, {@code 结 果}: what html2text prints of a
     * label its cell wraps) with every column it begins, or nothing before the cut ({@code �}) with
     * all five. Group labels and a label's rest ({@code �审结}, {@code 计}, {@code 维 持}, printed past
     * the cells) are no column cells; any other text beside column cells leaves the row's cells
     * unplaced.
     */
    private void columnCells(int rowIndex, List<GridCell> cells, AppealsColumnCells out) {
        List<Set<String>> found = new ArrayList<>();
        boolean other = false;
        for (GridCell c : cells) {
            if (c.spanned() || c.isBlank() || reader.parser().isValue(c.text())) {
                continue;
            }
            if (labels.appealsRows.match(c.text()).filter(g -> g.exact() || !LabelBook.appealsTitlePiece(c.text())).isPresent()) {
                continue;
            }
            String text = c.text().replace("_", "").strip();
            // a cell that starts cut holds no label of its own, only the rest of one (�审结 of 尚未审结,
            // wrapped under the column's cell): matched whole, it read as a sixteenth column cell
            Optional<LabelMatch> column = text.indexOf(CUT) == 0 ? Optional.empty()
                    : labels.appealsColumns.match(c.text());
            if (column.isPresent()) {
                found.add(Set.of(column.get().id()));
                continue;
            }
            int cut = text.indexOf(CUT);
            String before = cut >= 0 ? text.substring(0, cut) : text;
            String after = cut >= 0 ? text.substring(cut).replace(String.valueOf(CUT), "").strip() : "";
            Set<String> begun = !after.isEmpty() ? Set.of()
                    : before.isBlank() ? Set.copyOf(columns) : labels.appealsColumns.begunBy(before);
            if (!begun.isEmpty()) {
                found.add(begun);
                continue;
            }
            String rest = after.isEmpty() ? before : after;
            other |= !labels.appealsColumns.inside(rest, columns) && labels.appealsRows.begunBy(rest).isEmpty()
                    && !labels.appealsRows.inside(rest, AppealsHeader.ROWS);
        }
        if (found.isEmpty()) {
            return;
        }
        found.forEach(f -> out.add(rowIndex, f));
        if (other) {
            out.unplaced();
        }
    }

    /** Records where a header row names a column or a group exactly, cell by cell. */
    private void headerPlaces(SourceRow row, AppealsPositions printedAt) {
        List<GridCell> cells = row.cells();
        for (int k = 0; k < cells.size(); k++) {
            String text = cells.get(k).text();
            if (cells.get(k).spanned() || cells.get(k).isBlank()) {
                continue;
            }
            int index = k;
            labels.appealsColumns.match(text).filter(LabelMatch::exact).filter(m -> columns.contains(m.id()))
                    .ifPresent(m -> printedAt.column(m.id(), cells.size(), index));
            labels.appealsRows.match(text).filter(LabelMatch::exact).filter(m -> ROWS.contains(m.id()))
                    .ifPresent(m -> printedAt.group(m.id(), cells.size(), index));
        }
    }

    /** True when the text just before the row's values names no group or column of table 四. */
    private boolean foreign(SourceRow row) {
        List<GridCell> text = textCells(row);
        if (text.isEmpty()) {
            return false;
        }
        String last = text.get(text.size() - 1).text();
        // a header word wrapped a character at a time (pdftotext -raw: 总 / 计) is still a header
        String wrapped = text.size() > 1 ? text.get(text.size() - 2).text() + last : last;
        return names(last).isEmpty() && names(wrapped).isEmpty();
    }

    private Optional<LabelMatch> names(String text) {
        return labels.appealsRows.match(text).or(() -> labels.appealsColumns.match(text));
    }

    /**
     * The row's values: the cells after its last text cell. In a ruled row (exact positions) whose
     * cells after its labels are exactly the table's {@code width}, none of them a label, the row's
     * values are those cells by the grid, whatever they read: a value that is not a number (a scan's
     * {@code #} for 7, a number a narrow cell wrapped, a lone Chinese character OCR read for a digit
     * or a dash: {@code 小}, {@code 一}) keeps its place and is flagged at its cell, instead of cutting
     * the row short and leaving the values after it to be read by position.
     */
    private static List<GridCell> tail(SourceRow row, ValueParser parser, int width) {
        List<GridCell> cells = row.cells();
        int i = cells.size();
        while (i > 0 && (cells.get(i - 1).spanned() || parser.isValue(cells.get(i - 1).text())
                || i > 1 && cutValue(cells.get(i - 1).text()) && parser.isValue(cells.get(i - 2).text()))) {
            i--;
        }
        List<GridCell> values = cells.subList(i, cells.size()).stream().filter(c -> !c.spanned()).toList();
        if (row.positions() != Positions.EXACT || values.size() >= width) {
            return values;
        }
        List<GridCell> own = cells.stream().filter(c -> !c.spanned()).toList();
        int labels = 0;
        while (labels < own.size() && label(own.get(labels).text())) {
            labels++;
        }
        List<GridCell> grid = own.subList(labels, own.size());
        return grid.size() == width && grid.stream().noneMatch(c -> label(c.text())) ? grid : values;
    }

    /**
     * A value Debian html2text cut by bytes: replaced bytes ({@code �}) with nothing but a value's
     * characters beside them ({@code —} is three bytes; a column two bytes wide prints {@code �}).
     * Between values it is one of the row's cells, kept in its place and flagged unreadable where it
     * is read: taken for the row's label instead, it ended the row's values there, and the fifteen
     * cells, read as eleven, were spread over the groups by guess (行政复议's 4s read into
     * 未经复议直接起诉, each group's sum holding).
     */
    private static boolean cutValue(String text) {
        String t = text.strip();
        if (t.indexOf(CUT) < 0) {
            return false;
        }
        return t.codePoints().allMatch(c -> c == CUT || Character.isDigit(c) || ",，.．—－-/".indexOf(c) >= 0);
    }

    /**
     * Text with a Chinese character other than a unit's (万元, 件): a label, unless it is one Chinese
     * character alone, which no label of table 四 is (结果维持, 总计, 2020年 …): a misread value.
     */
    private static boolean label(String text) {
        String t = text.strip();
        boolean chinese = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && "万亿元件条个项次份增减加少".indexOf(c) < 0);
        return chinese && t.codePointCount(0, t.length()) > 1;
    }

    private List<String> blanks() {
        return columns.stream().map(c -> "").toList();
    }

    /** The reading in words, so an auditor sees what was assumed: "review/upheld=1, …". */
    private static String reading(List<AppealsHeader.Slot> slots, RowFit fit, ValueParser parser) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < slots.size(); i++) {
            String v = fit.cells().get(i).map(g -> parser.parse(g.text()).value().render()).orElse("?");
            sb.append(i == 0 ? "" : ", ").append(slots.get(i).row()).append('/').append(slots.get(i).column())
                    .append('=').append(v.isEmpty() ? "blank" : v);
        }
        return sb.toString();
    }
}
