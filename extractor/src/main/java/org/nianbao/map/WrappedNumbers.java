package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/**
 * Numbers of space-aligned text put back together when a narrow column wrapped them inside their
 * cells, as {@code pdftotext -layout} prints Chromium's PDF of a table with narrow value columns:
 * <pre>
 *                                                             11
 * 一、本年新收政府信息公开申请数量                             19 19 19 20 20
 *                                         1920                83
 *                                              41 62 83 04 25
 *                                                             5
 * </pre>
 * ({@code 1920 1941 1962 1983 2004 2025 11835}: each cell is centred in its row, so its pieces sit
 * on the lines around the label's.) The pieces of one cell stand in the same character columns on
 * successive lines. A row is joined only where the layout proves it:
 * <ul>
 *   <li>the lines joined to the labelled line hold values only, or values and text that names no
 *       row (a wrapped label's rest), and every value on them is a plain run of digits;</li>
 *   <li>every piece overlaps the columns of exactly one column of the row, on the same page;</li>
 *   <li>the joined row has every one of its columns, and its identity holds (table 三: the six
 *       applicants add up to the total);</li>
 *   <li>every choice of lines above and below that gives such a row gives the same values.</li>
 * </ul>
 * Otherwise nothing is joined: the row's pieces stay lines of values with no label, which the mapper
 * reports ({@code row-unlabelled}), and a value of a labelled line that does not make its row, with a
 * piece standing in its columns, is not read as printed but flagged at its cell naming the pieces
 * ({@link CellNote.Kind#WRAPPED}); a piece is never read as a number of its own without a finding. A joined cell's text is its pieces top to bottom, and its place the
 * first piece's line.
 */
final class WrappedNumbers {

    /** The most lines of pieces above or below a labelled line: a number wrapped over five lines. */
    private static final int MAX_LINES = 4;
    /** The most lines of text only (a wrapped label's rest) between a labelled line and its pieces. */
    private static final int MAX_TEXT_LINES = 2;
    private static final Pattern PIECE = Pattern.compile("[0-9０-９]+");
    /**
     * The numbering of a group's items, {@code 1.} {@code 2、} (NFKC'd); not {@code 三、}, which in
     * table 三 heads a group (三、本年度办理结果) whose label stands beside its rows' values.
     */
    private static final Pattern ITEM = Pattern.compile("^\\d{1,2}[.、]\\D");

    private WrappedNumbers() {
    }

