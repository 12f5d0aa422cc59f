package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * The text {@code pdftotext} prints in its default mode (no {@code -layout}, no {@code -raw}): every
 * table cell is a block of its own, blocks separated by a blank line and printed in poppler's reading
 * order, a page ended by a form feed. A blank cell prints nothing, and where cells are missing that
 * order leaves the rows: a label can come before another row's values, a row's values after the next
 * label, two rows' labels together before their fourteen values.
 *
 * <p>The rows are rebuilt against the form ({@link FormRows}: which row a label names, how many
 * cells it has). Labels that follow the form's order are <em>anchors</em>; the values between one
 * anchor and the next belong to the rows from the first up to the next (with any label printed out
 * of order whose row lies between). Such a <em>window</em> is read only when its values fill its
 * rows exactly, so no cell of it was blank:
 * <ul>
 *   <li>when each label stands right before its own values, the window is read row by row;</li>
 *   <li>when labels and values were printed apart, every order in which the values may belong to
 *       the rows (row by row either way, column by column) is tried against the rows' identities
 *       (table 三: the six applicants add up to the total); a cell is read when every reading left
 *       gives it the same value, and every other cell is flagged naming the values it may hold;</li>
 *   <li>a window whose values do not fill its rows lost blank cells, and which ones cannot be told:
 *       its values are flagged; so are the rows of the windows next to it, which may hold one of its
 *       values, unless their own identity vouches for them.</li>
 * </ul>
 * A value printed on a line of its own inside a block of several lines (two rows of one column in
 * one block, or a number cut by a line break: {@code 26} / {@code 8}) is never joined or placed: its
 * window is flagged. Table 四 prints its fifteen values under a header of three levels in an order
 * that does not follow the columns; its values are placed only when they are all equal.
 *
 * <p>Flagged cells keep their text and location; a {@link CellNote#unplaced} note says why they were
 * not placed, and the mapper reports them at the cell instead of emitting a value.
 */
public final class BlockOrderedText {

    /** Lines that are one value alone: most table cells in this mode. */
    private static final int MIN_VALUE_BLOCKS = 20;
    /** Text after table 四: the report's fifth and sixth parts. */
    static final Pattern AFTER_TABLES = Pattern.compile("^\\s*[五六七]\\s*[、.．]");
    private static final int MAX_WINDOW_ROWS = 8;
    /** Table 四: three groups (行政复议, and 行政诉讼 with and without 复议 first) of four results and a total. */
    private static final int APPEALS_CELLS = 15;
    private static final int APPEALS_GROUP = 5;
    /** Table 二's one row with an amount: 政府集中采购, 采购项目数量 then 采购总金额 (2019). */
    private static final String PROCUREMENT = "procurement";
    /** What only an amount carries: a money unit or a fraction. */
    private static final Pattern AMOUNT_SHAPE = Pattern.compile("元|\\d\\.\\d");
    /** A header wrapped in its narrow cell breaks after a few characters ({@code 本年处理} / {@code 决定数量}); prose and titles run longer. */
    private static final int WRAPPED_HEADER = 8;
    /** A block title of table 二, {@code 第二十条第（一）项} (NFKC, spaces removed). */
    private static final Pattern ACTIVE_BLOCK = Pattern.compile("第二十条第\\(?[一二三四五六七八九十]+\\)?项");

    private final Predicate<String> isValue;
    private final SingleSpacedRow singleSpaced;
    private final FormRows form;
    private final LabelsAheadOfValues labelsAhead;

    public BlockOrderedText(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.singleSpaced = new SingleSpacedRow(isValue);
        this.form = form;
        this.labelsAhead = new LabelsAheadOfValues(isValue, form);
    }

    private enum Kind { ROW, TEXT, VALUE }

    /**
     * A label naming a row, other text, or a value, in the order pdftotext printed them.
     *
     * @param suspect a value on a line of its own inside a block of several lines
     * @param besideText a value printed on one line with text (a label, or prose: 共收到申请 2)
     */
    private record Item(Kind kind, GridCell cell, FormRow row, boolean suspect, boolean besideText) {

        static Item row(GridCell cell, FormRow row) {
            return new Item(Kind.ROW, cell, row, false, false);
        }

        static Item text(GridCell cell) {
            return new Item(Kind.TEXT, cell, null, false, false);
        }
    }

    /** The rows between two anchors, and the values printed between them. */
    private record Window(List<Integer> rows, int from, int to) {
    }

    /**
     * The document's rows rebuilt, when {@code lines} are pdftotext's default output (form feeds,
     * single values on lines of their own); empty for text of any other shape.
     */
    public Optional<CellGrid> read(List<String> lines) {
        List<List<Integer>> blocks = blocks(lines);
        if (!blockOrdered(lines, blocks)) {
            return Optional.empty();
        }
        List<Item> items = items(lines, blocks);
        demoteRowsOfOtherForm(items);
        Set<GridCell> inOrder = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<GridCell>> rows = rebuild(items, inOrder);
        // LibreOffice's PDF prints table 三's labels as one run ahead of its values (issue 9)
        Optional<List<List<GridCell>>> ahead = labelsAhead.reread(lines, blocks, rows);
        return Optional.of(new CellGrid(ahead.map(a -> agreed(a, rows)).orElseGet(() -> withRequestsHeader(items, rows, inOrder)),
                Positions.PLACED));
    }

    /**
     * Table 三 as {@link LabelsAheadOfValues} read it, with each cell it left flagged taken from the
     * block reader's row where that reader read it, and each cell the two read differently flagged.
     * Each reads only what its own premise proves (a row's values right after its label; the
     * k-th run of seven values as the k-th row when they fill the form), and a report printed with
     * some labels together beside others' values (a group label wrapped beside its rows) gives each
     * some rows the other cannot read.
     */
    private List<List<GridCell>> agreed(List<List<GridCell>> ahead, List<List<GridCell>> rows) {
        Map<String, List<GridCell>> byRow = new HashMap<>();
        for (List<GridCell> row : rows) {
            requestsRow(row).ifPresent(id -> byRow.putIfAbsent(id, row));
        }
        List<List<GridCell>> out = new ArrayList<>();
        for (List<GridCell> row : ahead) {
            Optional<String> id = requestsRow(row);
            List<GridCell> other = id.map(byRow::get).orElse(null);
            if (other == null) {
                out.add(row);
                continue;
            }
            List<GridCell> merged = new ArrayList<>(List.of(row.get(0)));
            for (int c = 1; c < row.size(); c++) {
                GridCell mine = row.get(c);
                GridCell theirs = other.get(c);
                boolean mineRead = mine.notes().isEmpty();
                boolean theirsRead = theirs.notes().isEmpty();
                if (mineRead && theirsRead && !mine.text().strip().equals(theirs.text().strip())) {
                    merged.add(mine.noted(CellNote.unplaced("read as " + mine.text().strip() + " when the values are taken "
                            + "seven to a row, and as " + theirs.text().strip() + " from the values printed after the "
                            + "row's label; which order pdftotext printed them in cannot be told")));
                } else {
                    merged.add(!mineRead && theirsRead ? theirs : mine);
                }
            }
            out.add(merged);
        }
        return out;
    }

    /** The id of the table 三 row {@code row} is, when it is a label and that row's seven values. */
    private Optional<String> requestsRow(List<GridCell> row) {
        if (row.size() != 8) {
            return Optional.empty();
        }
        return form.row(row.get(0).text()).filter(r -> r.table() == TableId.REQUESTS).map(FormRow::id);
    }

    // ---- table 三's header -------------------------------------------------------------------

    /**
     * The rows with table 三's header put back together where its pieces prove it: poppler prints the
     * header's cells as blocks of their own, wrapped and scattered among the rows' labels and values
     * ({@code 自然人 法人或其他组织} / {@code 一、本年新收…} / {@code 137} / {@code 总计} / {@code 商业企业
     * 科研机构 社会公益 法律服务 其他} / {@code 组织} / {@code 机构}), where the mapper, reading a header
     * only above the first row of values, found few of them and placed every row by assumption.
     *
     * <p>The pieces (text of table 三 that is part of a header label) are joined into labels
     * ({@link RequestsHeaderPieces}: only when every way of joining them gives the form's labels once
     * each, in one order), and the header is read only when
     * <ul>
     *   <li>that order, 总计 aside, is the form's: 自然人, 法人或其他组织, then the five organisations
     *       (a header printed in another order, a page with columns permuted, is left as printed: the
     *       order of separate blocks then proves nothing);</li>
     *   <li>the five organisations' pieces were printed together, no row's label or value among them;</li>
     *   <li>the rows prove 总计 last ({@link TotalByIdentity} on the rows read whole): poppler prints a
     *       cell spanning both header rows anywhere among the pieces, so its place is not shown, and
     *       were it among the others, every column after it would be off by one.</li>
     * </ul>
     * Then the seven columns are put back as one header row above table 三's first row. Either way
     * the pieces are taken out where they were printed: left there, the mapper would read blocks
     * printed in poppler's order as one header row, whose order it trusts (a landscape Chromium print,
     * {@code 法人或其他组织} / {@code 自然} / {@code 人} / {@code 商业 企} / …, had 自然人 placed after the
     * organisations and every row of table 三 one column off, with no finding: red-team case
     * {@code chromium-landscape-default-header-2019.txt}). With no header, the rows are read in the form's
     * order under {@code placement-assumed}.
     */
    private List<List<GridCell>> withRequestsHeader(List<Item> items, List<List<GridCell>> rows, Set<GridCell> inOrder) {
        int title = indexOf(items, it -> it.kind() == Kind.TEXT
                && form.title(it.cell().text()).filter(t -> t == TableId.REQUESTS).isPresent());
        if (title < 0) {
            return rows;
        }
        int end = indexOf(items, title + 1, it -> it.kind() == Kind.ROW && it.row().table() != TableId.REQUESTS
                || it.kind() == Kind.TEXT && form.title(it.cell().text()).filter(t -> t != TableId.REQUESTS).isPresent());
        end = end < 0 ? items.size() : end;
        List<String> pieces = new ArrayList<>();
        List<Integer> pieceItem = new ArrayList<>();
        Map<Integer, String> rest = new HashMap<>(); // text item → its text without the pieces
        for (int i = title + 1; i < end; i++) {
            Item it = items.get(i);
            if (it.kind() != Kind.TEXT) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            int before = pieces.size();
            for (String line : it.cell().text().split("\n")) {
                List<String> tokens = List.of(line.strip().split("\\s+"));
                // a header cell printed beside the note on table 三's column (…第四项之和 自然 / ） / 人): its tail
                int from = tokens.size();
                while (from > 0 && RequestsHeaderPieces.piece(tokens.get(from - 1))) {
                    from--;
                }
                for (int k = from; k < tokens.size(); k++) {
                    pieces.add(tokens.get(k));
                    pieceItem.add(i);
                }
                if (from > 0) {
                    kept.add(String.join(" ", tokens.subList(0, from)));
                }
            }
            if (pieces.size() > before) {
                rest.put(i, String.join("\n", kept));
            }
        }
        if (pieces.isEmpty()) {
            return rows;
        }
        Set<GridCell> labelCells = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = title + 1; i < end; i++) {
            if (items.get(i).kind() == Kind.ROW) {
                labelCells.add(items.get(i).cell());
            }
        }
        Optional<List<GridCell>> header = provenHeader(items, rows, pieces, pieceItem, labelCells, inOrder);
        Map<GridCell, String> replaced = new IdentityHashMap<>();
        rest.forEach((i, text) -> replaced.put(items.get(i).cell(), text));
        List<List<GridCell>> out = new ArrayList<>();
        boolean headerPut = header.isEmpty();
        for (List<GridCell> row : rows) {
            if (!headerPut && !row.isEmpty() && labelCells.contains(row.get(0))) {
                out.add(header.get());
                headerPut = true;
            }
            List<GridCell> cells = new ArrayList<>();
            for (GridCell c : row) {
                String text = replaced.containsKey(c) ? replaced.get(c) : c.text();
                if (!text.isBlank()) {
                    cells.add(text.equals(c.text()) ? c : GridCell.of(text, c.where()));
                }
            }
            if (!cells.isEmpty()) {
                out.add(cells);
            }
        }
        return headerPut ? out : rows;
    }

    /**
     * Table 三's seven column headers in the form's order, where the pieces and the rows prove them
     * (above); empty otherwise.
     */
    private static Optional<List<GridCell>> provenHeader(List<Item> items, List<List<GridCell>> rows, List<String> pieces,
                                                         List<Integer> pieceItem, Set<GridCell> labelCells,
                                                         Set<GridCell> inOrder) {
        Optional<List<RequestsHeaderPieces.Label>> labels = RequestsHeaderPieces.read(pieces);
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        List<RequestsHeaderPieces.Label> read = labels.get().stream().filter(l -> !l.text().equals(RequestsHeaderPieces.TOTAL)).toList();
        if (!read.stream().map(RequestsHeaderPieces.Label::text).toList()
                .equals(RequestsHeaderPieces.LABELS.subList(0, RequestsHeaderPieces.LABELS.size() - 1))) {
            return Optional.empty();
        }
        int orgsFrom = pieceItem.get(read.get(2).pieces().get(0));
        int orgsTo = read.subList(2, read.size()).stream().flatMap(l -> l.pieces().stream())
                .mapToInt(pieceItem::get).max().orElseThrow();
        for (int i = orgsFrom; i <= orgsTo; i++) {
            if (items.get(i).kind() != Kind.TEXT) {
                return Optional.empty(); // a row's label or value among the organisations' pieces: their order proves nothing
            }
        }
        Set<GridCell> evidence = Collections.newSetFromMap(new IdentityHashMap<>());
        evidence.addAll(labelCells);
        evidence.retainAll(inOrder);
        if (!TotalByIdentity.provesLast(readWhole(rows, evidence))) {
            return Optional.empty(); // 总计 may stand among the six, and then so may any of them
        }
        List<GridCell> header = new ArrayList<>();
        for (RequestsHeaderPieces.Label l : labels.get()) {
            if (!l.text().equals(RequestsHeaderPieces.GROUP) && !l.text().equals(RequestsHeaderPieces.TOTAL)) {
                header.add(GridCell.of(l.text(), items.get(pieceItem.get(l.pieces().get(0))).cell().where()));
            }
        }
        header.add(GridCell.of(RequestsHeaderPieces.TOTAL, header.get(header.size() - 1).where()));
        return Optional.of(header);
    }

    /**
     * The rows labelled by {@code labelCells} read with all seven values and none flagged, as numbers
     * in the order printed (a blank mark as 0, templates.md).
     */
    private static List<List<BigDecimal>> readWhole(List<List<GridCell>> rows, Set<GridCell> labelCells) {
        List<List<BigDecimal>> whole = new ArrayList<>();
        for (List<GridCell> row : rows) {
            List<GridCell> values = row.subList(Math.min(1, row.size()), row.size());
            if (row.size() == 8 && labelCells.contains(row.get(0)) && values.stream().allMatch(c -> c.notes().isEmpty()
                    && (number(c).isPresent() || nfkc(c).chars().noneMatch(Character::isDigit)))) {
                whole.add(values.stream().map(c -> number(c).orElse(BigDecimal.ZERO)).toList());
            }
        }
        return whole;
    }

    // ---- reading the blocks ------------------------------------------------------------------

    /** Line indexes of each block: runs of non-blank lines; a form feed ends a page and a block. */
    private static List<List<Integer>> blocks(List<String> lines) {
        List<List<Integer>> blocks = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\f') >= 0 && !open.isEmpty()) {
                blocks.add(open);
                open = new ArrayList<>();
            }
            if (text(line).isBlank()) {
                if (!open.isEmpty()) {
                    blocks.add(open);
                    open = new ArrayList<>();
                }
                continue;
            }
            open.add(i);
        }
        if (!open.isEmpty()) {
            blocks.add(open);
        }
        return blocks;
    }

    static String text(String line) {
        return line.replace("\f", "");
    }

    private boolean blockOrdered(List<String> lines, List<List<Integer>> blocks) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)) {
            return false; // pdftotext ends every page with a form feed
        }
        int single = 0;
        int valueLines = 0;
        for (List<Integer> b : blocks) {
            for (int i : b) {
                long values = cells(lines.get(i), i).stream().filter(c -> isValue.test(c.text())).count();
                valueLines += values > 0 ? 1 : 0;
                // a cell alone on its line, whether or not a blank line follows it (Chromium's PDF of
                // a page with narrow cells prints a row's values as one block of lines)
                if (values == 1 && cells(lines.get(i), i).size() == 1) {
                    single++;
                }
            }
        }
        return single >= MIN_VALUE_BLOCKS && single * 10 >= valueLines * 6;
    }

    private List<GridCell> cells(String line, int index) {
        Location at = new Location.Line(index + 1);
        String s = text(line).strip();
        return singleSpaced.cells(s, at).orElse(List.of(GridCell.of(s, at)));
    }

    /** The blocks as labels and values; a block's label may be wrapped over its lines. */
    private List<Item> items(List<String> lines, List<List<Integer>> blocks) {
        List<Item> items = new ArrayList<>();
        for (List<Integer> block : blocks) {
            List<List<GridCell>> split = new ArrayList<>();
            StringBuilder label = new StringBuilder();
            boolean textSeen = false;
            for (int i : block) {
                List<GridCell> cells = cells(lines.get(i), i);
                split.add(cells);
                for (GridCell c : cells) {
                    if (!isValue.test(c.text())) {
                        label.append(label.length() == 0 ? "" : "\n").append(c.text());
                        textSeen = true;
                    }
                }
            }
            Optional<FormRow> whole = textSeen ? form.row(label.toString()) : Optional.empty();
            String[] sides = whole.isEmpty() && block.size() > 1 ? sideBySide(split) : null;
            Optional<FormRow> right = sides == null ? Optional.empty() : form.row(sides[1]);
            boolean labelDone = false;
            if (right.isPresent() && form.row(sides[0]).isEmpty()) {
                // a group label wrapped beside a row label, both in one block: （六）其他处 2.申请人逾期未按… / 理 费用、…
                Location at = split.get(0).get(0).where();
                items.add(Item.text(GridCell.of(sides[0], at)));
                items.add(Item.row(GridCell.of(sides[1], at), right.get()));
                whole = right;
                labelDone = true;
            }
            for (int l = 0; l < split.size(); l++) {
                List<GridCell> cells = split.get(l);
                boolean lineHasText = cells.stream().anyMatch(c -> !isValue.test(c.text()));
                // a value shares its line with its label, or has a block of its own; a value on a
                // line of its own inside a longer block is another row's, or a number cut in two
                boolean suspect = block.size() > 1 && !lineHasText;
                if (whole.isPresent()) {
                    if (!labelDone && lineHasText) {
                        items.add(Item.row(GridCell.of(label.toString(), cells.get(0).where()), whole.get()));
                        labelDone = true;
                    }
                } else {
                    String lineText = cells.stream().filter(c -> !isValue.test(c.text())).map(GridCell::text)
                            .collect(Collectors.joining(" "));
                    if (lineHasText) {
                        addText(items, lineText, cells, l > 0 && split.get(l - 1).size() == 1);
                    }
                }
                for (GridCell c : cells) {
                    if (isValue.test(c.text())) {
                        items.add(new Item(Kind.VALUE, c, null, suspect, lineHasText));
                    }
                }
            }
        }
        return items;
    }

    /**
     * The block's text read as two cells printed side by side, each wrapped over the lines: the
     * left one the text before each line's last space (a line without a space is all left), the
     * right one the rest. Null when no line has a space.
     */
    private String[] sideBySide(List<List<GridCell>> split) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (List<GridCell> cells : split) {
            String text = cells.stream().filter(c -> !isValue.test(c.text())).map(GridCell::text)
                    .collect(Collectors.joining(" ")).strip();
            int space = text.lastIndexOf(' ');
            left.append(space < 0 ? text : text.substring(0, space));
            right.append(space < 0 ? "" : text.substring(space + 1));
        }
        return right.length() == 0 || left.length() == 0 ? null : new String[] {left.toString(), right.toString()};
    }

    /**
     * One line's text: a row's label, several labels, or other text (headers, titles, prose). A line
     * that goes on from a short line before it in the same block is the same header cell, wrapped
     * ({@code 本年处理} / {@code 决定数量}).
     */
    private void addText(List<Item> items, String lineText, List<GridCell> cells, boolean goesOn) {
        Location at = cells.get(0).where();
        Optional<FormRow> row = form.row(lineText);
        if (row.isPresent()) {
            items.add(Item.row(GridCell.of(lineText, at), row.get()));
            return;
        }
        Item last = items.isEmpty() ? null : items.get(items.size() - 1);
        if (goesOn && cells.size() == 1 && last != null && last.kind() == Kind.TEXT
                && last.cell().text().length() - last.cell().text().lastIndexOf('\n') - 1 <= WRAPPED_HEADER
                && !SingleSpacedRow.NUMBERED.matcher(lineText).find()) {
            items.set(items.size() - 1, Item.text(GridCell.of(last.cell().text() + "\n" + lineText, last.cell().where())));
            return;
        }
        for (GridCell c : cells) {
            if (!isValue.test(c.text())) {
                Optional<FormRow> r = cells.size() > 1 ? form.row(c.text()) : Optional.empty();
                items.add(r.map(f -> Item.row(c, f)).orElse(Item.text(c)));
            }
        }
    }

    /**
     * A table whose labels include rows of only one form is that form's: a label of a row the other
     * form has alone ({@code （六）其他处理}, a row in 2019, a group over three rows in 2021) is text.
     * Where both forms' own rows appear, the form with more of them wins.
     */
    private static void demoteRowsOfOtherForm(List<Item> items) {
        Map<TableId, Map<Template, Integer>> only = new HashMap<>();
        for (Item it : items) {
            if (it.kind() == Kind.ROW && it.row().widths().size() == 1) {
                only.computeIfAbsent(it.row().table(), t -> new HashMap<>())
                        .merge(it.row().widths().keySet().iterator().next(), 1, Integer::sum);
            }
        }
        Map<TableId, Template> forms = new HashMap<>();
        only.forEach((table, counts) -> counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> counts.values().stream().filter(c -> c.equals(best.getValue())).count() == 1)
                .ifPresent(best -> forms.put(table, best.getKey())));
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Template form = it.kind() == Kind.ROW ? forms.get(it.row().table()) : null;
            if (form != null && !it.row().widths().containsKey(form)) {
                items.set(i, Item.text(it.cell()));
            }
        }
    }

    // ---- rebuilding the rows -----------------------------------------------------------------

    /** @param inOrder gets the label of each row read as printed, its values right after it, no identity weighed */
    private List<List<GridCell>> rebuild(List<Item> items, Set<GridCell> inOrder) {
        int appealsFrom = indexOf(items, it -> it.kind() == Kind.ROW && it.row().table() == TableId.APPEALS);
        int appealsTo = appealsFrom < 0 ? -1 : indexOf(items, appealsFrom,
                it -> it.kind() == Kind.TEXT && AFTER_TABLES.matcher(Normalizer.normalize(it.cell().text(),
                        Normalizer.Form.NFKC)).find());
        int tablesEnd = appealsFrom >= 0 ? appealsFrom : items.size();
        int firstRow = indexOf(items, it -> it.kind() == Kind.ROW);
        Map<Integer, List<GridCell>> placed = new HashMap<>();   // row item → its cells
        Set<Integer> taken = new LinkedHashSet<>();              // value items given to a row
        placeRows(items, tablesEnd, placed, taken, inOrder);
        int requestsFrom = indexOf(items, it -> it.kind() == Kind.ROW && it.row().table() == TableId.REQUESTS);
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> open = null;
        boolean openHasValue = false;
        boolean openSplits = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (i == appealsFrom) {
                flush(out, open, openHasValue, openSplits);
                open = null;
                int end = appealsTo < 0 ? items.size() : appealsTo;
                List<Item> region = new ArrayList<>(items.subList(appealsFrom, end));
                // poppler may print one of the values after the text that follows the table, at the page's end
                for (int j = end; j < items.size(); j++) {
                    if (items.get(j).kind() == Kind.VALUE && !items.get(j).besideText()) {
                        region.add(items.get(j));
                        taken.add(j);
                    }
                }
                out.addAll(appeals(region));
                i = end - 1;
                continue;
            }
            if (it.kind() == Kind.ROW && placed.containsKey(i)) {
                flush(out, open, openHasValue, openSplits);
                List<GridCell> row = new ArrayList<>();
                row.add(it.cell());
                row.addAll(placed.get(i));
                out.add(row);
                open = null;
                continue;
            }
            if (it.kind() == Kind.VALUE && taken.contains(i)) {
                continue;
            }
            if (it.kind() == Kind.VALUE && i > firstRow && firstRow >= 0 && (appealsFrom < 0 || i < appealsFrom)) {
                it = new Item(Kind.VALUE, it.cell().noted(CellNote.unplaced("pdftotext printed this value among "
                        + "the table's cells where no row's label claims it")), null, it.suspect(), it.besideText());
            }
            boolean value = it.kind() == Kind.VALUE;
            if (open == null || !value && openHasValue) {
                flush(out, open, openHasValue, openSplits);
                open = new ArrayList<>();
                openHasValue = false;
                openSplits = requestsFrom >= 0 && i > requestsFrom && i < tablesEnd;
            }
            open.add(it.cell());
            openHasValue |= value;
        }
        flush(out, open, openHasValue, openSplits);
        return out;
    }

    /**
     * Ends a run of cells that no label claimed. Among table 三's rows, text alone is header cells
     * and group labels poppler printed between the rows (总计 / 商业企业 / …): each is a row of its
     * own, so a header cell that is also a row's wording (总计) is not read with the header cells
     * after it as that row's values.
     */
    private static void flush(List<List<GridCell>> out, List<GridCell> open, boolean hasValue, boolean splits) {
        if (open == null) {
            return;
        }
        if (splits && !hasValue) {
            open.forEach(c -> out.add(List.of(c)));
        } else {
            out.add(open);
        }
    }

    /** Gives the values of tables 二 and 三 (items before {@code end}) to the rows the labels name. */
    private void placeRows(List<Item> items, int end, Map<Integer, List<GridCell>> placed, Set<Integer> taken,
                           Set<GridCell> inOrder) {
        List<Integer> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int[] position = new int[end]; // values printed before each item
        for (int i = 0; i < end; i++) {
            position[i] = values.size();
            if (items.get(i).kind() == Kind.ROW && items.get(i).row().table() != TableId.APPEALS) {
                labels.add(i);
            } else if (items.get(i).kind() == Kind.VALUE) {
                values.add(i);
            }
        }
        if (labels.isEmpty()) {
            return;
        }
        Map<TableId, Set<Template>> forms = formsByHeaders(items, end);
        List<Integer> anchors = anchors(items, labels);
        List<Window> windows = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            int first = anchors.get(a);
            int next = a + 1 < anchors.size() ? anchors.get(a + 1) : -1;
            int lo = items.get(first).row().order();
            int hi = next < 0 ? Integer.MAX_VALUE : items.get(next).row().order();
            List<Integer> rows = new ArrayList<>();
            for (int l : labels) {
                int o = items.get(l).row().order();
                if (l == first || !anchors.contains(l) && o > lo && o < hi) {
                    rows.add(l);
                }
            }
            if (a == 0) { // labels printed out of order before the first anchor's row
                for (int l : labels) {
                    if (!anchors.contains(l) && items.get(l).row().order() < lo) {
                        rows.add(l);
                    }
                }
            }
            rows.sort((x, y) -> Integer.compare(items.get(x).row().order(), items.get(y).row().order()));
            // a table's title is printed between the tables: values after it are not this table's
            int stop = next < 0 ? end : next;
            TableId table = items.get(first).row().table();
            for (int i = first + 1; i < stop; i++) {
                Item it = items.get(i);
                if (it.kind() == Kind.TEXT && form.title(it.cell().text()).filter(t -> t != table).isPresent()) {
                    stop = i;
                    break;
                }
            }
            windows.add(new Window(rows, position[first], stop == end ? values.size() : position[stop]));
        }
        List<Optional<int[]>> fits = new ArrayList<>();
        for (Window w : windows) {
            fits.add(widths(items, w, forms));
        }
        // a window whose values over- or under-fill it may have traded values with the next one
        List<Window> merged = new ArrayList<>();
        List<Optional<int[]>> mergedFits = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            Window win = windows.get(w);
            Optional<int[]> fit = fits.get(w);
            int last = w;
            for (int more = w + 1; fit.isEmpty() && more < windows.size() && more <= w + 2; more++) {
                List<Integer> rows = new ArrayList<>(win.rows());
                for (int k = w + 1; k <= more; k++) {
                    rows.addAll(windows.get(k).rows());
                }
                Window joined = new Window(rows, win.from(), windows.get(more).to());
                Optional<int[]> joinedFit = widths(items, joined, forms);
                if (joinedFit.isPresent()) {
                    win = joined;
                    fit = joinedFit;
                    last = more;
                }
            }
            merged.add(win);
            mergedFits.add(fit);
            w = last;
        }
        boolean activeInPageOrder = titlesInPlace(items, end);
        boolean[] troubled = new boolean[merged.size()];
        for (int w = 0; w < merged.size(); w++) {
            Window win = merged.get(w);
            troubled[w] = mergedFits.get(w).isEmpty()
                    || values.subList(win.from(), win.to()).stream().anyMatch(v -> items.get(v).suspect());
        }
        for (int w = 0; w < merged.size(); w++) {
            Window win = merged.get(w);
            List<Integer> own = values.subList(win.from(), win.to());
            taken.addAll(own);
            // only rows of one table can trade values: the title between two tables is printed between them
            TableId table = items.get(win.rows().get(0)).row().table();
            boolean nextToTrouble = w > 0 && troubled[w - 1] && tableOf(items, merged.get(w - 1)) == table
                    || w + 1 < merged.size() && troubled[w + 1] && tableOf(items, merged.get(w + 1)) == table;
            // poppler may print a row's last cell after rows further down (规章's 820, after a blank middle
            // cell, printed after 行政事业性收费's 347 on an 80 % Chromium print): a row of table 二 that lost
            // cells may have given one to a later row of it that has a blank, and that row looks whole
            boolean afterShort = false;
            for (int e = 0; e < w - 1 && !afterShort && table == TableId.ACTIVE && !activeInPageOrder; e++) {
                afterShort = troubled[e] && shortOfValues(items, merged.get(e)) && tableOf(items, merged.get(e)) == table;
            }
            Map<Integer, List<GridCell>> cells = troubled[w]
                    ? unplaced(items, win, own)
                    : afterShort ? flagged(win, rowByRow(own.stream().map(v -> items.get(v).cell()).toList(),
                            mergedFits.get(w).get()), "pdftotext printed table 二 out of the page's order (its block "
                            + "titles apart from their rows) and a row above this one lost cells; poppler may print such "
                            + "a row's last value after later rows, so a value here may be that row's and a blank cell "
                            + "here read as filled")
                    : interrupted(items, own) ? scrambled(items, win, own, mergedFits.get(w).get(), nextToTrouble)
                    : read(items, win, own, mergedFits.get(w).get(), position, nextToTrouble, inOrder);
            placed.putAll(cells);
        }
        placed.replaceAll((r, cells) -> countBeforeAmount(items.get(r).row(), cells));
    }

    /** True when fewer values were printed in the window than its rows' narrowest widths add up to. */
    private static boolean shortOfValues(List<Item> items, Window w) {
        int least = 0;
        for (int r : w.rows()) {
            least += items.get(r).row().widths().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }
        return w.to() - w.from() < least;
    }

    /**
     * True when every block title of table 二 ({@code 第二十条第（五）项}) was printed before a row of
     * table 二 and after the rows of the block before it: poppler then read the table in the page's
     * order. Titles printed together ({@code 第二十条第（六）项} / {@code （八）项} / {@code （九）项}) were
     * moved, and so may values be.
     */
    private static boolean titlesInPlace(List<Item> items, int end) {
        boolean rowSince = true;
        for (int i = 0; i < end; i++) {
            Item it = items.get(i);
            if (it.kind() == Kind.TEXT && ACTIVE_BLOCK.matcher(Normalizer.normalize(it.cell().text(), Normalizer.Form.NFKC)
                    .replaceAll("\\s", "")).find()) {
                if (!rowSince) {
                    return false;
                }
                rowSince = false;
            } else if (it.kind() == Kind.ROW && it.row().table() == TableId.ACTIVE) {
                rowSince = true;
            }
        }
        return rowSince;
    }

    /**
     * The procurement row's count and amount in the form's order. Poppler prints the two blocks in
     * either order (the amount's first in two of twelve narrow Chromium prints of red team 11), so
     * the order printed proves nothing; what a value looks like does: an amount may carry a money
     * unit or a fraction ({@code 918562299 元}, {@code 75289.39}), a count never. Two values that
     * look alike, and are not the same, are flagged.
     */
    private static List<GridCell> countBeforeAmount(FormRow row, List<GridCell> cells) {
        if (row.table() != TableId.ACTIVE || !row.id().equals(PROCUREMENT) || cells.size() != 2
                || cells.stream().anyMatch(c -> !c.notes().isEmpty())) {
            return cells;
        }
        boolean firstAmount = AMOUNT_SHAPE.matcher(nfkc(cells.get(0))).find();
        boolean secondAmount = AMOUNT_SHAPE.matcher(nfkc(cells.get(1))).find();
        if (!firstAmount && secondAmount || nfkc(cells.get(0)).equals(nfkc(cells.get(1)))) {
            return cells;
        }
        if (firstAmount && !secondAmount) {
            return List.of(cells.get(1), cells.get(0));
        }
        String why = "pdftotext prints the procurement row's count and amount in either order, and '"
                + cells.get(0).text().strip() + "' and '" + cells.get(1).text().strip()
                + "' do not tell which is the amount (only an amount carries a money unit or a fraction)";
        return cells.stream().map(c -> c.noted(CellNote.unplaced(why))).toList();
    }

    private static String nfkc(GridCell cell) {
        return Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).strip();
    }

    /**
     * True when other text (a header's blocks) was printed among the window's values: poppler then
     * printed them out of their columns' order (一、本年新收… 153 / 总计 / 商业企业 … / 136 － 1 1 － 291
     * for 153 136 1 － － 1 291).
     */
    private static boolean interrupted(List<Item> items, List<Integer> own) {
        if (own.size() < 2) {
            return false;
        }
        for (int i = own.get(0) + 1; i < own.get(own.size() - 1); i++) {
            if (items.get(i).kind() == Kind.TEXT) {
                return true;
            }
        }
        return false;
    }

    /**
     * A window whose values came in no established order. One row of table 三: its total is the
     * value that equals the sum of the others, wherever it was printed; the six others are read only
     * when they are all the same. Anything else is read only when all its values are the same.
     */
    private static Map<Integer, List<GridCell>> scrambled(List<Item> items, Window w, List<Integer> own, int[] widths,
                                                          boolean nextToTrouble) {
        List<GridCell> vals = own.stream().map(v -> items.get(v).cell()).toList();
        String why = "pdftotext printed other text among this row's values, so the order they belong in is not "
                + "established; the cell is one of " + vals.stream().map(c -> c.text().strip()).distinct()
                .collect(Collectors.joining(", "));
        if (nextToTrouble) {
            return flagged(w, rowByRow(vals, widths), why);
        }
        if (vals.stream().map(c -> c.text().strip()).distinct().count() == 1) {
            return fromRows(w, rowByRow(vals, widths));
        }
        if (w.rows().size() != 1 || !hasIdentity(vals)) {
            return flagged(w, rowByRow(vals, widths), why);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (GridCell c : vals) {
            sum = sum.add(number(c).orElse(BigDecimal.ZERO));
        }
        // a blank mark (－) counts 0 in the identity, so with a sum of 0 a blank may be the total too
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            BigDecimal v = number(vals.get(i)).orElse(BigDecimal.ZERO);
            if (v.add(v).compareTo(sum) == 0) {
                totals.add(i);
            }
        }
        if (totals.isEmpty()) {
            return flagged(w, rowByRow(vals, widths), why);
        }
        List<GridCell> others = new ArrayList<>(vals);
        GridCell total = others.remove((int) totals.get(0));
        boolean oneTotal = totals.stream().map(i -> vals.get(i).text().strip()).distinct().count() == 1;
        boolean othersSame = others.stream().map(c -> c.text().strip()).distinct().count() == 1;
        List<GridCell> row = new ArrayList<>();
        for (GridCell c : others) {
            row.add(othersSame && oneTotal ? c : c.noted(CellNote.unplaced(why)));
        }
        row.add(oneTotal ? total : total.noted(CellNote.unplaced(why)));
        return Map.of(w.rows().get(0), row);
    }

    private static Map<Integer, List<GridCell>> fromRows(Window w, List<List<GridCell>> rows) {
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r = 0; r < w.rows().size(); r++) {
            out.put(w.rows().get(r), rows.get(r));
        }
        return out;
    }

    private static TableId tableOf(List<Item> items, Window w) {
        return items.get(w.rows().get(0)).row().table();
    }

    /** Templates the headers of each table name (table 二's column headers differ between the forms). */
    private Map<TableId, Set<Template>> formsByHeaders(List<Item> items, int end) {
        Set<Template> active = EnumSet.noneOf(Template.class);
        for (int i = 0; i < end; i++) {
            if (items.get(i).kind() == Kind.TEXT) {
                form.headerForm(items.get(i).cell().text()).ifPresent(active::add);
            }
            if (items.get(i).kind() == Kind.ROW && items.get(i).row().table() == TableId.ACTIVE
                    && items.get(i).row().widths().size() == 1) {
                active.addAll(items.get(i).row().widths().keySet());
            }
        }
        return Map.of(TableId.ACTIVE, active);
    }

    /** The labels printed in the form's order (the longest such run); the others were moved. */
    private static List<Integer> anchors(List<Item> items, List<Integer> labels) {
        int n = labels.size();
        int[] length = new int[n];
        int[] before = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                if (items.get(labels.get(j)).row().order() < items.get(labels.get(i)).row().order()
                        && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = best; i >= 0; i = before[i]) {
            out.add(0, labels.get(i));
        }
        return out;
    }

    /**
     * The widths of the window's rows that its values fill exactly, when there is one such choice
     * (a row of table 二 has 3 cells in 2019 and 1 in 2021); empty when none or several.
     */
    private static Optional<int[]> widths(List<Item> items, Window w, Map<TableId, Set<Template>> forms) {
        if (w.rows().size() > MAX_WINDOW_ROWS) {
            return Optional.empty();
        }
        List<int[]> options = new ArrayList<>();
        for (int r : w.rows()) {
            FormRow row = items.get(r).row();
            Set<Template> named = forms.getOrDefault(row.table(), Set.of());
            Set<Integer> ws = new LinkedHashSet<>();
            row.widths().forEach((t, width) -> {
                if (named.size() != 1 || named.contains(t)) {
                    ws.add(width);
                }
            });
            if (ws.isEmpty()) {
                ws.addAll(row.widths().values());
            }
            options.add(ws.stream().mapToInt(Integer::intValue).toArray());
        }
        List<int[]> fits = new ArrayList<>();
        choose(options, 0, new int[options.size()], w.to() - w.from(), fits);
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static void choose(List<int[]> options, int at, int[] chosen, int left, List<int[]> fits) {
        if (at == options.size()) {
            if (left == 0 && fits.stream().noneMatch(f -> Arrays.equals(f, chosen))) {
                fits.add(chosen.clone());
            }
            return;
        }
        for (int width : options.get(at)) {
            if (width <= left) {
                chosen[at] = width;
                choose(options, at + 1, chosen, left - width, fits);
            }
        }
    }

    /**
     * A window its values fill: row by row when every label stands right before its values, else
     * the readings the rows' identities leave.
     */
    private Map<Integer, List<GridCell>> read(List<Item> items, Window w, List<Integer> own, int[] widths,
                                              int[] position, boolean nextToTrouble, Set<GridCell> inOrder) {
        List<GridCell> vals = own.stream().map(v -> items.get(v).cell()).toList();
        boolean inPlace = true;
        int offset = w.from();
        for (int r = 0; r < w.rows().size(); r++) {
            inPlace &= position[w.rows().get(r)] == offset
                    && (r == 0 || w.rows().get(r) > w.rows().get(r - 1));
            offset += widths[r];
        }
        if (!nextToTrouble && fontsMixed(vals) && !(w.rows().size() == 1 && items.get(w.rows().get(0)).row().id().equals(PROCUREMENT))) {
            // a font sits on its own baseline and poppler may print one font's blocks of a row after the other's
            // (a Chromium print: 行政许可 ３７４ | +１０ | １９ printed ３７４ / １９ / +１０); no order of them is proven
            return flagged(w, rowByRow(vals, widths), "pdftotext printed these values in glyphs of different fonts "
                    + "(ASCII, full-width), which poppler may print out of their columns' order; the cell is one of "
                    + vals.stream().map(c -> c.text().strip()).distinct().collect(Collectors.joining(", ")));
        }
        if (!inPlace && own.stream().anyMatch(v -> items.get(v).besideText())) {
            // a value printed on a label's line went out with that label's block, wherever poppler
            // put the block (after the row's other values, in 0029 of seed 2026): the orders below,
            // each row's values in column order, do not hold
            return flagged(w, rowByRow(vals, widths),
                    "pdftotext printed these rows' labels apart from their values and a value on a label's line, "
                            + "so the order the values belong in cannot be told");
        }
        List<List<List<GridCell>>> readings = inPlace ? List.of(rowByRow(vals, widths)) : orders(vals, widths);
        if (readings.isEmpty()) {
            return flagged(w, rowByRow(vals, widths),
                    "pdftotext printed the labels of more than two rows apart from their values; the order the "
                            + "values belong in cannot be told");
        }
        List<List<List<GridCell>>> kept = readings.stream().filter(BlockOrderedText::identitiesHold).toList();
        if (!inPlace && kept.isEmpty()) {
            return flagged(w, readings.get(0),
                    "pdftotext printed these rows' labels apart from their values, and no order of the values "
                            + "makes the rows add up");
        }
        if (nextToTrouble) {
            // a row next to one that lost cells may have swapped values with it (a blank row's label
            // printed before the other's values); its own identity cannot tell whose values they are
            return flagged(w, readings.get(0),
                    "pdftotext printed this table cell by cell and a row next to this one lost blank cells, "
                            + "so the values printed after this label may be that row's");
        }
        if (inPlace) {
            kept = List.of(readings.get(0));
            w.rows().forEach(r -> inOrder.add(items.get(r).cell()));
        }
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r = 0; r < w.rows().size(); r++) {
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < widths[r]; c++) {
                int rr = r;
                int cc = c;
                List<String> alternatives = kept.stream().map(k -> k.get(rr).get(cc).text().strip()).distinct().toList();
                GridCell cell = kept.get(0).get(r).get(c);
                row.add(alternatives.size() == 1 ? cell : cell.noted(CellNote.unplaced(
                        "pdftotext printed these rows' labels apart from their values; the cell is one of "
                                + String.join(", ", alternatives) + " depending on the order they belong in")));
            }
            out.put(w.rows().get(r), row);
        }
        return out;
    }

    /**
     * True when the values are not all the same number and one of them is set in glyphs of two fonts:
     * an ASCII sign or digit with full-width digits ({@code +１０}, {@code -１８８}). Such a block's box
     * is unlike its neighbours' and poppler may print it out of the row's order (a Chromium print:
     * 行政许可 ３７４ | +１０ | １９ printed ３７４ / １９ / +１０). Rows whose values are each of one font,
     * ASCII or full-width, came in their columns' order in every print measured.
     */
    static boolean fontsMixed(List<GridCell> vals) {
        if (vals.stream().map(c -> number(c).map(BigDecimal::stripTrailingZeros).map(Object::toString)
                .orElse(c.text().strip())).distinct().count() <= 1) {
            return false;
        }
        return vals.stream().anyMatch(c -> numberFonts(c.text()) == 3);
    }

    /** 1 for ASCII digits or signs, 2 for full-width ones, 3 for both; 0 for a value with no digit. */
    private static int numberFonts(String value) {
        if (value.chars().noneMatch(Character::isDigit)) {
            return 0;
        }
        int mask = 0;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch >= '0' && ch <= '9' || ch == '+' || ch == '-') {
                mask |= 1;
            } else if (ch >= '０' && ch <= '９' || ch == '＋' || ch == '－') {
                mask |= 2;
            }
        }
        return mask;
    }

    private static List<List<GridCell>> rowByRow(List<GridCell> vals, int[] widths) {
        List<List<GridCell>> rows = new ArrayList<>();
        int at = 0;
        for (int width : widths) {
            rows.add(vals.subList(at, at + width));
            at += width;
        }
        return rows;
    }

    /**
     * Every order in which two rows' values may have been printed: poppler prints a block before
     * the blocks below it that share its columns, and a row's blocks from left to right, so the
     * upper row's value of each column comes before the lower row's, and each row's values keep
     * their order; how the two rows interleave is free. Empty for more than two rows (too many
     * orders to tell apart).
     */
    private static List<List<List<GridCell>>> orders(List<GridCell> vals, int[] widths) {
        if (widths.length == 1) {
            return List.of(rowByRow(vals, widths));
        }
        if (widths.length > 2) {
            return List.of();
        }
        List<List<List<GridCell>>> out = new ArrayList<>();
        interleave(vals, widths, 0, new ArrayList<>(), new ArrayList<>(), out);
        return out;
    }

    private static void interleave(List<GridCell> vals, int[] widths, int at, List<Integer> upper, List<Integer> lower,
                                   List<List<List<GridCell>>> out) {
        if (at == vals.size()) {
            out.add(List.of(upper.stream().map(vals::get).toList(), lower.stream().map(vals::get).toList()));
            return;
        }
        if (upper.size() < widths[0]) {
            upper.add(at);
            interleave(vals, widths, at + 1, upper, lower, out);
            upper.remove(upper.size() - 1);
        }
        // the lower row's value of a column the upper row has comes after the upper row's
        if (lower.size() < widths[1] && (lower.size() >= widths[0] || lower.size() < upper.size())) {
            lower.add(at);
            interleave(vals, widths, at + 1, upper, lower, out);
            lower.remove(lower.size() - 1);
        }
    }

    /** Table 三's row identity: the six applicant columns add up to the total (templates.md). */
    private static boolean hasIdentity(List<GridCell> row) {
        return row.size() == 7;
    }

    private static boolean identitiesHold(List<List<GridCell>> reading) {
        for (List<GridCell> row : reading) {
            if (!hasIdentity(row)) {
                continue;
            }
            Optional<BigDecimal> total = number(row.get(6));
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 0; c < 6; c++) {
                Optional<BigDecimal> v = number(row.get(c));
                sum = v.isPresent() ? sum.add(v.get()) : sum;
            }
            // a blank mark (/, －) counts 0, in the total as in the parts (templates.md)
            if (total.orElse(BigDecimal.ZERO).compareTo(sum) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<BigDecimal> number(GridCell cell) {
        String s = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).replace(",", "").strip();
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every cell of the window flagged, each row keeping the values the reading gave it. */
    private static Map<Integer, List<GridCell>> flagged(Window w, List<List<GridCell>> reading,
                                                        String why) {
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r = 0; r < w.rows().size(); r++) {
            out.put(w.rows().get(r), reading.get(r).stream().map(c -> c.noted(CellNote.unplaced(why))).toList());
        }
        return out;
    }

    /**
     * A window whose values do not fill its rows: blank cells were lost and which ones cannot be
     * told. Each label keeps the values printed after it, all flagged.
     */
    private static Map<Integer, List<GridCell>> unplaced(List<Item> items, Window w, List<Integer> own) {
        String names = w.rows().stream().map(r -> "'" + items.get(r).cell().text().replace("\n", "") + "'")
                .collect(Collectors.joining(", "));
        String why = "pdftotext printed this table cell by cell and blank cells left no trace: the "
                + own.size() + " values printed among the rows " + names
                + " do not fill them, so which cell each belongs to cannot be told";
        Map<Integer, List<GridCell>> out = new HashMap<>();
        for (int r : w.rows()) {
            out.put(r, new ArrayList<>());
        }
        List<Integer> byText = new ArrayList<>(w.rows());
        byText.sort(Integer::compare);
        for (int v : own) {
            int owner = byText.get(0);
            for (int r : byText) {
                if (r < v) {
                    owner = r;
                }
            }
            out.get(owner).add(items.get(v).cell().noted(CellNote.unplaced(why)));
        }
        return out;
    }

    /**
     * Table 四: its header text as printed, then its values in one row. They are placed by the
     * form's column order when they are all the same, or when they were printed as one run of the
     * form's fifteen cells that keeps the table's three sums ({@link #appealsReadings}); otherwise
     * each is flagged. A value printed after the text that follows the table (at the page's end) is
     * taken as the last; the readings may move it.
     */
    private List<List<GridCell>> appeals(List<Item> region) {
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> header = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        boolean textAmongValues = false;
        for (Item it : region) {
            (it.kind() == Kind.VALUE ? values : header).add(it.cell());
            textAmongValues |= it.kind() != Kind.VALUE && !values.isEmpty();
        }
        boolean allSame = !values.isEmpty() && values.stream().map(c -> number(c).map(BigDecimal::stripTrailingZeros))
                .distinct().count() == 1
                && number(values.get(0)).isPresent();
        out.add(header);
        if (values.isEmpty()) {
            return out;
        }
        if (allSame) {
            out.add(values);
            return out;
        }
        // text among the values: LibreOffice's PDF prints table 四's headers among its values, and its values
        // out of order by font; no order is established there
        List<List<GridCell>> readings = textAmongValues ? List.of() : appealsReadings(values);
        if (readings.isEmpty()) {
            String why = "pdftotext printed table 四's values in an order that does not follow its columns; "
                    + "this one is one of " + values.stream().map(c -> c.text().strip()).distinct()
                    .collect(Collectors.joining(", "));
            out.add(values.stream().map(c -> c.noted(CellNote.unplaced(why))).toList());
            return out;
        }
        List<GridCell> row = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            int cc = c;
            List<String> alternatives = readings.stream().map(r -> r.get(cc).text().strip()).distinct().toList();
            row.add(alternatives.size() == 1 ? values.get(c) : values.get(c).noted(CellNote.unplaced(
                    "pdftotext may print one of table 四's values out of its column's order, and the orders that keep "
                            + "the table's sums give this cell one of " + String.join(", ", alternatives))));
        }
        out.add(row);
        return out;
    }

    /**
     * The readings of table 四's values that may be the page's, when the values were printed as one
     * run of the form's fifteen cells whose order, as printed, keeps the three sums (each group's four
     * results add up to its total, templates.md): the order printed and every order that moves one
     * value elsewhere and still keeps the sums. Poppler prints table 四's cells in their columns' order
     * or with one value out of place (a group's first value printed after the group: seeds 2024 and
     * 901, Chromium prints of seed 2026); a value moved among a group's results keeps its sum, so the
     * cells where the readings differ are flagged. Empty when the values are not such a run, or when
     * they mix ASCII and full-width digits (each font on its own baseline: LibreOffice's PDFs print
     * several values out of place).
     */
    static List<List<GridCell>> appealsReadings(List<GridCell> values) {
        if (values.size() != APPEALS_CELLS || values.stream().mapToInt(c -> numberFonts(c.text())).reduce(0, (a, b) -> a | b) == 3
                || !appealsSumsHold(values)) {
            return List.of();
        }
        List<List<GridCell>> readings = new ArrayList<>();
        for (int from = 0; from < values.size(); from++) {
            for (int to = 0; to < values.size(); to++) {
                List<GridCell> moved = new ArrayList<>(values);
                moved.add(to, moved.remove(from));
                if (appealsSumsHold(moved)) {
                    readings.add(moved);
                }
            }
        }
        return readings;
    }

    private static boolean appealsSumsHold(List<GridCell> values) {
        for (int g = 0; g < APPEALS_CELLS; g += APPEALS_GROUP) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = g; c < g + APPEALS_GROUP - 1; c++) {
                sum = sum.add(number(values.get(c)).orElse(BigDecimal.ZERO));
            }
            // a blank mark (/, －) counts 0, in the total as in the parts (templates.md)
            if (sum.compareTo(number(values.get(g + APPEALS_GROUP - 1)).orElse(BigDecimal.ZERO)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Item> items, Predicate<Item> p) {
        return indexOf(items, 0, p);
    }

    private static int indexOf(List<Item> items, int from, Predicate<Item> p) {
        for (int i = from; i < items.size(); i++) {
            if (p.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
