package org.nianbao.reconstruct.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
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
    /** Table 二's one row with an amount: 政府集中采购, 采购项目数量 then 采购总金额 (2019). */
    private static final String PROCUREMENT = "procurement";
    /** What only an amount carries: a money unit or a fraction. */
    private static final Pattern AMOUNT_SHAPE = Pattern.compile("元|\\d\\.\\d");
    /** A header wrapped in its narrow cell breaks after a few characters ({@code 本年处理} / {@code 决定数量}); prose and titles run longer. */
    private static final int WRAPPED_HEADER = 8;

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
        List<List<GridCell>> rows = rebuild(items);
        // LibreOffice's PDF prints table 三's labels as one run ahead of its values (issue 9)
        return Optional.of(new CellGrid(labelsAhead.reread(lines, blocks, rows).orElse(rows), Positions.PLACED));
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

    private List<List<GridCell>> rebuild(List<Item> items) {
        int appealsFrom = indexOf(items, it -> it.kind() == Kind.ROW && it.row().table() == TableId.APPEALS);
        int appealsTo = appealsFrom < 0 ? -1 : indexOf(items, appealsFrom,
                it -> it.kind() == Kind.TEXT && AFTER_TABLES.matcher(Normalizer.normalize(it.cell().text(),
                        Normalizer.Form.NFKC)).find());
        int tablesEnd = appealsFrom >= 0 ? appealsFrom : items.size();
        int firstRow = indexOf(items, it -> it.kind() == Kind.ROW);
        Map<Integer, List<GridCell>> placed = new HashMap<>();   // row item → its cells
        Set<Integer> taken = new LinkedHashSet<>();              // value items given to a row
        placeRows(items, tablesEnd, placed, taken);
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
    private void placeRows(List<Item> items, int end, Map<Integer, List<GridCell>> placed, Set<Integer> taken) {
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
            Map<Integer, List<GridCell>> cells = troubled[w]
                    ? unplaced(items, win, own)
                    : interrupted(items, own) ? scrambled(items, win, own, mergedFits.get(w).get(), nextToTrouble)
                    : read(items, win, own, mergedFits.get(w).get(), position, nextToTrouble);
            placed.putAll(cells);
        }
        placed.replaceAll((r, cells) -> countBeforeAmount(items.get(r).row(), cells));
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
                                              int[] position, boolean nextToTrouble) {
        List<GridCell> vals = own.stream().map(v -> items.get(v).cell()).toList();
        boolean inPlace = true;
        int offset = w.from();
        for (int r = 0; r < w.rows().size(); r++) {
            inPlace &= position[w.rows().get(r)] == offset
                    && (r == 0 || w.rows().get(r) > w.rows().get(r - 1));
            offset += widths[r];
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
     * form's column order only when they are all the same; otherwise each is flagged.
     */
    private List<List<GridCell>> appeals(List<Item> region) {
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> header = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        for (Item it : region) {
            (it.kind() == Kind.VALUE ? values : header).add(it.cell());
        }
        boolean allSame = !values.isEmpty() && values.stream().map(c -> number(c).map(BigDecimal::stripTrailingZeros))
                .distinct().count() == 1
                && number(values.get(0)).isPresent();
        String why = "pdftotext printed table 四's values in an order that does not follow its columns; "
                + "this one is one of " + values.stream().map(c -> c.text().strip()).distinct()
                .collect(Collectors.joining(", "));
        out.add(header);
        if (!values.isEmpty()) {
            out.add(allSame ? values : values.stream().map(c -> c.noted(CellNote.unplaced(why))).toList());
        }
        return out;
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