    /**
     * The rows with wrapped numbers joined into the labelled rows they belong to.
     *
     * @param width the number of columns of a row of the table
     * @param namesRow true for text that names a row of the table (exactly or approximately)
     * @param namesRowExactly true for text that is a row's label exactly
     * @param identity true when a full row of values satisfies the table's row identity
     */
    static List<SourceRow> join(List<SourceRow> rows, ValueParser parser, int width, Predicate<String> namesRow,
                                Predicate<String> namesRowExactly, Predicate<List<BigDecimal>> identity) {
        List<PrintedLine> lines = PrintedLine.of(rows, parser);
        Map<PrintedLine, Boolean> consumed = new IdentityHashMap<>();
        Map<PrintedLine, List<GridCell>> rebuilt = new IdentityHashMap<>();
        for (int r = 0; r < lines.size(); r++) {
            PrintedLine line = lines.get(r);
            // a labelled line with no values of its own may stand between its values' pieces
            if (!labelled(line, parser, namesRow) || line.values() && complete(line, parser, width, identity, true)) {
                continue;
            }
            // a labelled line whose own values do not make its row may take a line that is a whole
            // row by itself (1 2 3 4 5 6 21 under 35 35 35 35 35 35 21: 351 … 356, 2121)
            boolean ownValues = line.values();
            List<PrintedLine> above = pieces(lines, r, -1, parser, namesRow, consumed, width, identity, ownValues);
            List<PrintedLine> below = pieces(lines, r, +1, parser, namesRow, consumed, width, identity, ownValues);
            Optional<Reading> reading = Optional.empty();
            boolean agree = true;
            for (int total = 1; total <= above.size() + below.size() && agree; total++) {
                for (int a = Math.min(total, above.size()); a >= 0; a--) {
                    int b = total - a;
                    if (b > below.size()) {
                        continue;
                    }
                    List<PrintedLine> band = new ArrayList<>();
                    for (int k = a - 1; k >= 0; k--) {
                        band.add(above.get(k));
                    }
                    band.add(line);
                    band.addAll(below.subList(0, b));
                    Optional<Reading> r2 = read(band, line, parser, width, identity)
                            .filter(read -> read.everyColumnStacked() || band.stream()
                                    .noneMatch(l -> l != line && complete(l, parser, width, identity, false)));
                    if (r2.isEmpty()) {
                        continue;
                    }
                    if (reading.isEmpty()) {
                        reading = r2;
                    } else if (!reading.get().texts().equals(r2.get().texts())) {
                        agree = false;
                        break;
                    }
                }
            }
            if (reading.isEmpty() || !agree) {
                continue;
            }
            for (PrintedLine used : reading.get().band()) {
                if (used != line) {
                    consumed.put(used, true);
                }
            }
            List<GridCell> cells = new ArrayList<>();
            line.cells().stream().filter(c -> !isValueCell(c, parser)).forEach(cells::add);
            cells.addAll(reading.get().cells());
            rebuilt.put(line, cells);
        }
        interleave(lines, parser, namesRow, namesRowExactly, consumed, rebuilt, width, identity);
        Map<GridCell, GridCell> doubted = doubtCut(lines, parser, namesRow, consumed, rebuilt, width, identity);
        // after doubtCut: a row whose numbers may be cut keeps those cells unread, not merely flagged
        doubtShort(lines, parser, namesRow, consumed, rebuilt, doubted, width, identity);
        if (rebuilt.isEmpty() && doubted.isEmpty()) {
            return rows;
        }
        Map<GridCell, Boolean> taken = new IdentityHashMap<>();
        consumed.keySet().forEach(l -> l.cells().stream().filter(c -> isValueCell(c, parser)).forEach(c -> taken.put(c, true)));
        // a joined line becomes a row of its own; the other lines of its row stay together around it
        List<SourceRow> out = new ArrayList<>(rows.size());
        List<GridCell> pending = new ArrayList<>();
        SourceRow pendingRow = null;
        for (PrintedLine l : lines) {
            if (pendingRow != null && (pendingRow != l.row() || rebuilt.containsKey(l))) {
                addRow(out, pending, pendingRow);
                pending = new ArrayList<>();
            }
            pendingRow = l.row();
            if (rebuilt.containsKey(l)) {
                addRow(out, rebuilt.get(l), l.row());
                pendingRow = null;
                continue;
            }
            l.cells().stream().filter(c -> !taken.containsKey(c)).map(c -> doubted.getOrDefault(c, c)).forEach(pending::add);
        }
        if (pendingRow != null) {
            addRow(out, pending, pendingRow);
        }
        return out;
    }

