package org.nianbao.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.KeySpec;
import org.nianbao.model.Scope;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;
import org.nianbao.reconstruct.Positions;

/**
 * Table 二: blocks of 第二十条 items whose columns differ by block and by format. Each block's
 * header row says which columns follow (本年新制作数量 … in 2019, 本年制发件数 … in 2021), so
 * values are placed by the header, not by a fixed layout; a block without a readable header falls
 * back to the catalog's columns for that row, and says so.
 */
final class ActiveTable {

    static final String HEADER_MISSING = "header-missing";
    private static final String AMOUNT = "amount";
    /** A block's title, {@code 第二十条第（一）项}, perhaps with a unit (NFKC: brackets half-width; spaces removed). */
    private static final Pattern BLOCK = Pattern.compile("第二十条第\\(?[一二三四五六七八九十]+\\)?项.{0,12}");

    /**
     * The form whose columns a row no header names is read in: when {@code decided}, always that
     * form's; otherwise the form whose number of columns the row's values match, and {@code form}
     * when both or neither do (docs/forms.md).
     */
    record Fallback(Template form, boolean decided) {
    }

    private final LabelBook labels;
    private final CellReader reader;
    private final Catalog catalog;
    private final CutRowLabels cutRows;
    private final CutHeader cutColumns;
    private final MisreadRowLabels misread;

    ActiveTable(LabelBook labels, CellReader reader, Catalog catalog) {
        this.labels = labels;
        this.reader = reader;
        this.catalog = catalog;
        this.cutRows = new CutRowLabels(labels.activeRows, catalog);
        this.cutColumns = new CutHeader(labels.activeColumns, catalog);
        this.misread = new MisreadRowLabels(catalog, TableId.ACTIVE);
    }

    /**
     * What the table's rows say about the form, and the findings owed to figures its page's crop may
     * have cut, if the page was cropped.
     *
     * @param clues a row only one form has, named by its label (a printed clue, even when its values
     *     could not be read), and the number of values of a row no header names (a likely clue)
     * @param atCropEdge {@code cells-missing} at each whole row's last figure that ends where its page's
     *     longest line does ({@link CropEdge}), for the caller to add once another table shows the crop
     */
    record Reading(List<FormClue> clues, List<Finding> atCropEdge) {
    }

