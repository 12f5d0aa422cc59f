package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.nianbao.model.CellValue;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;
import org.nianbao.reconstruct.text.RequestsRowIdentity;
import org.nianbao.reconstruct.text.TotalByIdentity;

/**
 * Table 三: 24 (2019) or 26 (2021) rows × 7 applicant columns, in the fixed order of the official
 * format. Rows are recognised by their labels; the group label (（三）不予公开 …) is tracked only to
 * tell what a generic item such as {@code 3.其他} belongs to.
 */
final class RequestsTable {

    private final LabelBook labels;
    private final CellReader reader;
    private final List<String> columns;
    private final ColumnIdentities identities;
    private final MisreadRowLabels misread;

    RequestsTable(LabelBook labels, CellReader reader, List<String> columns, ColumnIdentities identities,
                  MisreadRowLabels misread) {
        this.labels = labels;
        this.reader = reader;
        this.columns = List.copyOf(columns);
        this.identities = identities;
        this.misread = misread;
    }

    /**
     * Reads the table into the sink. Each row's values are settled only once every row was read,
     * so that the column identities can weigh the readings of all rows together; what the table
     * adds to the sink is kept in order meanwhile.
     *
     * @return whether the table shows its page cropped on the right: a row printed short under a header
     *     that names the form's columns up to a point and none after ({@link #cutOnTheRight})
     */
    boolean map(List<SourceRow> section, TableSink out) {
        Steps sink = new Steps();
        mapRows(section, sink);
        sink.replay(out);
        return sink.cutOnTheRight;
    }