    /**
     * Rows whose figures are printed at two heights, joined: a borderless print that sets each cell's
     * text at the top of its cell, the cells' texts of unequal heights, gives a row's figures on its
     * label's line and on the line next to it, in columns of their own ({@code 二、上年结转… 0 0 0} over
     * {@code 数量 0 0 0 0}). A labelled line (or one starting a numbered item, whose label's rest the
     * mapper joins later) whose values do not make its row takes the values of the line just above
     * or below it when that line names no row and starts none, its values are plain digits or blank
     * marks standing in none of the labelled line's columns, the two lines together have exactly the
     * row's columns and the row's identity holds; and only when that line could complete no other
     * labelled line and the labelled line no other line (else both stay as printed, and are flagged).
     */
    private static void interleave(List<PrintedLine> lines, ValueParser parser, Predicate<String> namesRow,
                                   Predicate<String> namesRowExactly,
                                   Map<PrintedLine, Boolean> consumed, Map<PrintedLine, List<GridCell>> rebuilt,
                                   int width, Predicate<List<BigDecimal>> identity) {
        Map<PrintedLine, List<Joined>> partners = new IdentityHashMap<>();
        Map<PrintedLine, Integer> taken = new IdentityHashMap<>();
        Map<PrintedLine, Boolean> unproven = new IdentityHashMap<>();
        for (int r = 0; r < lines.size(); r++) {
            PrintedLine line = lines.get(r);
            if (!line.values() || rebuilt.containsKey(line) || consumed.containsKey(line)
                    || !rowLine(line, parser, namesRow) || complete(line, parser, width, identity, true)) {
                continue;
            }
            for (int k : new int[] {r - 1, r + 1}) {
                if (k < 0 || k >= lines.size()) {
                    continue;
                }
                PrintedLine other = lines.get(k);
                if (!other.values() || rebuilt.containsKey(other) || consumed.containsKey(other)
                        || rowLine(other, parser, namesRow)) {
                    continue;
                }
                List<GridCell> own = sortedValues(line, parser);
                List<GridCell> theirs = sortedValues(other, parser);
                if (own.size() + theirs.size() != width
                        || own.size() != line.cells().stream().filter(c -> isValueCell(c, parser)).count()
                        || theirs.size() != other.cells().stream().filter(c -> isValueCell(c, parser)).count()
                        || theirs.stream().anyMatch(c -> !PIECE.matcher(c.text().strip()).matches()
                                && !(parser.parse(c.text()).value() instanceof CellValue.Blank))) {
                    continue;
                }
                List<GridCell> both = new ArrayList<>(own);
                both.addAll(theirs);
                both.sort(Comparator.comparingInt(c -> c.span().orElseThrow().start()));
                boolean apart = both.stream().allMatch(c -> c.span().get().page() == both.get(0).span().get().page());
                for (int i = 1; i < both.size() && apart; i++) {
                    apart = both.get(i - 1).span().get().end() <= both.get(i).span().get().start();
                }
                if (!apart) {
                    continue;
                }
                // the two lines are one row when they keep its identity, with the pieces of cut figures
                // that stand past them stacked on; a reading of them that does not stack every such
                // piece may still be the row: it keeps the lines from any other row, unjoined
                Joined printed = new Joined(List.of(other), both);
                Optional<Joined> join = withCutPieces(lines, r, k, both, parser, namesRow, namesRowExactly, consumed, rebuilt)
                        .filter(j -> j.numbers(parser).size() == width && identity.test(j.numbers(parser)));
                if (join.isEmpty() && (printed.numbers(parser).size() != width || !identity.test(printed.numbers(parser)))) {
                    continue;
                }
                partners.computeIfAbsent(line, x -> new ArrayList<>()).add(join.orElse(printed));
                join.orElse(printed).lines().forEach(l -> taken.merge(l, 1, Integer::sum));
                if (join.isEmpty()) {
                    unproven.put(line, true);
                }
            }
        }
        partners.forEach((line, joins) -> {
            if (joins.size() == 1 && !unproven.containsKey(line)
                    && joins.get(0).lines().stream().allMatch(l -> taken.get(l) == 1)) {
                joins.get(0).lines().forEach(l -> consumed.put(l, true));
                List<GridCell> cells = new ArrayList<>();
                line.cells().stream().filter(c -> !isValueCell(c, parser)).forEach(cells::add);
                cells.addAll(joins.get(0).cells());
                rebuilt.put(line, cells);
            }
        });
    }