    /**
     * @param statedUnits the units captions or notes state for the amounts, for all or for one
     * @param blanksLost whether table 三 of the same text shows that it loses blank cells
     *     ({@link FormDecoder#losesBlanks}), which the blocks of this table, one to three columns, rarely show
     * @param edge where the pages of laid-out text stop on the right
     */
    Reading map(List<SourceRow> rows, StatedUnits statedUnits, Fallback fallback, boolean blanksLost, CropEdge edge,
                TableSink sink) {
        List<FormClue> clues = new ArrayList<>();
        List<Finding> atCropEdge = new ArrayList<>();
        // a row standing under none of its header's words, and the short rows placed by character columns
        Optional<String> offHeader = Optional.empty();
        List<ShortRow> placedByColumns = new ArrayList<>();
        boolean conflictReported = false;
        List<String> columns = List.of();
        List<String> units = List.of();
        List<Location> places = List.of();
        List<Optional<TextSpan>> spans = List.of();
        Optional<String> previous = Optional.empty();
        ValueParser parser = reader.parser();
        // a header cell too narrow for its label prints it over two lines (上一年项 over 目数量,
        // pdftotext -layout): joined by character column, the block's header names its columns
        // column labels cut by a line break (Chromium's innerText of 本年制发<br>件数): joined before any header is read
        List<SourceRow> joined = HeaderCutAtLineBreaks.join(HeaderFragments.join(rows, parser, labels.activeColumns),
                labels.activeColumns);
        FormDecoder decoder = FormDecoder.learn(joined, parser, false, blanksLost);
        Map<Integer, LabelMatch> cut = cutRows.read(joined, parser);
        Map<Integer, MisreadRowLabels.Place> placed = placeMisread(joined, cut, parser);
        boolean cropped = CroppedActiveTable.shown(joined, labels.activeColumns);
        Optional<String> block = Optional.empty();
        Optional<UnitsRow> unitsRow = Optional.empty(); // a row of units alone, for the header it stands under
        // a money unit the block's header states in a cell that names no column, in words, for a block read by the form
        Optional<String> unnamedHeaderUnit = Optional.empty();
        for (int at = 0; at < joined.size(); at++) {
            SourceRow row = joined.get(at);
            Optional<UnitsRow> unitsAlone = UnitsRow.of(row.cells());
            if (unitsAlone.isPresent()) {
                // kept until a header with the amount column stands over it: a units row printed
                // above its block's header would otherwise go to the block before
                unitsRow = unitsAlone;
                if (columns.contains(AMOUNT)) {
                    units = withUnitsRow(columns, units, unitsRow.get(), sink);
                    unitsRow = Optional.empty();
                }
                continue;
            }
            LabeledRow lr = LabeledRow.find(row, labels.activeRows::match, parser);
            if (lr.before().stream().anyMatch(c -> UnitsRow.isUnits(c.text()))) {
                // lynx prints a units row among the header's cells (采购总金额 / （个） （千元）): read apart
                unitsRow = UnitsRow.of(lr.before().stream().filter(c -> UnitsRow.isUnits(c.text())).toList());
                lr = new LabeledRow(lr.before().stream().filter(c -> !UnitsRow.isUnits(c.text())).toList(), lr.label(),
                        lr.match(), lr.values());
            }
            if (lr.match().isEmpty() && cut.containsKey(at)) {
                lr = lr.labelledAs(cut.get(at));
            }
            Optional<String> byOrder = placed.containsKey(at) ? placed.get(at).row() : Optional.empty();
            if (lr.match().isEmpty() && byOrder.isPresent()) {
                String standard = misread.label(byOrder.get());
                GridCell label = lr.before().get(lr.before().size() - 1);
                lr = lr.labelledAs(new LabelMatch(byOrder.get(), standard, true));
                sink.add(Finding.info("label-approximate", Scope.row(TableId.ACTIVE, byOrder.get()), "row label '"
                        + label.text().strip().replace('\n', ' ') + "' matches no row; read as " + standard
                        + ", the one row the form's order of rows leaves it among the rows whose labels were read",
                        label.where()));
            }
            if (!lr.before().isEmpty()) {
                unnamedHeaderUnit = unnamedHeaderUnit(lr.before());
            }
            List<String> header = new ArrayList<>();
            List<String> headerUnits = new ArrayList<>();
            List<Location> headerPlaces = new ArrayList<>();
            List<Optional<TextSpan>> headerSpans = new ArrayList<>();
            int blockAt = -1; // header cells named before the last block title (第二十条第（六）项)
            int titleAt = -1;
            for (int i = 0; i < lr.before().size(); i++) {
                Optional<String> title = CutRowLabels.block(lr.before().get(i).text());
                if (title.isPresent()) {
                    block = title;
                    titleAt = i;
                }
            }
            List<GridCell> headerCells = lr.before().subList(titleAt + 1, lr.before().size());
            Optional<List<String>> cutHeader = block.isEmpty() ? Optional.empty() : cutColumns.read(block.get(), headerCells);
            if (cutHeader.isPresent()) {
                nameCutHeader(cutHeader.get(), headerCells, block.get(), header, headerUnits, headerPlaces, sink);
                cutHeader.get().forEach(id -> headerSpans.add(Optional.empty()));
            }
            // a header whose labels line breaks cut anywhere (lynx: 上一年项 / 目数量 本年增/减 处理决定 / 数量)
            Optional<WrappedHeaderCells.Reading> wrapped = cutHeader.isPresent() ? Optional.empty()
                    : WrappedHeaderCells.read(headerCells, labels.activeColumns);
            for (GridCell c : cutHeader.isPresent() ? List.<GridCell>of()
                    : wrapped.isPresent() ? lr.before().subList(0, titleAt + 1) : lr.before()) {
                if (BLOCK.matcher(LabelText.nfkc(c.text()).replaceAll("\\s+", "")).matches()) {
                    blockAt = header.size();
                    continue;
                }
                Optional<LabelMatch> m = labels.activeColumns.match(c.text());
                if (m.isEmpty()) {
                    // headers glued together (pdftotext -raw): each one is a column
                    for (LabelMatch part : labels.activeColumns.matchRun(c.text())) {
                        header.add(part.id());
                        headerUnits.add("");
                        headerPlaces.add(Location.none());
                        headerSpans.add(Optional.empty());
                    }
                }
                if (m.isPresent()) {
                    header.add(m.get().id());
                    headerUnits.add(LabelText.unitNote(c.text()));
                    headerPlaces.add(c.where());
                    headerSpans.add(c.span());
                    if (!m.get().exact()) {
                        sink.add(Finding.info("label-approximate", Scope.column(TableId.ACTIVE, m.get().id()),
                                "column header '" + c.text().strip().replace('\n', ' ') + "' read as " + m.get().standard(),
                                c.where()));
                    }
                }
            }
            wrapped.ifPresent(w -> w.columns().forEach(m -> {
                header.add(m.id());
                // a money unit in a header of several columns is the amount column's: no other takes money
                String note = LabelText.unitNote(w.text());
                headerUnits.add(w.columns().size() == 1 || m.id().equals(AMOUNT) && isMoneyNote(note) ? note : "");
                headerPlaces.add(w.where());
                headerSpans.add(Optional.empty());
            }));
            if (blockAt > 0 && header.size() > blockAt) {
                // a block whose title is followed by its own header: the header cells before the
                // title are the previous block's, printed after its values (pdftotext's default mode
                // prints a narrow third header cell there: 处理决定数量); a title followed by no header
                // keeps those before it (the block's own, printed first: 采购项目数量 / 采购总金额)
                header.subList(0, blockAt).clear();
                headerUnits.subList(0, blockAt).clear();
                headerPlaces.subList(0, blockAt).clear();
                headerSpans.subList(0, blockAt).clear();
            }
            if (!header.isEmpty()) {
                columns = List.copyOf(header);
                units = List.copyOf(headerUnits);
                places = List.copyOf(headerPlaces);
                spans = List.copyOf(headerSpans);
            }
            if (unitsRow.isPresent() && columns.contains(AMOUNT)) {
                units = withUnitsRow(columns, units, unitsRow.get(), sink);
                unitsRow = Optional.empty();
            }
            if (lr.match().isEmpty()) {
                if (lr.hasNumber(parser) && header.isEmpty()) {
                    List<String> candidates = placed.containsKey(at) ? placed.get(at).candidates() : List.of();
                    lr.unmatched(TableId.ACTIVE, previous).map(f -> candidates.isEmpty() ? f : new Finding(f.severity(),
                            f.rule(), f.scope(), f.message() + "; by the form's order of rows it may be row "
                            + String.join(", ", candidates), f.where())).ifPresent(sink::add);
                }
                continue;
            }
            LabelMatch m = lr.match().get();
            previous = Optional.of(m.id());
            onlyIn(m.id()).ifPresent(form -> clues.add(FormClue.printed(form, TableId.ACTIVE, "row active/" + m.id())));
            GridCell label = lr.label().get();
            // a reader that could not place the row's figures (a trimmed copy's gap, LeadingTabsLost) says so at its
            // label, as table 三's reader hears it: a lone figure on a line of its own is never placed unflagged
            CellNotes.unplaced(label).ifPresent(why -> sink.add(Finding.warning("cells-ambiguous",
                    Scope.row(TableId.ACTIVE, m.id()), "row '" + label.text().strip() + "': " + why, label.where())));
            if (!m.exact() && GluedFigure.endsLabel(label.text())) {
                // a figure in the label's own word (pdftohtml: 行政规范性文件421; a text layer: 其他对外管理服务事项0): the matcher reads past
                // it, so the row has a value fewer than it prints and which column lost it is not known
                sink.add(Finding.warning("label-glued-value", Scope.row(TableId.ACTIVE, m.id()),
                        "row label '" + label.text().strip() + "' read as " + m.standard()
                                + " ends with a figure glued to it; it was not read as a value and the row's "
                                + "cells may stand in the wrong columns", label.where()));
            } else if (!m.exact()) {
                sink.add(Finding.info("label-approximate", Scope.row(TableId.ACTIVE, m.id()),
                        "row label '" + label.text().strip() + "' read as " + m.standard(), label.where()));
            }
            List<String> rowUnits = new ArrayList<>();
            String labelUnit = LabelText.unitNote(label.text());
            Optional<AmountUnit> stated = statedUnits.forRow(m.id());
            for (int i = 0; i < columns.size(); i++) {
                String unit = i < units.size() ? units.get(i) : "";
                if (columns.get(i).equals(AMOUNT) && (CellReader.isMoney(labelUnit) || MoneyUnit.unknownMoney(labelUnit))) {
                    // a unit in the row label (行政事业性收费（元）) governs the row's amount, as a header's
                    // governs its column; a header that says otherwise leaves the amount unconverted, flagged;
                    // a money unit not read (（千美元）) reaches the cell, which flags it (CellReader)
                    if (!unit.isEmpty() && !unit.equals(labelUnit) && CellReader.isMoney(unit)) {
                        sink.add(Finding.warning("unit-conflict", Scope.row(TableId.ACTIVE, m.id()),
                                "row label '" + label.text().strip() + "' states " + labelUnit + " but the header "
                                        + unit + "; the amount was kept as written", label.where()));
                    } else if (stated.isPresent() && stated.get().doubt().isEmpty()
                            && !stated.get().unit().equals(labelUnit)) {
                        sink.add(Finding.warning("unit-conflict", Scope.row(TableId.ACTIVE, m.id()),
                                "row label '" + label.text().strip() + "' states " + labelUnit + " but the report states "
                                        + stated.get().unit() + " at " + stated.get().where().render()
                                        + "; the row label's unit was used", label.where()));
                    }
                    rowUnits.add(unit.isEmpty() || unit.equals(labelUnit) ? labelUnit : "");
                    continue;
                } else if (columns.get(i).equals(AMOUNT) && stated.isPresent() && !stated.get().doubt().isEmpty()) {
                    // prose that may state the amounts' unit: kept as written, flagged, unless the header says
                    if (unit.isEmpty()) {
                        sink.add(Finding.warning("unit-uncertain", Scope.row(TableId.ACTIVE, m.id()),
                                stated.get().doubt(), stated.get().where()));
                    }
                    rowUnits.add(unit);
                    continue;
                }
                if (columns.get(i).equals(AMOUNT) && stated.isPresent()) {
                    String conflict = amountConflict(unit, stated.get());
                    if (!conflict.isEmpty() && !conflictReported) {
                        conflictReported = true;
                        sink.add(Finding.warning("unit-conflict", Scope.column(TableId.ACTIVE, AMOUNT),
                                conflict, stated.get().where()));
                    }
                    unit = !unit.isEmpty() ? unit : stated.get().conflict().isEmpty() ? stated.get().unit() : "";
                }
                if (columns.get(i).equals(AMOUNT) && unit.isEmpty() && stated.isEmpty()
                        && !statedUnits.unplaced().isEmpty()) {
                    // a money unit printed among the table's lines but tied to no header or label (Debian
                    // html2text cut （千元） off 采购总金额 and printed it past the table): not read as 万元
                    AmountUnit loose = statedUnits.unplaced().get(0);
                    sink.add(Finding.warning("unit-uncertain", Scope.row(TableId.ACTIVE, m.id()), "a unit of "
                            + loose.unit() + " is printed at " + loose.where().render() + " among table 二's lines "
                            + "but stands in no header, label or caption; the amount was kept as written", loose.where()));
                }
                rowUnits.add(unit);
            }
            ColumnMap cols = ColumnMap.named(columns, rowUnits);
            if (!fits(m.id(), columns)) {
                List<String> official = fallbackColumns(m.id(), lr, parser, fallback, clues);
                String why = "no column header fits row '" + label.text().strip() + "'; its values were read as the "
                        + "official columns " + String.join(", ", official);
                cols = ColumnMap.assumed(official, why);
                sink.add(Finding.info(HEADER_MISSING, Scope.row(TableId.ACTIVE, m.id()), why, label.where()));
                if (official.contains(AMOUNT) && !columns.contains(AMOUNT) && stated.isEmpty()) {
                    // the header cell that states the unit names no column (本年行政事业性收费金额（元）, lynx's
                    // 信息内容 本年收费金额〔元〕 on one line; html2text's 本年行政事业� cut before 金额, its 收费金额（元）
                    // past the table): the unit went with it, and the amount would be read as 万元 (red team rtc)
                    Optional<String> doubt = unnamedHeaderUnit.or(() -> statedUnits.unplaced().stream().findFirst()
                            .map(u -> "a unit of " + u.unit() + " is printed at " + u.where().render()
                                    + " among table 二's lines but stands in no header the row was read by"));
                    doubt.ifPresent(d -> sink.add(Finding.warning("unit-uncertain", Scope.row(TableId.ACTIVE, m.id()),
                            d + "; the row was read in the form's columns and its amount kept as written",
                            label.where())));
                }
            } else if (row.positions() == Positions.PLACED || MisreadRowLabels.ocrGrid(row)) {
                Optional<List<String>> whole = partOfForm(m.id(), columns, lr.values().size());
                if (whole.isPresent()) {
                    // pdftotext's default mode printed a header cell apart from its block (处理决定数量
                    // after the values), or OCR misread one (必限决定数量, 表年新制许数量 on a 100 dpi fax):
                    // the values fill the form's row, whose order is assumed, with a warning
                    cols = ColumnMap.assumed(whole.get(), "the header names only " + String.join(", ", columns)
                            + " of row '" + label.text().strip() + "'; its " + lr.values().size()
                            + " values were read in the form's order " + String.join(", ", whole.get()));
                }
            }
            if (fits(m.id(), columns) && row.positions() == Positions.EXACT) {
                offHeader(lr.values(), places).ifPresent(why -> sink.add(Finding.warning("cells-ambiguous",
                        Scope.row(TableId.ACTIVE, m.id()), "row '" + label.text().strip() + "': " + why, label.where())));
            }
            ShortRowBeside.doubt(joined, at, lr, cols.size(), parser,
                    r -> LabeledRow.find(r, labels.activeRows::match, parser).match().isPresent())
                    .ifPresent(why -> sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.ACTIVE, m.id()),
                            "row '" + label.text().strip() + "': " + why, label.where())));
            RowFit fit = decoder.fit(lr.values(), cols.size(), row.positions(), null);
            if (fits(m.id(), columns) && row.positions() == Positions.FLATTENED && outOfFormOrder(m.id(), columns)) {
                // a header read from text in another order than every form's: lines re-filled by par or fmt
                // join a two-line header's words line by line (上一年项 处理决定 信息内容 本年增/减 / 目数量 数量)
                sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.ACTIVE, m.id()), "row '"
                        + label.text().strip() + "': the block's header names " + String.join(", ", columns)
                        + ", in an order no form has; the text's lines may have been re-filled, so which value"
                        + " is which column's is not known", label.where()));
            }
            if (fits(m.id(), columns) && row.positions() == Positions.FLATTENED && offHeader.isEmpty()
                    && spans.size() == columns.size()) {
                // any row of the table, read or not: a figure between two header words is enough to see it
                offHeader = ValuesUnderHeader.offEveryHeader(lr.values(), spans)
                        .map(off -> off + " of row '" + label.text().strip() + "'");
            }
            if (fits(m.id(), columns) && fit.problem() == RowFit.Problem.NONE && row.positions() == Positions.FLATTENED) {
                ValuesUnderHeader.doubt(fit, columns, spans).ifPresent(why -> sink.add(Finding.warning("cells-ambiguous",
                        Scope.row(TableId.ACTIVE, m.id()), "row '" + label.text().strip() + "': " + why, label.where())));
                if (spans.size() == columns.size() && spans.stream().allMatch(Optional::isPresent)
                        && fit.cells().stream().anyMatch(c -> c.filter(v -> !v.isBlank()).isEmpty())) {
                    placedByColumns.add(new ShortRow(m.id(), label.text().strip(), label.where()));
                }
            }
            reader.readRow(TableId.ACTIVE, m.id(), cols, Placement.IDENTIFIED, fit, label.text().strip(),
                    label.where(), sink);
            if (row.positions() == Positions.FLATTENED && !cols.ids().isEmpty() && lr.values().size() == cols.size()) {
                // a row printed short is flagged as such; a whole one's last figure may be cut mid-number
                CanonicalKey last = new CanonicalKey(TableId.ACTIVE, m.id(), cols.ids().get(cols.size() - 1));
                if (cropped) {
                    sink.add(Finding.warning("cells-missing", Scope.cell(last), "row '" + label.text().strip()
                            + "': a header label of this table ends its line cut short (the page cropped on the "
                            + "right), so the row's last figure may be cut at the crop's edge too; its digits past "
                            + "the edge are not known", label.where()));
                } else if (endsAtEdge(row, edge)) {
                    atCropEdge.add(Finding.warning("cells-missing", Scope.cell(last), "row '" + label.text().strip()
                            + "': its last figure ends where the page's longest line does, and another table of "
                            + "this text is cut on the right (the page cropped): the figure may be cut at the crop's "
                            + "edge; its digits past the edge are not known", label.where()));
                }
            }
        }
        if (offHeader.isPresent()) {
            // a row off its header: the blocks' character columns are not the page's, so no short row
            // is placed by them (whichever block the full row is in: the re-spacing reached every line)
            for (ShortRow r : placedByColumns) {
                sink.add(Finding.warning("cells-ambiguous", Scope.row(TableId.ACTIVE, r.id()), "row '" + r.label()
                        + "' prints fewer figures than columns, placed by the characters it stands at; but "
                        + offHeader.get() + " stands under none of its block's header words: the text's blank runs "
                        + "may have been re-spaced after it was laid out, so which column each figure is in is not "
                        + "known", r.where()));
            }
        }
        return new Reading(clues, atCropEdge);
    }

    /** A row of a block printed with fewer figures than columns, placed by where they stand. */
    private record ShortRow(String id, String label, Location where) {
    }

    /** Whether the row's last text is a figure that ends at its page's right edge ({@link CropEdge}). */
    private boolean endsAtEdge(SourceRow row, CropEdge edge) {
        List<GridCell> printed = row.cells().stream().filter(c -> !c.spanned() && !c.isBlank()).toList();
        if (printed.isEmpty()) {
            return false;
        }
        GridCell last = printed.get(printed.size() - 1);
        return reader.parser().parse(last.text()).isNumber() && edge.touches(last);
    }

    /**
     * The rows of an OCR'd grid whose labels named no row ({@code 现染} for 规章, {@code 政处司} for
     * 行政处罚: a 100 dpi fax), by index in {@code rows}: where they stand by the form's order of rows
     * among the rows whose labels were read ({@link MisreadRowLabels}). Table 二 has no identity to
     * vouch for a row so placed: it is placed only where the rows read around it leave it one row
     * of every form they allow, and where it prints a value for each of that row's columns and no
     * text among them; else it keeps {@code row-unmatched}, whose message names the rows the order
     * leaves it. Rows of values only count (a block's title and header print none); a label that
     * names no row outside an OCR'd grid is what the report printed, and still stands for a row of
     * the form in the order, but is not placed.
     */
    private Map<Integer, MisreadRowLabels.Place> placeMisread(List<SourceRow> rows, Map<Integer, LabelMatch> cut,
                                                              ValueParser parser) {
        List<Integer> at = new ArrayList<>();
        List<MisreadRowLabels.Printed> printed = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            LabeledRow lr = LabeledRow.find(rows.get(i), labels.activeRows::match, parser);
            if (!lr.hasNumber(parser)) {
                continue;
            }
            Optional<LabelMatch> cutAs = Optional.ofNullable(cut.get(i));
            Optional<String> named = lr.match().or(() -> cutAs).map(LabelMatch::id);
            if (named.isEmpty() && lr.before().isEmpty()) {
                continue; // a line of values with no label: part of the row above, not a row (row-unlabelled)
            }
            at.add(i);
            String label = lr.before().isEmpty() ? "" : lr.before().get(lr.before().size() - 1).text();
            printed.add(named.map(MisreadRowLabels.Printed::named).orElse(MisreadRowLabels.Printed.misread(label)));
            any |= named.isEmpty() && MisreadRowLabels.ocrGrid(rows.get(i));
        }
        if (!any) {
            return Map.of();
        }
        List<MisreadRowLabels.Place> places = misread.place(printed);
        Map<Integer, MisreadRowLabels.Place> out = new HashMap<>();
        for (int k = 0; k < at.size(); k++) {
            SourceRow source = rows.get(at.get(k));
            MisreadRowLabels.Place p = places.get(k);
            if (printed.get(k).named().isPresent() || !MisreadRowLabels.ocrGrid(source)) {
                continue;
            }
            LabeledRow lr = LabeledRow.find(source, labels.activeRows::match, parser);
            boolean whole = p.row().isPresent() && Arrays.stream(Template.values()).map(t -> columnsOf(p.row().get(), t))
                    .filter(c -> !c.isEmpty()).anyMatch(c -> MisreadRowLabels.whole(source, lr, c.size(), parser));
            out.put(at.get(k), whole ? p : new MisreadRowLabels.Place(Optional.empty(), p.candidates()));
        }
        return out;
    }

    /**
     * The money unit other than 万元 a header cell states, in words, when the cell names no column of table 二 (its
     * label not read): empty when every cell stating one names a column.
     */
    private Optional<String> unnamedHeaderUnit(List<GridCell> headerCells) {
        for (GridCell c : headerCells) {
            String note = LabelText.unitNote(c.text());
            if (isMoneyNote(note) && !MoneyUnit.canonical(note).equals("万元")
                    && !BLOCK.matcher(LabelText.nfkc(c.text()).replaceAll("\\s+", "")).matches()
                    && labels.activeColumns.match(c.text()).isEmpty() && labels.activeColumns.matchRun(c.text()).isEmpty()) {
                return Optional.of("header cell '" + c.text().strip().replace('\n', ' ') + "' states amounts in " + note
                        + " but names no column");
            }
        }
        return Optional.empty();
    }

    /** Whether a header's unit note names money (one read or not): {@code 千元}, {@code 千美元}, never {@code 件}. */
    private static boolean isMoneyNote(String note) {
        return CellReader.isMoney(note) || MoneyUnit.unknownMoney(note);
    }

    /**
     * The header's units with a units row's money unit given to the amount column, the only one that
     * takes money. A units row naming two money units, or one its header contradicts, leaves the
     * amount column no unit of its own (a caption's, if one is stated; else kept as written) with a
     * warning at the column.
     */
    private static List<String> withUnitsRow(List<String> columns, List<String> units, UnitsRow row, TableSink sink) {
        int at = columns.indexOf(AMOUNT);
        if (at < 0) {
            return units;
        }
        List<String> out = new ArrayList<>(units);
        while (out.size() < columns.size()) {
            out.add("");
        }
        Optional<String> unit = row.unit();
        String header = out.get(at);
        if (unit.isEmpty() || !header.isEmpty() && !header.equals(unit.get())) {
            sink.add(Finding.warning("unit-conflict", Scope.column(TableId.ACTIVE, AMOUNT), "a row of units under "
                    + "the header names " + String.join(", ", row.money()) + (header.isEmpty() ? "" : " but the "
                    + "header states " + header) + "; the amount was kept as written", row.where()));
            out.set(at, "");
            return List.copyOf(out);
        }
        out.set(at, unit.get());
        return List.copyOf(out);
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

    /**
     * A block header cut by bytes, read as {@code ids} ({@link CutHeader}): each cell after the stub
     * names its column, with an info where the cell is not the label itself.
     */
    private void nameCutHeader(List<String> ids, List<GridCell> cells, String block, List<String> header,
                               List<String> units, List<Location> places, TableSink sink) {
        for (int i = 0; i < ids.size(); i++) {
            GridCell c = cells.get(i + 1);
            String id = ids.get(i);
            header.add(id);
            units.add(LabelText.unitNote(c.text()));
            places.add(c.where());
            if (labels.activeColumns.match(c.text()).filter(m -> m.id().equals(id) && m.exact()).isEmpty()) {
                sink.add(Finding.info("label-approximate", Scope.column(TableId.ACTIVE, id), "column header '"
                        + c.text().strip() + "' is cut by bytes; read as " + id + ": the only column the form's "
                        + "block 第二十条第（" + block + "）项 puts there that it can be the start of", c.where()));
            }
        }
    }

    /**
     * Why the values of a row in an exact grid do not stand under the header cells they are read
     * for, or empty when they do (or the places are not known). Values are read in order; a value
     * merged over two columns pushes the next one past the header ({@code 519 | 3 (two columns) | 14}
     * under three headers), where reading in order would put 14 under the third header.
     */
    private static Optional<String> offHeader(List<GridCell> values, List<Location> header) {
        if (values.size() != header.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i).where() instanceof Location.TableCell v) || !(header.get(i) instanceof Location.TableCell h)
                    || v.table() != h.table()) {
                return Optional.empty();
            }
            if (v.col() != h.col()) {
                return Optional.of("value '" + values.get(i).text().strip() + "' stands in grid column " + v.col()
                        + ", but the header it is read under starts in column " + h.col()
                        + ": the values do not stand under their headers");
            }
        }
        return Optional.empty();
    }

    /**
     * The form's columns of {@code row} when the header named only some of them, in the form's order,
     * and the row has as many values as one form has columns for it; empty otherwise (the header
     * names every column, or no form's row is filled exactly).
     */
    private Optional<List<String>> partOfForm(String row, List<String> named, int values) {
        if (named.size() >= values) {
            return Optional.empty();
        }
        List<List<String>> fitting = new ArrayList<>();
        for (Template t : List.of(Template.Y2019, Template.Y2021)) {
            List<String> form = columnsOf(row, t);
            if (form.size() == values && form.containsAll(named) && !fitting.contains(form)
                    && named.stream().map(form::indexOf).sorted().toList()
                    .equals(named.stream().map(form::indexOf).toList())) {
                fitting.add(form);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    /**
     * True when a form has every one of {@code columns} for {@code row} and none has them in this order;
     * false when one does, or no form has them all.
     */
    private boolean outOfFormOrder(String row, List<String> columns) {
        boolean known = false;
        for (Template t : List.of(Template.Y2019, Template.Y2021)) {
            List<String> form = columnsOf(row, t);
            if (form.containsAll(columns)) {
                known = true;
                List<Integer> at = columns.stream().map(form::indexOf).toList();
                if (at.stream().sorted().toList().equals(at)) {
                    return false;
                }
            }
        }
        return known;
    }

    /** True when every header column exists for that row in some template. */
    private boolean fits(String row, List<String> columns) {
        return !columns.isEmpty()
                && columns.stream().allMatch(c -> catalog.contains(CanonicalKey.of(TableId.ACTIVE, row, c)));
    }

    /**
     * The columns a row no header names is read in ({@link Fallback}). A row only one form has is
     * read in that form's; a number of values that only one form's columns match is a likely clue.
     */
    private List<String> fallbackColumns(String row, LabeledRow lr, ValueParser parser, Fallback fallback,
                                         List<FormClue> clues) {
        List<String> y2019 = columnsOf(row, Template.Y2019);
        List<String> y2021 = columnsOf(row, Template.Y2021);
        if (y2019.isEmpty() || y2021.isEmpty()) {
            return y2019.isEmpty() ? y2021 : y2019;
        }
        if (!fallback.decided() && y2019.size() != y2021.size()) {
            long filled = lr.values().stream().filter(c -> !parser.parse(c.text()).isBlank()).count();
            for (Template t : List.of(Template.Y2019, Template.Y2021)) {
                List<String> columns = t == Template.Y2019 ? y2019 : y2021;
                if (filled == columns.size()) {
                    clues.add(FormClue.likely(t, TableId.ACTIVE, "row active/" + row + " with " + filled
                            + (filled == 1 ? " value" : " values") + " and no header"));
                    return columns;
                }
            }
        }
        return fallback.form() == Template.Y2021 ? y2021 : y2019;
    }

    /** The form a row of table 二 belongs to when only one form has it (其他对外管理服务事项, 政府集中采购). */
    private Optional<Template> onlyIn(String row) {
        boolean in2019 = !columnsOf(row, Template.Y2019).isEmpty();
        boolean in2021 = !columnsOf(row, Template.Y2021).isEmpty();
        return in2019 == in2021 ? Optional.empty() : Optional.of(in2019 ? Template.Y2019 : Template.Y2021);
    }

    private List<String> columnsOf(String row, Template t) {
        return catalog.specs(TableId.ACTIVE, t).stream().map(KeySpec::key)
                .filter(k -> k.row().equals(row)).map(CanonicalKey::column).toList();
    }
}