    private void mapRows(List<SourceRow> section, Steps sink) {
        Optional<List<SourceRow>> byColumns = StackedHeader.stack(section, reader.parser(), labels.requestsColumns,
                columns, 1);
        List<SourceRow> stacked = byColumns.orElse(section);
        List<SourceRow> rows = WrappedLabels.join(HeaderFragments.join(stacked, reader.parser(), labels.requestsColumns),
                reader.parser(), text -> labels.requestsRows.match(text) // 总 / 计 of the header is no row
                        .filter(m -> m.exact() && !LabelBook.isNoise(m.id()) && FormRowBook.numbered(text))
                        .map(LabelMatch::id),
                text -> labels.requestsGroups.match(text).filter(LabelMatch::exact).isPresent());
        rows = WrappedNumbers.join(rows, reader.parser(), columns.size(),
                text -> labels.requestsRows.match(text)
                        .or(() -> labels.requestsRowsInOtherGroup.match(text).filter(LabelMatch::exact)) // 3.其他
                        .filter(m -> !LabelBook.isNoise(m.id())).isPresent(),
                text -> labels.requestsRows.match(text).filter(LabelMatch::exact)
                        .or(() -> labels.requestsRowsInOtherGroup.match(text).filter(LabelMatch::exact))
                        .filter(m -> !LabelBook.isNoise(m.id())).isPresent(),
                RequestsRowIdentity::holds);
        RequestsHeader header = new RequestsHeader(columns);
        if (byColumns.isPresent()) {
            header.orderedByColumns();
        }
        HeaderCells fragments = new HeaderCells(header);
        HeaderPositions positions = new HeaderPositions();
        rows.forEach(r -> positions.row(r, reader.parser()));
        Optional<ColumnMap> placed = Optional.empty();
        boolean headerRead = false;
        int rowIndex = 0;
        Optional<String> previous = Optional.empty();
        int previousAt = -1; // the index of the source row whose values were read last
        String group = "";
        boolean seenData = false;
        boolean cutHeader = false;
        List<GridCell> loose = new ArrayList<>(); // label and text cells since the last row read
        Deferred blankOther = null;
        List<Finding> groupNotes = new ArrayList<>();
        ValueParser parser = reader.parser();
        FormDecoder decoder = FormDecoder.learn(rows, parser, true);
        Deferred split = null; // a row of values whose label matched no row: the rest of its label may follow
        Optional<Finding> splitNote = Optional.empty();
        ReadOrder order = new ReadOrder();
        ReadOrder.Entry blankOtherAt = null;
        // rows printed as their label alone, in text that prints nothing for a blank cell (EmptyRows)
        EmptyRows empty = new EmptyRows(rows, parser, columns.size());
        for (SourceRow next : rows) {
            SourceRow row = next;
            rowIndex++;
            if (!seenData) {
                // every text cell above the first row of values may be part of the header
                // (a value the tool may have cut with no mark, １ for １９, is flagged at its cell by the
                // reader: UnderscorePaddedTable, so the header is read whatever the digits)
                // a header row below one the tool cut by bytes is cut the same way, with no mark where a
                // cut falls between characters (社会 for 社会公益组织 under 法人或其他组织�)
                cutHeader |= row.cells().stream().anyMatch(c -> cut(c.text()));
                boolean cutRow = cutHeader;
                for (int k = 0; k < row.cells().size(); k++) {
                    GridCell c = row.cells().get(k);
                    if (!c.spanned() && !c.isBlank() && !parser.isValue(c.text())) {
                        Optional<LabelMatch> match = labels.requestsColumns.match(c.text());
                        Optional<GridCell> start = match.filter(LabelMatch::exact).isEmpty() ? startRunOn(c) : Optional.empty();
                        if (start.isPresent()) {
                            // pdftotext -raw runs a label's first characters onto the end of the stub's note
                            // (…等于第三项加第四项之和） 自然, then 人 on the next line): the start is a fragment of its own
                            c = start.get();
                            match = labels.requestsColumns.match(c.text());
                        }
                        fragments.header(match, c, rowIndex, cutRow, k, row.cells().size());
                        int index = k;
                        match.filter(x -> x.exact() && columns.contains(x.id()))
                                .ifPresent(x -> positions.add(x.id(), next.cells().size(), index,
                                        next.cells().get(next.cells().size() - 1).isBlank()));
                    }
                }
            }
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
                labels.requestsColumns.match(c.text()).filter(m -> !m.exact() && columns.contains(m.id()))
                        .ifPresent(m -> sink.add(Finding.info("label-approximate", Scope.column(TableId.REQUESTS, m.id()),
                                "column header '" + c.text().strip() + "' read as " + m.standard(), c.where())));
            }
            boolean numbers = lr.hasNumber(parser);
            if (split != null) {
                Optional<LabeledRow> whole = numbers ? Optional.empty() : restOfLabel(split.row(), lr, inGroup);
                if (whole.isPresent()) {
                    lr = whole.get();
                    row = split.source();
                    numbers = true;
                } else {
                    order.unmatched(split, splitNote, sink);
                }
                split = null;
                splitNote = Optional.empty();
            }
            boolean fromAbove = false;
            if (lr.match().isEmpty()) {
                Optional<LabeledRow> above = numbers && lr.before().isEmpty()
                        ? labelAbove(loose, inGroup, lr.values()) : Optional.empty();
                if (numbers && !lr.before().isEmpty() && above.isEmpty()) {
                    // a label cut by a <br> in its cell: Chromium's innerText writes its first line alone and its
                    // last line before the row's tabs (一、本年新收政府信息公开申请 / 数量⇥21⇥197…), a piece that
                    // names no row; the lines joined must make one row's label exactly
                    List<GridCell> parts = new ArrayList<>(loose);
                    parts.addAll(lr.before());
                    Optional<LabeledRow> cut = labelAbove(parts, inGroup, lr.values())
                            .filter(a -> a.match().get().exact());
                    if (cut.isPresent()) {
                        above = cut;
                    }
                }
                if (above.isPresent()) {
                    lr = above.get();
                    fromAbove = true;
                } else {
                    if (numbers) {
                        empty.valuesWithoutLabel();
                        // reported once the next row shows it is not the first part of a row a page break split
                        splitNote = lr.unmatched(TableId.REQUESTS, previous);
                        split = lr.before().isEmpty() ? null : new Deferred(lr, row);
                        if (split == null) {
                            order.unmatched(new Deferred(lr, row), splitNote, sink);
                            splitNote = Optional.empty();
                        }
                        loose.clear();
                    } else {
                        loose.addAll(lr.before());
                    }
                    continue;
                }
            }
            if (!lr.match().get().exact() && numbers) {
                // the label's first line may stand before it: 1.申请人无正当理由逾期不补正、 / 行政机关不再处理…
                List<GridCell> parts = new ArrayList<>(loose);
                parts.addAll(lr.before());
                parts.add(lr.label().get());
                Optional<LabeledRow> whole = labelAbove(parts, inGroup, lr.values())
                        .filter(j -> j.match().get().exact());
                if (whole.isPresent()) {
                    lr = whole.get();
                }
            }
            LabelMatch m = lr.match().get();
            GridCell label = lr.label().get();
            if (!numbers && !m.exact() && previous.equals(Optional.of(m.id())) && previousAt == rowIndex - 1) {
                // the rest of the label of the row just read, wrapped in its cell onto the next line with
                // no figure of its own (Debian html2text: (二)部分公开(区分处理的, over 只计这一情形,不计其他情
                // and the label's spilled bytes): not a second row whose cells would be taken as doubles
                continue;
            }
            if (blankOther != null) {
                // the row after a blank （六）其他处理 tells what it was: the 2021 heading of the
                // numbered rows, or the 2019 row with every cell blank
                if (!m.id().startsWith("other_")) {
                    read(blankOther, placed, groupNotes, decoder, positions, sink, Placement.IDENTIFIED);
                } else {
                    order.drop(blankOtherAt);
                }
                blankOther = null;
            }
            if (m.id().equals("other") && !numbers) {
                // （六）其他处理 without values: the 2021 group of three numbered rows, a label whose
                // values follow on the next line, or a 2019 row whose cells are all blank
                group = LabelBook.OTHER_GROUP;
                loose.add(label);
                if (lr.values().size() >= columns.size()) {
                    blankOther = new Deferred(lr, row);
                    blankOtherAt = order.named(m.id());
                }
                continue;
            }
            if (!numbers && (!seenData || lr.values().isEmpty())) {
                // a header cell such as 总计, or a label whose values are on the next line
                if (seenData || labels.requestsColumns.match(label.text()).isEmpty()) {
                    loose.addAll(lr.before());
                    loose.add(label);
                }
                continue;
            }
            if (seenData && !fromAbove) {
                // labels between the last row read and this one's, each alone: rows whose every cell is blank
                List<GridCell> between = new ArrayList<>(loose);
                between.addAll(lr.before());
                empty.labelsAlone(between, inGroup.equals(LabelBook.OTHER_GROUP) ? labels.requestsRowsInOtherGroup
                        : labels.requestsRows, labels.requestsGroups, m.id());
            }
            empty.read(m.id());
            seenData = true;
            loose.clear();
            previous = Optional.of(m.id());
            previousAt = rowIndex;
            if (!headerRead) {
                headerRead = true;
                fragments.nameTheCutCell(sink);
                placed = columnsOf(header, row, label, sink);
                fragments.splitOverPages().forEach(sink::add);
            }
            group = m.id().startsWith("other_") ? LabelBook.OTHER_GROUP : "";
            int at = rowIndex - 1;
            for (int k = 0; k < rows.size(); k++) {
                if (rows.get(k) == row) { // the values' own line, where a split label was joined after it
                    at = k;
                    break;
                }
            }
            // a line with a label or any other text is not the rest of this row's figures
            Optional<String> beside = ShortRowBeside.doubt(rows, at, lr, columns.size(), parser, r -> r.cells().stream()
                    .anyMatch(c -> !c.spanned() && !c.isBlank() && !parser.isValue(c.text())));
            if (beside.isPresent()) {
                sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.REQUESTS, m.id()),
                        "row '" + label.text().strip() + "': " + beside.get(), label.where()));
            }
            if (!m.exact() && !lr.values().isEmpty() && lr.values().stream().allMatch(GridCell::isBlank)) {
                // a page break cuts a row: the figures close one page under the label's first characters
                // (1.属, row-unmatched), the label's rest opens the next one over empty cells (家秘 密)
                sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.REQUESTS, m.id()),
                        "row '" + label.text().strip() + "' is read as " + m.standard() + " from part of its label only, "
                        + "over cells that are all blank: it may be the rest of a row a page break cut, whose figures "
                        + "stand with the label's first part", label.where()));
            }
            order.named(m.id());
            if (read(new Deferred(lr, row, fromAbove), placed, groupNotes, decoder, positions, sink, Placement.IDENTIFIED)
                    .filter(r -> r.fit().problem() == RowFit.Problem.TOO_MANY).isPresent()) {
                empty.valuesWithoutLabel(); // values the row cannot hold: some may be another row's
            }
        }
        if (split != null) {
            order.unmatched(split, splitNote, sink);
        } else {
            splitNote.ifPresent(sink::add);
        }
        if (blankOther != null) {
            read(blankOther, placed, groupNotes, decoder, positions, sink, Placement.IDENTIFIED);
        }
        for (EmptyRows.Blank b : empty.blankRows()) {
            read(new Deferred(b.row(), b.source(), false, true), placed, groupNotes, decoder, positions, sink,
                    Placement.IDENTIFIED);
        }
        placeMisread(order, placed, groupNotes, decoder, positions, sink);
    }

    /**
     * The rows of an OCR'd grid whose labels named no row, placed by the form's order of rows
     * ({@link MisreadRowLabels}) where it leaves each one row: accepted where the row's values add
     * up to its total (the column identities are the validator's, which flags a column that does not
     * add up at its every cell), else placed with {@code placement-assumed}. A row the order does not
     * place is reported as before, naming the rows the order leaves it.
     */
    private void placeMisread(ReadOrder order, Optional<ColumnMap> placed, List<Finding> groupNotes,
                              FormDecoder decoder, HeaderPositions positions, Steps sink) {
        List<ReadOrder.Entry> entries = order.entries();
        if (entries.stream().allMatch(e -> e.row() == null)) {
            return;
        }
        List<MisreadRowLabels.Place> places = misread.place(entries.stream().map(ReadOrder.Entry::printed).toList());
        for (int i = 0; i < entries.size(); i++) {
            ReadOrder.Entry e = entries.get(i);
            if (e.row() == null) {
                continue;
            }
            MisreadRowLabels.Place place = places.get(i);
            if (place.row().isEmpty() || placed.isEmpty()
                    || !MisreadRowLabels.whole(e.row().source(), e.row().row(), placed.get().size(), reader.parser())) {
                String rows = place.candidates().isEmpty() ? "no row of the form fits it in the order of the rows read"
                        : "by the form's order of rows it may be row " + String.join(", ", place.candidates());
                e.note().map(n -> new Finding(n.severity(), n.rule(), n.scope(), n.message() + "; " + rows, n.where()))
                        .ifPresent(n -> candidatesOnly(n, place.candidates()).forEach(sink::add));
                continue;
            }
            String id = place.row().get();
            LabeledRow row = e.row().row();
            String standard = misread.label(id);
            LabelMatch match = new LabelMatch(id, standard, true);
            GridCell label = row.before().get(row.before().size() - 1);
            LabeledRow named = row.labelledAs(match);
            String how = "row label '" + label.text().strip().replace('\n', ' ') + "' matches no row; read as " + standard
                    + ", the one row the form's order of rows leaves it among the rows whose labels were read";
            if (addsUp(row.values(), placed.get())) {
                sink.add(Finding.info("label-approximate", Scope.row(TableId.REQUESTS, id),
                        how + ", its values adding up to its total", label.where()));
                read(new Deferred(named, e.row().source()), placed, groupNotes, decoder, positions, sink,
                        Placement.IDENTIFIED);
            } else {
                read(new Deferred(named, e.row().source()), placed, groupNotes, decoder, positions, sink,
                        new Placement(false, true, how + "; its values do not add up to its total (or not all are "
                                + "numbers), so the placement is not confirmed", false));
            }
        }
    }

    /**
     * A line of values with no label in an OCR'd grid ({@code row-unlabelled}, about the whole table
     * when no row was read before it) concerns only the rows the form's order leaves it: one finding
     * at each of them. Other findings as they are ({@code row-unmatched} is narrowed to the rows
     * still missing by the mapper, which include these).
     */
    private static List<Finding> candidatesOnly(Finding note, List<String> candidates) {
        if (!note.rule().equals("row-unlabelled") || candidates.isEmpty() || !note.scope().row().isEmpty()) {
            return List.of(note);
        }
        return candidates.stream().map(r -> note.withScope(Scope.row(TableId.REQUESTS, r))).toList();
    }

    /**
     * True when a row prints a number or blank in each of the columns (or, among more cells, a
     * value in each, as {@link RowFit} reads it) and its applicants add up to its 总计.
     */
    private boolean addsUp(List<GridCell> values, ColumnMap cols) {
        List<GridCell> cells = values.size() == cols.size() ? values : values.stream().filter(c -> !c.isBlank()).toList();
        if (cells.size() != cols.size() || !cols.ids().contains("total")) {
            return false;
        }
        List<BigDecimal> numbers = new ArrayList<>();
        for (GridCell c : cells) {
            CellValue v = reader.parser().parse(c.text()).value();
            if (v instanceof CellValue.Numeric n) {
                numbers.add(n.value());
            } else if (c.isBlank()) {
                numbers.add(BigDecimal.ZERO);
            } else {
                return false;
            }
        }
        return FormDecoder.totals(Collections.nCopies(cols.size(), ""), cols.ids()).test(numbers);
    }

    /**
     * A row a page break split, as LibreOffice prints it: the values and the label's first part
     * ({@code 3.危及}) close one page, the label's rest ({@code “三安全一稳定”}) opens the next with
     * every value cell empty. Joined only when the two parts together are exactly one row's label and
     * the rest alone is not (a row of blank cells under its own label is a row of its own).
     *
     * @param first the row of values whose label matched no row
     * @param rest the row after it, with no number
     */
    private Optional<LabeledRow> restOfLabel(LabeledRow first, LabeledRow rest, String group) {
        List<GridCell> text = new ArrayList<>(rest.before());
        rest.label().ifPresent(text::add);
        if (text.isEmpty() || rest.match().filter(LabelMatch::exact).isPresent()) {
            return Optional.empty();
        }
        GridCell head = first.before().get(first.before().size() - 1);
        LabelMatcher matcher = group.equals(LabelBook.OTHER_GROUP) ? labels.requestsRowsInOtherGroup : labels.requestsRows;
        // the group's label may be split with the row (（四）无法提 / 供 beside 1.本机关不掌 / 握相关政府信息):
        // the cells before the label's rest are then the group's rest, so the label's rest is tried alone too
        List<List<GridCell>> readings = rest.label().isPresent() && !rest.before().isEmpty()
                ? List.of(text, List.of(rest.label().get())) : List.of(text);
        for (List<GridCell> reading : readings) {
            String joined = head.text().strip() + String.join("", reading.stream().map(c -> c.text().strip()).toList());
            Optional<LabelMatch> m = matcher.match(joined).filter(x -> x.exact() && !LabelBook.isNoise(x.id()));
            if (m.isPresent()) {
                return Optional.of(new LabeledRow(List.of(), Optional.of(head), m, first.values()));
            }
        }
        return Optional.empty();
    }

    /**
     * True when an approximate row label is shorter than the row's and does not begin as it does:
     * the rest of a label wrapped in its cell ({@code 方合法权益} of 4.保护第三方合法权益, {@code 供} of
     * the group （四）无法提供 joined to {@code 关政府信息}). A typo or a cut end keeps the label's start;
     * a label's rest names the row, but not the line of values beside it.
     */
    private static boolean endOfLabel(String raw, LabelMatch m) {
        String t = LabelText.normalize(raw);
        String f = LabelText.normalize(m.standard());
        return !t.isEmpty() && t.length() < f.length() && f.charAt(0) != t.charAt(0);
    }

    /**
     * The last word of a header cell that names no column, when that word begins exactly one column's
     * label and is not all of it, and the text before it names none ({@code 自然} at the end of the
     * stub's note {@code （本列数据的勾稽关系为：…） 自然}); empty otherwise. A label printed letter-spaced
     * runs on as its letters one space apart ({@code …之和） 自 然}, then {@code 人}): the last words of one
     * character each are then that start, joined.
     */
    private Optional<GridCell> startRunOn(GridCell c) {
        List<String> words = List.of(c.text().strip().split("[ \u3000]+"));
        for (int from = words.size() - 1; from > 0; from--) {
            if (from < words.size() - 1 && words.get(from).codePointCount(0, words.get(from).length()) != 1) {
                return Optional.empty(); // a word of several characters before the last: no letter-spaced label
            }
            String last = String.join("", words.subList(from, words.size()));
            String rest = String.join(" ", words.subList(0, from));
            // the text before it names no column either: a note (the stub's, a noise label), not labels run
            // together (商业 企业 科研 机构 社会公益)
            boolean note = labels.requestsColumns.match(rest).filter(m -> m.exact() && !LabelBook.isNoise(m.id())).isEmpty()
                    && labels.requestsColumns.matchRun(rest).isEmpty()
                    && labels.requestsColumns.begun(rest).filter(m -> !LabelBook.isNoise(m.id())).isEmpty();
            if (note && labels.requestsColumns.begun(last).isPresent()
                    && labels.requestsColumns.match(last).filter(LabelMatch::exact).isEmpty()) {
                return Optional.of(GridCell.of(last, c.where()));
            }
            if (words.get(words.size() - 1).codePointCount(0, words.get(words.size() - 1).length()) != 1) {
                return Optional.empty(); // only a letter-spaced label's start runs on as more than one word
            }
        }
        return Optional.empty();
    }

    /** The columns the header names; the form's, with a finding, when it contradicts the form. */
    private static Optional<ColumnMap> columnsOf(RequestsHeader header, SourceRow firstData, GridCell label,
                                                 Steps sink) {
        RequestsHeader.Reading r = header.read(firstData.positions() == Positions.EXACT);
        if (!r.contradiction().isEmpty()) {
            sink.add(Finding.warning("header-mismatch", Scope.table(TableId.REQUESTS),
                    r.contradiction() + "; table 三 was read in the form's column order", label.where()));
        }
        return r.columns();
    }

    /**
     * Reads a labelled row's values, with the notes on its labels; the values are settled later.
     * The row's readings, empty when the table's columns are not known.
     */
    private Optional<RowReadings> read(Deferred d, Optional<ColumnMap> placed, List<Finding> groupNotes,
                                       FormDecoder decoder, HeaderPositions positions, Steps sink, Placement how) {
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        ColumnMap cols = placed.get();
        LabelMatch m = d.row.match().get();
        GridCell label = d.row.label().get();
        if (!m.exact() && GluedFigure.endsLabel(label.text())) {
            // a figure in the label's own word (pdftotext -layout of a 150 % print: 1.属于国家秘密0): the
            // matcher reads past it, so the row has a value fewer than it prints (a lost 0 keeps the row
            // identity) and which column lost it is not known; as table 二's rows (ActiveTable)
            sink.add(Finding.warning("label-glued-value", Scope.row(TableId.REQUESTS, m.id()),
                    "row label '" + label.text().strip().replace('\n', ' ') + "' read as " + m.standard()
                            + " ends with a figure glued to it; it was not read as a value and the row's "
                            + "cells may stand in the wrong columns", label.where()));
        } else if (!m.exact()) {
            sink.add(approximate(label, m, "row label").withScope(Scope.row(TableId.REQUESTS, m.id())));
        }
        for (Finding note : groupNotes) {
            sink.add(note.withScope(Scope.row(TableId.REQUESTS, m.id())));
        }
        groupNotes.clear();
        // a row as wide as the header that names its columns cell by cell holds them where it names them
        Optional<List<GridCell>> byHeader = positions.columns(d.source, cols.ids(), reader.parser());
        RowReadings readings = decoder.readings(byHeader.orElse(d.row.values()), cols.size(),
                byHeader.isPresent() ? Positions.EXACT : d.source.positions(),
                FormDecoder.totals(Collections.nCopies(cols.size(), ""), cols.ids()));
        // a row printed with a cell for every column was placed by its layout, not by the row identity
        boolean printedWhole = byHeader.map(List::size).orElse(d.printed()) == cols.size();
        // the whole row, not the cut cells only: the cells it prints may stand in other columns too
        cutOnTheRight(cols, d, printedWhole).ifPresent(cut -> sink.cut(Finding.warning("cells-missing",
                Scope.row(TableId.REQUESTS, m.id()), "row '" + label.text().strip() + "' prints "
                        + d.printed() + " cells for " + cols.size() + " columns and the header does not name "
                        + String.join(", ", cut) + ": the table may be cut on the right (a crop), so those are not "
                        + "known to be blank", label.where())));
        CellNotes.unplaced(label).ifPresent(why -> sink.add(Finding.warning("cells-ambiguous",
                Scope.row(TableId.REQUESTS, m.id()), "row '" + label.text().strip() + "': " + why, label.where())));
        boolean labelAbove = d.labelAbove();
        if (!m.exact() && (!printedWhole || labelAbove) && endOfLabel(label.text(), m)) {
            sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.REQUESTS, m.id()), "row '"
                    + label.text().strip() + "' is placed by the end of its label only ('" + m.standard()
                    + "' starts otherwise), " + (labelAbove ? "the text above a line of values with no label" : "with fewer "
                    + "values than columns") + ": the label was wrapped, and the line its first part stands on may "
                    + "hold the row's values, so the values read here may be another row's", label.where()));
        }
        sink.row(new ColumnIdentities.Row(m.id(), cols.ids(), readings), printedWhole, (fit, s) -> reader.readRow(
                TableId.REQUESTS, m.id(), sink.columns(cols), how, fit, label.text().strip(),
                label.where(), s));
        return Optional.of(readings);
    }

    /**
     * The form's last columns the header does not name, when a row of flattened text prints fewer cells
     * than columns: the table's right part may have been cut off (pdftotext {@code -x -W} cropping a
     * page to its margins cuts 其他 and 总计 with their header), and a cut 0 beside a row of blanks
     * keeps the row identity, so the cells read there prove nothing. Empty otherwise.
     */
    private static Optional<List<String>> cutOnTheRight(ColumnMap cols, Deferred d, boolean printedWhole) {
        int last = cols.size();
        while (last > 0 && !cols.identified().get(last - 1)) {
            last--;
        }
        if (printedWhole || cols.exact() || last == cols.size() || last == 0 || d.source.positions() != Positions.FLATTENED
                || !cols.identified().subList(0, last).stream().allMatch(b -> b)) {
            return Optional.empty();
        }
        return Optional.of(cols.ids().subList(last, cols.size()));
    }

    /**
     * What the table adds to the sink, in order, with each row's cells written once the column
     * identities have weighed the readings of every row ({@link ColumnIdentities}).
     */
    private final class Steps {
        private final List<Consumer<TableSink>> steps = new ArrayList<>();
        private final List<ColumnIdentities.Row> rows = new ArrayList<>();
        private final List<RowFit> fits = new ArrayList<>();
        private final List<Boolean> whole = new ArrayList<>();
        private boolean totalProven;
        private boolean cutOnTheRight;

        void add(Finding f) {
            steps.add(s -> s.add(f));
        }

        /** A row's cells the header shows cut off on the right ({@link #cutOnTheRight}). */
        void cut(Finding f) {
            cutOnTheRight = true;
            add(f);
        }

        /** @param printedWhole whether the row printed a cell for every column (so no reading of it used the identity) */
        void row(ColumnIdentities.Row row, boolean printedWhole, BiConsumer<RowFit, TableSink> write) {
            int index = rows.size();
            rows.add(row);
            whole.add(printedWhole);
            steps.add(s -> write.accept(fits.get(index), s));
        }

        void replay(TableSink out) {
            identities.weigh(rows).forEach(r -> fits.add(r.fit()));
            // rows decoded against the identity (blanks lost) would prove only what the decoder assumed
            List<List<BigDecimal>> printed = new ArrayList<>();
            for (int i = 0; i < fits.size(); i++) {
                (whole.get(i) ? complete(fits.get(i)) : Optional.<List<BigDecimal>>empty()).ifPresent(printed::add);
            }
            totalProven = TotalByIdentity.provesLast(printed);
            steps.forEach(step -> step.accept(out));
        }

        /**
         * The columns to write a row by: where the header named every column but 总计, which the
         * form puts last, and the rows prove it last ({@link TotalByIdentity}), all of them named.
         */
        ColumnMap columns(ColumnMap cols) {
            int last = cols.size() - 1;
            boolean onlyTotalAssumed = cols.ids().get(last).equals("total") && !cols.identified().get(last)
                    && cols.identified().subList(0, last).stream().allMatch(b -> b);
            return totalProven && onlyTotalAssumed ? ColumnMap.named(cols.ids(), cols.units()) : cols;
        }

        /** A row read whole, every cell a number or blank (as 0), in the order read; empty otherwise. */
        private Optional<List<BigDecimal>> complete(RowFit fit) {
            if (fit.problem() != RowFit.Problem.NONE || fit.cells().size() != columns.size()) {
                return Optional.empty();
            }
            List<BigDecimal> values = new ArrayList<>();
            for (Optional<GridCell> c : fit.cells()) {
                CellValue v = c.map(x -> reader.parser().parse(x.text()).value()).orElse(null);
                if (v instanceof CellValue.Numeric n) {
                    values.add(n.value());
                } else if (v instanceof CellValue.Blank) {
                    values.add(BigDecimal.ZERO);
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(values);
        }
    }

    private static Finding approximate(GridCell c, LabelMatch m, String what) {
        return Finding.info("label-approximate", Scope.table(TableId.REQUESTS),
                what + " '" + c.text().strip().replace('\n', ' ') + "' read as " + m.standard(), c.where());
    }

    /**
     * Feeds header cells to the header in reading order. A column label a flattening broke in two
     * ({@code 自然} on one line, {@code 人} on the next) is joined back when the two parts together
     * are exactly a column the header has not named yet.
     */
    private final class HeaderCells {
        private final RequestsHeader header;
        private final List<RequestsHeader.Token> unmatched = new ArrayList<>();
        private final List<String> unmatchedText = new ArrayList<>();
        private final List<GridCell> unmatchedCells = new ArrayList<>();
        private final java.util.Set<String> named = new java.util.HashSet<>();
        private final List<RequestsHeader.Token> namedTokens = new ArrayList<>();
        /** Where the cell naming each column stands. */
        private final Map<String, GridCell> namedAt = new java.util.HashMap<>();
        /** Whether the header has a row cut by bytes, where cut cells may be read. */
        private boolean cutRead;
        private int seq;

        HeaderCells(RequestsHeader header) {
            this.header = header;
        }

        /**
         * @param cutRow whether a cell of the cell's row is cut mid-character (Debian html2text)
         * @param index the cell's place in its row
         * @param width how many cells its row has
         */
        void header(Optional<LabelMatch> match, GridCell cell, int row, boolean cutRow, int index, int width) {
            List<LabelMatch> run = match.filter(LabelMatch::exact).isPresent() ? List.of()
                    : labels.requestsColumns.matchRun(cell.text());
            if (!run.isEmpty()) {
                // labels run together in one cell (pdftotext -raw: 自然人 法人或其他组织 总计; lynx:
                // 科 研 机 构 社会公益组织 …): each one is a column, in the order printed
                run.forEach(part -> header(Optional.of(part), cell, row, cutRow, index, width));
                return;
            }
            seq++;
            cutRead |= cutRow;
            CellNotes.unplaced(cell).ifPresent(header::unplaced);
            if (match.isEmpty() && cutRow) {
                // Debian html2text measures cells in bytes and cuts header labels short, often
                // mid-character (自 for 自然人, 商� for 商业企业): in a row where it did, what stands
                // before the cut names a column when it begins that column's label and no other's
                String text = cell.text();
                String before = (cut(text) ? text.substring(0, text.indexOf(CUT)) : text).replace("_", "");
                match = labels.requestsColumns.match(before).or(() -> labels.requestsColumns.begun(before))
                        .filter(m -> !named.contains(m.id()))
                        .filter(m -> m.exact() || !elsewhereThanTheForm(m.id(), index, width));
                if (match.isPresent()) {
                    header.printedInColumns();
                }
            }
            if (match.isPresent() && !match.get().exact() && completesNamed(cell, match.get())) {
                // the rest of a label whose start already named the column (社会公 at the foot of a
                // page, 益组织 at the top of the next): the column is named once, where it starts
                return;
            }
            if (match.isPresent() && !match.get().exact() && joinFragments(cell, row)) {
                // the rest of a label whose start an earlier cell printed (a header row broken across
                // a page: 社会 / 法律 at the foot of page 1, 公益组织 / 服务机构 at the top of page 2) is
                // that label, not the column its rest alone resembles
                return;
            }
            if (match.isPresent()) {
                if (!LabelBook.isNoise(match.get().id())) {
                    named.add(match.get().id());
                    RequestsHeader.Token token = new RequestsHeader.Token(match.get().id(), row, seq, cell.span());
                    namedTokens.add(token);
                    namedAt.putIfAbsent(match.get().id(), cell);
                    header.add(token);
                }
                return;
            }
            if (joinFragments(cell, row)) {
                return;
            }
            unmatched.add(new RequestsHeader.Token("", row, seq, cell.span()));
            unmatchedText.add(cell.text().strip());
            unmatchedCells.add(cell);
        }

        /**
         * True when a header cell the cut left as the start of a column's label stands, in a row as wide as a
         * row of values (its label and a cell per column), in another column than the form puts that column
         * in. Debian html2text of a permuted table 三 whose labels break every two characters leaves {@code 科}
         * over the fifth column (科研机构 printed fourth of the organisations) and most other labels cut past
         * reading; named there, research was read in the form's third column, as the columns the header names
         * are where the header leaves some unnamed (12 cells wrong, none flagged). Such a start names nothing:
         * the column is then one the header does not name, and read by assumption.
         */
        private boolean elsewhereThanTheForm(String id, int index, int width) {
            return width == columns.size() + 1 && index != 1 + columns.indexOf(id);
        }

        /**
         * Joins the cell to the header cells before it that named nothing, when together they are
         * exactly a column not yet named; true when they were. The label keeps each piece's line
         * ({@code row}: the cell's), which {@link RequestsHeaderLines} weighs.
         */
        private boolean joinFragments(GridCell cell, int row) {
            // two parts, or three (w3m prints 自 / 然 / 人 of a merged cell on both sides of a rule line);
            // on a PDF page, parts that stand in the same column however much was printed between
            // them (a page's footer and the next page's header between 社会 and 公益组织)
            boolean onPage = cell.where() instanceof Location.PageBox;
            int from = onPage ? 0 : Math.max(0, unmatched.size() - 4);
            for (int i = unmatched.size() - 1; i >= from; i--) {
                for (int j = i; j < unmatched.size(); j++) {
                    if (onPage && !(sameColumn(unmatchedCells.get(i), cell) && sameColumn(unmatchedCells.get(j), cell))) {
                        continue;
                    }
                    String middle = j == i ? "" : unmatchedText.get(j);
                    String whole = unmatchedText.get(i) + middle + cell.text().strip();
                    Optional<LabelMatch> joined = labels.requestsColumns.match(whole).filter(m -> m.exact()
                            && columns.contains(m.id()) && !named.contains(m.id()));
                    // labels run together and the last one's rest on the next line (pdftotext -raw:
                    // 商 业 企 业 科 研 机 构 社会公益 / 组织): each a column, in the order printed
                    List<LabelMatch> parts = joined.isPresent() ? List.of() : labels.requestsColumns.matchRun(whole);
                    boolean columnsRun = !parts.isEmpty() && parts.stream()
                            .allMatch(m -> m.exact() && columns.contains(m.id()) && !named.contains(m.id()));
                    if (joined.isPresent() || columnsRun) {
                        RequestsHeader.Token first = unmatched.get(i);
                        Optional<TextSpan> span = RequestsHeader.across(j == i ? List.of(first.at(), cell.span())
                                : List.of(first.at(), unmatched.get(j).at(), cell.span()));
                        GridCell firstAt = unmatchedCells.get(i);
                        RequestsHeader.Token middleToken = unmatched.get(j);
                        if (j != i) {
                            unmatched.remove(j);
                            unmatchedText.remove(j);
                            unmatchedCells.remove(j);
                        }
                        unmatched.remove(i);
                        unmatchedText.remove(i);
                        unmatchedCells.remove(i);
                        int pieces = j == i ? 2 : 3;
                        List<RequestsHeader.Piece> printed = new ArrayList<>(first.printed());
                        if (j != i) {
                            printed.addAll(middleToken.printed());
                        }
                        printed.add(new RequestsHeader.Piece(row, cell.span()));
                        // header cells printed between its pieces: the page's lines read across the cells
                        boolean apart = seq - first.seq() > pieces - 1;
                        for (LabelMatch part : joined.map(List::of).orElse(parts)) {
                            named.add(part.id());
                            RequestsHeader.Token token = new RequestsHeader.Token(part.id(), first.row(), first.seq(), span,
                                    pieces, apart, printed);
                            namedTokens.add(token);
                            namedAt.putIfAbsent(part.id(), firstAt);
                            header.add(token);
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * True when the cell, in the same PDF column as the cell that already named {@code match}'s
         * column, completes that cell's text to exactly the column's label.
         */
        private boolean completesNamed(GridCell cell, LabelMatch match) {
            GridCell start = namedAt.get(match.id());
            return start != null && sameColumn(start, cell) && labels.requestsColumns
                    .match(start.text().strip() + cell.text().strip())
                    .filter(m -> m.exact() && m.id().equals(match.id())).isPresent();
        }

        /** True when both cells stand on PDF pages between the same left and right edges (within a point). */
        private static boolean sameColumn(GridCell a, GridCell b) {
            return a.where() instanceof Location.PageBox x && b.where() instanceof Location.PageBox y
                    && Math.abs(x.x0() - y.x0()) <= 1 && Math.abs(x.x1() - y.x1()) <= 1;
        }

        /**
         * Warnings at the organisation columns when the header named them on more than one page
         * (a header row broken by a page break, its fragments not put back together as exact
         * labels): the order of cells on different pages proves nothing about their columns, so
         * the values under them are flagged. None when the organisations were named on one page.
         */
        List<Finding> splitOverPages() {
            Map<String, Integer> pages = new java.util.LinkedHashMap<>();
            namedAt.forEach((id, at) -> {
                if (at.where() instanceof Location.PageBox box && columns.contains(id) && !id.equals("natural_person")
                        && !id.equals("total")) {
                    pages.put(id, box.page());
                }
            });
            if (pages.values().stream().distinct().count() < 2) {
                return List.of();
            }
            String why = "the header names the applicant columns on different pages ("
                    + pages.entrySet().stream().map(e -> e.getKey() + " on page " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "))
                    + "), a header row broken by a page break: which column each value stands in is not established";
            return pages.keySet().stream().map(id -> Finding.warning("header-split",
                    Scope.column(TableId.REQUESTS, id), why, namedAt.get(id).where())).toList();
        }

        /**
         * When the header names every column but one, and exactly one cell cut past reading (U+FFFD,
         * nothing before the cut that begins a label: Debian html2text's {@code �} for 其他) stands
         * in a header row where that column is printed — after the column the form puts before it
         * and before the one it puts after, among the columns named in that row — that cell is read
         * as the column, with a note.
         */
        void nameTheCutCell(Steps sink) {
            if (!cutRead) {
                return;
            }
            List<String> missing = columns.stream().filter(c -> !named.contains(c)).toList();
            if (missing.size() == 2) {
                nameTheCellBeforeTheTotal(missing, sink);
                return;
            }
            if (missing.size() != 1 || named.stream().noneMatch(columns::contains)) {
                return;
            }
            String id = missing.get(0);
            int at = columns.indexOf(id);
            String before = at > 0 ? columns.get(at - 1) : "";
            String after = at + 1 < columns.size() ? columns.get(at + 1) : "";
            List<Integer> fits = new ArrayList<>();
            for (int i = 0; i < unmatched.size(); i++) {
                RequestsHeader.Token t = unmatched.get(i);
                if (!cut(unmatchedText.get(i)) || labels.requestsColumns.begun(readable(unmatchedText.get(i))).isPresent()) {
                    continue;
                }
                String left = namedTokens.stream().filter(n -> n.row() == t.row() && n.seq() < t.seq())
                        .max(java.util.Comparator.comparingInt(RequestsHeader.Token::seq)).map(RequestsHeader.Token::id)
                        .orElse("");
                String right = namedTokens.stream().filter(n -> n.row() == t.row() && n.seq() > t.seq())
                        .min(java.util.Comparator.comparingInt(RequestsHeader.Token::seq)).map(RequestsHeader.Token::id)
                        .orElse("");
                if (left.equals(before) && (right.isEmpty() || right.equals(after))) {
                    fits.add(i);
                }
            }
            if (fits.size() != 1) {
                return;
            }
            RequestsHeader.Token t = unmatched.get(fits.get(0));
            GridCell cell = unmatchedCells.get(fits.get(0));
            named.add(id);
            header.add(new RequestsHeader.Token(id, t.row(), t.seq(), t.at()));
            sink.add(Finding.info("label-approximate", Scope.column(TableId.REQUESTS, id), "column header '"
                    + cell.text().strip() + "' is cut past reading; read as " + id + ", the one column the header does "
                    + "not name, printed where the form puts it", cell.where()));
        }

        /**
         * When the header names every column but the form's last two (其他 and 总计), and in the header
         * row that names the five before them in the form's order exactly two cells follow the last of
         * those, the first cut past reading (Debian html2text: {@code |法律�|�|他|}, 其他's column too
         * narrow for one character), the first is read as the column the form puts before 总计, with a
         * note. 总计 stays unnamed: the rows must prove it last by the row identity
         * ({@link TotalByIdentity}), else every row keeps {@code placement-assumed}. Together the two
         * settle both places: of two columns after the named five, the one that is the total of its
         * row in every row that tells, and the other one.
         */
        private void nameTheCellBeforeTheTotal(List<String> missing, Steps sink) {
            int n = columns.size();
            if (!missing.equals(columns.subList(n - 2, n)) || !columns.subList(0, n - 2).stream().allMatch(named::contains)) {
                return;
            }
            String before = columns.get(n - 3);
            Optional<RequestsHeader.Token> last = namedTokens.stream().filter(t -> t.id().equals(before)).findFirst();
            if (last.isEmpty()) {
                return;
            }
            int row = last.get().row();
            List<RequestsHeader.Token> inRow = namedTokens.stream().filter(t -> t.row() == row).toList();
            boolean fiveInOrder = inRow.size() == n - 2 && inRow.stream().map(RequestsHeader.Token::id).toList()
                    .equals(columns.subList(0, n - 2))
                    && inRow.stream().map(RequestsHeader.Token::seq).sorted().toList()
                            .equals(inRow.stream().map(RequestsHeader.Token::seq).toList());
            List<Integer> after = new ArrayList<>();
            for (int i = 0; i < unmatched.size(); i++) {
                if (unmatched.get(i).row() == row && unmatched.get(i).seq() > last.get().seq()) {
                    after.add(i);
                }
            }
            if (!fiveInOrder || after.size() != 2) {
                return;
            }
            String first = unmatchedText.get(after.get(0));
            if (!cut(first) || labels.requestsColumns.begun(readable(first)).isPresent()) {
                return;
            }
            String id = missing.get(0);
            RequestsHeader.Token t = unmatched.get(after.get(0));
            GridCell cell = unmatchedCells.get(after.get(0));
            named.add(id);
            header.add(new RequestsHeader.Token(id, t.row(), t.seq(), t.at()));
            sink.add(Finding.info("label-approximate", Scope.column(TableId.REQUESTS, id), "column header '"
                    + first.strip() + "' is cut past reading; read as " + id + ", printed where the form puts it: the "
                    + "first of the two cells after the five columns the header names, the other being 总计 where the "
                    + "row identity proves it last", cell.where()));
        }
    }

    /** Debian html2text's mark of a character cut in half. */
    private static final char CUT = '\uFFFD';

    private static boolean cut(String text) {
        return text.indexOf(CUT) >= 0;
    }

    /** The text of a cut cell without its cut characters and padding. */
    private static String readable(String text) {
        return text.replace(String.valueOf(CUT), "").replace("_", "").strip();
    }

    /**
     * The label of a line of values printed with none: the text just above it, one to three lines
     * joined (a label wrapped over lines, 1.申请人无正当理由逾期不补正、 / 行政机关不再处理…): the join
     * that is exactly a row's label, else the shortest one naming a row approximately. A heading
     * such as （六）其他处理 followed by item text that names no row does not label the values: they
     * are reported, not read as the heading's row.
     */
    private Optional<LabeledRow> labelAbove(List<GridCell> loose, String group, List<GridCell> values) {
        LabelMatcher rows = group.equals(LabelBook.OTHER_GROUP) ? labels.requestsRowsInOtherGroup : labels.requestsRows;
        Optional<LabeledRow> approximate = Optional.empty();
        for (int k = 1; k <= Math.min(3, loose.size()); k++) {
            List<GridCell> parts = loose.subList(loose.size() - k, loose.size());
            String joined = String.join("", parts.stream().map(c -> c.text().strip()).toList());
            Optional<LabelMatch> m = rows.match(joined).filter(x -> !LabelBook.isNoise(x.id()));
            if (m.isPresent() && m.get().exact()) {
                return Optional.of(new LabeledRow(List.of(), Optional.of(parts.get(0)), m, values));
            }
            if (m.isPresent() && approximate.isEmpty()) {
                approximate = Optional.of(new LabeledRow(List.of(), Optional.of(parts.get(0)), m, values));
            }
        }
        return approximate;
    }

    /**
     * The rows of the table in the order they were read, for placing the rows of an OCR'd grid whose
     * labels named no row ({@link MisreadRowLabels}); the finding of each such row waits till then.
     */
    private static final class ReadOrder {

        /** A row read: named ({@code row} null) or misread, with the finding it gets if it stays unplaced. */
        record Entry(MisreadRowLabels.Printed printed, Deferred row, Optional<Finding> note) {
        }

        private final List<Entry> entries = new ArrayList<>();

        Entry named(String row) {
            Entry e = new Entry(MisreadRowLabels.Printed.named(row), null, Optional.empty());
            entries.add(e);
            return e;
        }

        /** A row (set aside as read, {@code （六）其他处理} that was the 2021 heading) that is no row after all. */
        void drop(Entry e) {
            entries.remove(e);
        }

        /** A row of values whose label named no row: held for placing where OCR read it in a grid, else reported now. */
        void unmatched(Deferred d, Optional<Finding> note, Steps sink) {
            if (MisreadRowLabels.ocrGrid(d.source())) {
                List<GridCell> before = d.row().before();
                entries.add(new Entry(MisreadRowLabels.Printed.misread(before.isEmpty() ? ""
                        : before.get(before.size() - 1).text()), d, note));
            } else {
                note.ifPresent(sink::add);
            }
        }

        List<Entry> entries() {
            return entries;
        }
    }

    /**
     * A labelled row and the source row it came from, read now or once the next row is seen;
     * {@code labelAbove} when its label is text printed above a line of values that had none; {@code labelAlone}
     * when the row printed its label alone and is read blank ({@link EmptyRows}): its blank cells are the
     * reading, not cells printed.
     */
    private record Deferred(LabeledRow row, SourceRow source, boolean labelAbove, boolean labelAlone) {
        Deferred(LabeledRow row, SourceRow source, boolean labelAbove) {
            this(row, source, labelAbove, false);
        }

        Deferred(LabeledRow row, SourceRow source) {
            this(row, source, false, false);
        }

        /** The cells the row printed. */
        int printed() {
            return labelAlone ? 0 : row.values().size();
        }
    }
}