    /**
     * The figures of two interleaved lines with the pieces that lines of digits just past them (above
     * the upper, below the lower; not a row's line) print in their columns stacked onto them: a
     * full-width figure wrapped in its narrow cell ({@code 5.属于三类内部 ６ … ６} over {@code ０ ０ ０ ０ ０}
     * over {@code 事务信息 ７ … ７} is 67 … 67; read without the last line, 6 + 0 … = 6 keeps the identity
     * too). Empty when such a line holds a piece standing under no figure or under two, or a stacked
     * number would start with 0: then the lines do not prove the row, and it is left as printed (its
     * cut figures flagged by {@link #doubtCut}).
     */
    private static Optional<Joined> withCutPieces(List<PrintedLine> lines, int row, int partner, List<GridCell> figures,
                                                  ValueParser parser, Predicate<String> namesRow,
                                                  Predicate<String> namesRowExactly, Map<PrintedLine, Boolean> consumed,
                                                  Map<PrintedLine, List<GridCell>> rebuilt) {
        List<List<GridCell>> columns = new ArrayList<>();
        figures.forEach(f -> columns.add(new ArrayList<>(List.of(f))));
        List<PrintedLine> used = new ArrayList<>(List.of(lines.get(partner)));
        int upper = Math.min(row, partner);
        int lower = Math.max(row, partner);
        for (int step : new int[] {-1, +1}) {
            for (int f = (step < 0 ? upper : lower) + step, n = 0; f >= 0 && f < lines.size(); f += step, n++) {
                PrintedLine far = lines.get(f);
                if (!far.values() || startsItem(far, parser) || labelled(far, parser, namesRowExactly)
                        || consumed.containsKey(far) || rebuilt.containsKey(far) || !nextTo(far, lines.get(f - step))) {
                    break;
                }
                List<GridCell> pieces = sortedValues(far, parser);
                if (pieces.stream().noneMatch(p -> figures.stream().anyMatch(g -> g.span().get().overlaps(p.span().get())))) {
                    break; // nothing stands in the row's columns: the row ends here
                }
                if (labelled(far, parser, namesRow)) {
                    // the rest of the row's label may name a row approximately by itself (量反复申请 for
                    // 2.重复申请; 4.无正当理由大 / 量反复申请 ４ … ５ / ９ … ０ is 49 … 50): its figures may
                    // be cut pieces, or another row's
                    return Optional.empty();
                }
                if (n == MAX_LINES || pieces.size() != far.cells().stream().filter(c -> isValueCell(c, parser)).count()) {
                    return Optional.empty();
                }
                for (GridCell p : pieces) {
                    List<Integer> under = new ArrayList<>();
                    for (int i = 0; i < figures.size(); i++) {
                        if (figures.get(i).span().get().overlaps(p.span().get())) {
                            under.add(i);
                        }
                    }
                    if (under.size() != 1 || !PIECE.matcher(p.text().strip()).matches()
                            || !PIECE.matcher(figures.get(under.get(0)).text().strip()).matches()) {
                        return Optional.empty();
                    }
                    if (step < 0) {
                        columns.get(under.get(0)).add(0, p);
                    } else {
                        columns.get(under.get(0)).add(p);
                    }
                }
                used.add(far);
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (List<GridCell> col : columns) {
            if (col.size() == 1) {
                cells.add(col.get(0));
                continue;
            }
            String text = String.join("", col.stream().map(p -> p.text().strip()).toList());
            if (text.charAt(0) == '0' || text.charAt(0) == '０') {
                return Optional.empty(); // no count is printed with a leading zero
            }
            TextSpan s = col.get(0).span().get();
            int start = col.stream().mapToInt(p -> p.span().get().start()).min().orElseThrow();
            int end = col.stream().mapToInt(p -> p.span().get().end()).max().orElseThrow();
            cells.add(GridCell.at(text, col.get(0).where(), new TextSpan(s.page(), start, end)));
        }
        return Optional.of(new Joined(used, cells));
    }

    /**
     * False when a blank line of the text stands between the two lines: a cell's text wraps onto the
     * next text line, and a row ends where the printed lines leave a gap (lines known by place only,
     * not by line number, are taken as next to each other).
     */
    private static boolean nextTo(PrintedLine a, PrintedLine b) {
        if (a.cells().get(0).where() instanceof Location.Line la && b.cells().get(0).where() instanceof Location.Line lb) {
            return Math.abs(la.line() - lb.line()) == 1;
        }
        return true;
    }

    /**
     * Rows left short next to a line of values with no label, one of which stands in none of the
     * row's columns, with their text cells noted: that value may be one of the row's, printed lower
     * or higher, and its blank cells may not be blank; the mapper flags the whole row. A row one of
     * whose figures {@link #doubtCut} found possibly cut is in doubt the same way when a figure next to
     * it is no piece of its figures ({@link #notPiece}): the cut reading does not account for that
     * figure, and no reading the layout proves does ({@code 一、本年新收… 147 … 1 ２ ３４} over
     * {@code 数量 １３１ ６６ ７}, 147 131 66 _ 1 2 347 on the page, read 147 _ _ _ 1 2 with no finding).
     */
    private static void doubtShort(List<PrintedLine> lines, ValueParser parser, Predicate<String> namesRow,
                                   Map<PrintedLine, Boolean> consumed, Map<PrintedLine, List<GridCell>> rebuilt,
                                   Map<GridCell, GridCell> doubted, int width, Predicate<List<BigDecimal>> identity) {
        for (int r = 0; r < lines.size(); r++) {
            PrintedLine line = lines.get(r);
            if (!line.values() || rebuilt.containsKey(line) || consumed.containsKey(line)
                    || !rowLine(line, parser, namesRow) || complete(line, parser, width, identity, true)) {
                continue;
            }
            List<GridCell> own = sortedValues(line, parser);
            if (own.stream().anyMatch(doubted::containsKey)) {
                Optional<GridCell> other = own.size() < width ? notPiece(lines, r, own, parser, namesRow) : Optional.empty();
                if (other.isPresent()) {
                    rebuilt.put(line, doubted(line, parser, doubted, "'" + other.get().text().strip() + "' ("
                            + other.get().where().render() + ") stands on the line next to this row's and is no "
                            + "piece of its figures: the row's figures may be printed at two heights, so its "
                            + "blank cells may not be blank and which row that figure belongs to is not established"));
                }
                continue;
            }
            for (int k : new int[] {r - 1, r + 1}) {
                if (k < 0 || k >= lines.size()) {
                    continue;
                }
                PrintedLine other = lines.get(k);
                if (!other.values() || consumed.containsKey(other) || rebuilt.containsKey(other)
                        || startsItem(other, parser)) {
                    continue;
                }
                List<GridCell> theirs = sortedValues(other, parser);
                // a line that names a row counts only when its figures fill exactly this row's blank
                // columns: a group's label may name a row of the other form ((六)其他 is 2019's row
                // other, and 2021's group of 1.申请人无正当理由…, whose other figures stand beside it)
                if (labelled(other, parser, namesRow) && (own.size() + theirs.size() != width
                        || theirs.stream().anyMatch(c -> own.stream().anyMatch(o -> o.span().get().overlaps(c.span().get()))))) {
                    continue;
                }
                Optional<GridCell> beside = theirs.stream()
                        .filter(c -> own.stream().noneMatch(o -> o.span().get().overlaps(c.span().get())))
                        .findFirst();
                if (beside.isPresent() && !own.isEmpty()) {
                    rebuilt.put(line, doubted(line, parser, doubted, "'" + beside.get().text().strip() + "' ("
                            + beside.get().where().render() + ") stands on the line next to this "
                            + "row's, in a column where this row prints nothing: the row's figures may be printed at "
                            + "two heights, so its blank cells may not be blank and which row those values belong "
                            + "to is not established"));
                    break;
                }
            }
        }
    }

    /**
     * A figure on a line next to row line {@code r} (a line of figures no row names) that cannot be a
     * piece of the row's own cut figures: one standing in none of their columns, a blank mark, or one
     * that would make a stacked number start with 0 ({@code 0} over {@code 0}: pdftotext prints two
     * cells' zeros one column apart when the row's figures stand at two heights). Such a figure is a
     * cell of this row at another height or of the row beyond; the layout does not say which.
     */
    private static Optional<GridCell> notPiece(List<PrintedLine> lines, int r, List<GridCell> own, ValueParser parser,
                                               Predicate<String> namesRow) {
        for (int k : new int[] {r - 1, r + 1}) {
            if (k < 0 || k >= lines.size() || !lines.get(k).values() || rowLine(lines.get(k), parser, namesRow)) {
                continue;
            }
            for (GridCell c : sortedValues(lines.get(k), parser)) {
                List<GridCell> under = own.stream().filter(o -> o.span().get().overlaps(c.span().get())).toList();
                String top = (k < r ? c : under.isEmpty() ? c : under.get(0)).text().strip();
                if (under.isEmpty() || !PIECE.matcher(c.text().strip()).matches() || top.startsWith("0") || top.startsWith("０")) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The line's cells, its text cells noted as not placed: whichever of them the mapper takes for
     * the row's label (a group's label may stand before it), the whole row is flagged.
     */
    private static List<GridCell> doubted(PrintedLine line, ValueParser parser, Map<GridCell, GridCell> cut, String why) {
        return line.cells().stream().map(c -> !c.spanned() && !c.isBlank() && !parser.isValue(c.text())
                ? c.noted(CellNote.unplaced(why)) : cut.getOrDefault(c, c)).toList();
    }

    /**
     * The value cells of labelled lines read as printed that may be cut, each with a note naming the
     * pieces: a labelled line whose values do not make its row (some are missing, or its identity
     * fails) and that was not joined, next to lines of digits that no row took, where a piece stands
     * in a value's character columns (or at its place in a line of as many values). Such a value is
     * never read as printed: it may be the first or last digits of its number.
     */
    private static Map<GridCell, GridCell> doubtCut(List<PrintedLine> lines, ValueParser parser, Predicate<String> namesRow,
                                                    Map<PrintedLine, Boolean> consumed,
                                                    Map<PrintedLine, List<GridCell>> rebuilt, int width,
                                                    Predicate<List<BigDecimal>> identity) {
        Map<GridCell, GridCell> doubted = new IdentityHashMap<>();
        for (int r = 0; r < lines.size(); r++) {
            PrintedLine line = lines.get(r);
            if (!line.values() || rebuilt.containsKey(line) || !labelled(line, parser, namesRow)
                    || complete(line, parser, width, identity, true)) {
                continue;
            }
            List<PrintedLine> above = new ArrayList<>(pieces(lines, r, -1, parser, namesRow, consumed, width, identity, true));
            Collections.reverse(above);
            List<PrintedLine> below = pieces(lines, r, +1, parser, namesRow, consumed, width, identity, true);
            List<GridCell> values = sortedValues(line, parser);
            for (int k = 0; k < values.size(); k++) {
                GridCell c = values.get(k);
                if (c.span().isEmpty() || !PIECE.matcher(c.text().strip()).matches()) {
                    continue;
                }
                List<GridCell> before = piecesOf(above, values, k, parser);
                List<GridCell> after = piecesOf(below, values, k, parser);
                if (before.isEmpty() && after.isEmpty()) {
                    continue;
                }
                List<GridCell> chain = new ArrayList<>(before);
                chain.add(c);
                chain.addAll(after);
                List<String> named = chain.stream().filter(p -> p != c)
                        .map(p -> "'" + p.text().strip() + "' (" + p.where().render() + ")").toList();
                String joined = String.join("", chain.stream().map(p -> p.text().strip()).toList());
                doubted.put(c, c.noted(CellNote.wrapped(c.text().strip(), String.join(", ", named)
                        + (named.size() == 1 ? " stands" : " stand") + " in its column on a line with no label"
                        + " (read together: " + joined + ")")));
            }
        }
        return doubted;
    }

    /** The pieces on the lines that stand where the {@code k}-th of a labelled line's values does. */
    private static List<GridCell> piecesOf(List<PrintedLine> near, List<GridCell> values, int k, ValueParser parser) {
        TextSpan s = values.get(k).span().orElseThrow();
        List<GridCell> out = new ArrayList<>();
        for (PrintedLine l : near) {
            List<GridCell> pieces = sortedValues(l, parser);
            List<GridCell> hit = pieces.stream().filter(p -> p.span().isPresent() && p.span().get().overlaps(s)).toList();
            if (pieces.size() == values.size()) {
                hit = List.of(pieces.get(k)); // pdftotext drifts a line of short pieces; their order stays
            }
            out.addAll(hit);
        }
        return out;
    }

    private static List<GridCell> sortedValues(PrintedLine l, ValueParser parser) {
        return l.cells().stream().filter(c -> isValueCell(c, parser) && c.span().isPresent())
                .sorted(Comparator.comparingInt(c -> c.span().orElseThrow().start())).toList();
    }

    /**
     * The row read from the band's pieces by column, when it is complete and its identity holds.
     * pdftotext places narrow glyphs by rounding, so a line of one-digit pieces ({@code 2 3 4 5 6 1})
     * under a line of two-digit ones ({@code 10 10 10 10 10 62}) drifts left a column per number:
     * besides stacking by overlapping columns, a line with as many pieces as an earlier line of the
     * band (on the same page) is stacked onto that line's pieces in order, as pdftotext also shifts
     * a line whose label runs long. When
     * both ways give a row, they must agree.
     */
    private static Optional<Reading> read(List<PrintedLine> band, PrintedLine labelled, ValueParser parser, int width,
                                          Predicate<List<BigDecimal>> identity) {
        Optional<Reading> byColumn = read(band, labelled, parser, width, identity, false);
        Optional<Reading> inOrder = read(band, labelled, parser, width, identity, true);
        if (byColumn.isPresent() && inOrder.isPresent() && !byColumn.get().texts().equals(inOrder.get().texts())) {
            return Optional.empty();
        }
        return byColumn.or(() -> inOrder);
    }

    private static Optional<Reading> read(List<PrintedLine> band, PrintedLine labelled, ValueParser parser, int width,
                                          Predicate<List<BigDecimal>> identity, boolean inOrder) {
        List<Column> columns = new ArrayList<>();
        Map<GridCell, Column> placed = new IdentityHashMap<>();
        List<List<GridCell>> earlier = new ArrayList<>();
        for (PrintedLine l : band) {
            List<GridCell> values = l.cells().stream().filter(c -> isValueCell(c, parser))
                    .sorted(Comparator.comparingInt(c -> c.span().orElseThrow().start())).toList();
            List<GridCell> under = inOrder ? earlier.stream().filter(e -> !values.isEmpty() && e.size() == values.size()
                    && samePage(e.get(0), values.get(0))).findFirst().orElse(null) : null;
            for (int k = 0; k < values.size(); k++) {
                GridCell c = values.get(k);
                TextSpan s = c.span().orElseThrow();
                if (under != null) {
                    placed.get(under.get(k)).add(s, c);
                    placed.put(c, placed.get(under.get(k)));
                    continue;
                }
                List<Column> hit = columns.stream().filter(col -> col.overlaps(s)).toList();
                if (hit.size() > 1) {
                    return Optional.empty();
                }
                Column col = hit.isEmpty() ? new Column(s, c) : hit.get(0);
                if (hit.isEmpty()) {
                    columns.add(col);
                } else {
                    col.add(s, c);
                }
                placed.put(c, col);
            }
            earlier.add(values);
        }
        if (columns.size() != width) {
            return Optional.empty();
        }
        columns.sort(Comparator.comparingInt(col -> col.start));
        List<BigDecimal> values = new ArrayList<>();
        List<GridCell> cells = new ArrayList<>();
        for (Column col : columns) {
            if (col.pieces.size() > 1 && !col.pieces.stream().allMatch(p -> PIECE.matcher(p.text().strip()).matches())) {
                return Optional.empty();
            }
            String text = String.join("", col.pieces.stream().map(p -> p.text().strip()).toList());
            if (!(parser.parse(text).value() instanceof CellValue.Numeric n)) {
                return Optional.empty();
            }
            if (col.pieces.size() > 1 && text.length() > 1 && (text.charAt(0) == '0' || text.charAt(0) == '０')) {
                // no count is printed with a leading zero: a 0 over a 7 is two rows' cells, not 07
                return Optional.empty();
            }
            values.add(n.value());
            GridCell first = col.pieces.get(0);
            cells.add(GridCell.at(text, first.where(), new TextSpan(col.page, col.start, col.end)));
        }
        // lines joined in must continue a number somewhere: lines whose values all stand alone in
        // columns of their own may be another row's
        if (band.size() > 1 && columns.stream().noneMatch(col -> col.pieces.size() > 1)) {
            return Optional.empty();
        }
        // a zero standing alone on a line of pieces adds nothing to any sum: the identity cannot
        // tell it from another row's value filling a blank cell, so it proves nothing
        for (int k = 0; k < columns.size(); k++) {
            Column col = columns.get(k);
            if (values.get(k).signum() == 0 && col.pieces.stream().noneMatch(p -> labelled.cells().contains(p))) {
                return Optional.empty();
            }
        }
        if (!identity.test(values)) {
            return Optional.empty();
        }
        return Optional.of(new Reading(band, cells, cells.stream().map(GridCell::text).toList(),
                columns.stream().allMatch(col -> col.pieces.size() > 1)));
    }

    /**
     * The lines of pieces next to line {@code r}, nearest first, up to a line that names a row; with
     * {@code wholeRows}, lines whose values make a whole row by themselves too.
     */
    private static List<PrintedLine> pieces(List<PrintedLine> lines, int r, int step, ValueParser parser,
                                            Predicate<String> namesRow, Map<PrintedLine, Boolean> consumed, int width,
                                            Predicate<List<BigDecimal>> identity, boolean wholeRows) {
        List<PrintedLine> out = new ArrayList<>();
        int text = 0;
        for (int k = r + step; k >= 0 && k < lines.size() && out.size() < MAX_LINES; k += step) {
            PrintedLine l = lines.get(k);
            if (rowLine(l, parser, namesRow) || consumed.containsKey(l)) {
                break;
            }
            if (!l.values()) {
                if (++text > MAX_TEXT_LINES) {
                    break; // a header, or the text before the table
                }
                continue; // the rest of a wrapped label, text only
            }
            boolean pieces = l.cells().stream().filter(c -> isValueCell(c, parser))
                    .allMatch(c -> c.span().isPresent() && PIECE.matcher(c.text().strip()).matches());
            // a line that is a whole row by itself is one: two rows stacked digit by digit keep
            // the identity too (111 … 681 over 121 … 741 reads 111121 … 681741)
            if (!pieces || !wholeRows && complete(l, parser, width, identity, false)) {
                break;
            }
            out.add(l);
        }
        return out;
    }

    /**
     * True when a text cell of the line begins a numbered item ({@code 2.其他法律}): the
     * first line of another row's label, whether or not its first line names the row by itself. Its
     * values are that row's, never a piece of this one's: a borderless print that sets a row's
     * figures at two heights puts the next row's first line of figures under this row's second,
     * column for column, and two rows that each keep the identity still keep it stacked digit by
     * digit ({@code 5 95 0 0 0 0 100} over {@code 0 0 2 0 0 7 9} read {@code 50 950 02 … 1009}).
     */
    private static boolean startsItem(PrintedLine l, ValueParser parser) {
        return l.cells().stream().anyMatch(c -> !c.spanned() && !c.isBlank() && !parser.isValue(c.text())
                && ITEM.matcher(LabelText.nfkc(c.text()).strip()).find());
    }

    /** A line that names a row or starts a numbered item's label: a row's own line, never a piece of another's. */
    private static boolean rowLine(PrintedLine l, ValueParser parser, Predicate<String> namesRow) {
        return labelled(l, parser, namesRow) || startsItem(l, parser);
    }

    private static boolean labelled(PrintedLine l, ValueParser parser, Predicate<String> namesRow) {
        return l.cells().stream().anyMatch(c -> !c.spanned() && !c.isBlank() && !parser.isValue(c.text())
                && namesRow.test(c.text()));
    }

    /**
     * True when the line's own values already fill the row and keep its identity; with
     * {@code unplaceable}, also when they cannot be read by column (a value without columns, a blank mark).
     */
    private static boolean complete(PrintedLine l, ValueParser parser, int width, Predicate<List<BigDecimal>> identity,
                                    boolean unplaceable) {
        List<GridCell> values = l.cells().stream().filter(c -> isValueCell(c, parser)).toList();
        if (values.stream().anyMatch(c -> c.span().isEmpty())) {
            return unplaceable;
        }
        if (values.size() != width) {
            return false;
        }
        List<BigDecimal> numbers = new ArrayList<>();
        for (GridCell c : values) {
            if (!(parser.parse(c.text()).value() instanceof CellValue.Numeric n)) {
                return unplaceable;
            }
            numbers.add(n.value());
        }
        return identity.test(numbers);
    }

    private static void addRow(List<SourceRow> out, List<GridCell> cells, SourceRow from) {
        if (!cells.isEmpty()) {
            out.add(new SourceRow(cells, from.positions()));
        }
    }

    private static boolean samePage(GridCell a, GridCell b) {
        return a.span().orElseThrow().page() == b.span().orElseThrow().page();
    }

    private static boolean isValueCell(GridCell c, ValueParser parser) {
        return !c.spanned() && !c.isBlank() && parser.isValue(c.text());
    }

    /** The pieces of one column of the row, top to bottom, and the columns they stand in. */
    private static final class Column {
        private final int page;
        private int start;
        private int end;
        private final List<GridCell> pieces = new ArrayList<>();

        Column(TextSpan s, GridCell c) {
            this.page = s.page();
            this.start = s.start();
            this.end = s.end();
            pieces.add(c);
        }

        boolean overlaps(TextSpan s) {
            return s.page() == page && s.start() < end && start < s.end();
        }

        void add(TextSpan s, GridCell c) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
            pieces.add(c);
        }
    }

    /** A joined row: the lines it was read from, its cells in column order and their texts. */
    private record Reading(List<PrintedLine> band, List<GridCell> cells, List<String> texts, boolean everyColumnStacked) {
    }

    /**
     * Two interleaved lines of one row with the cut pieces stacked onto their figures: the lines
     * taken into the row (the row's own line aside) and its cells in column order.
     */
    private record Joined(List<PrintedLine> lines, List<GridCell> cells) {

        /** The row's values, a blank mark counted as nothing in the identity. */
        List<BigDecimal> numbers(ValueParser parser) {
            List<BigDecimal> out = new ArrayList<>();
            for (GridCell c : cells) {
                CellValue v = parser.parse(c.text()).value();
                if (v instanceof CellValue.Numeric n) {
                    out.add(n.value());
                } else if (v instanceof CellValue.Blank) {
                    out.add(BigDecimal.ZERO);
                }
            }
            return out;
        }
    }
}
