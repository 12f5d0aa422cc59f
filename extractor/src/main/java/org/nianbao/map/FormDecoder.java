package org.nianbao.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.model.CellValue;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

/**
 * Decodes the rows of one flattened table against the form (docs/decoder.md). The form fixes how
 * many columns a row has; a flattening may have lost the blank cells, so a row's values could sit
 * in several columns. Every way of placing the row's values in order into its columns is a
 * <em>reading</em>; the decoder keeps the readings that agree with all the evidence there is:
 * <ol>
 *   <li>where the layout kept positions: in space-aligned text the character columns of the
 *       table's fully filled rows on the same page ({@link #anchors}); in text that kept blank
 *       cells (tabs, blank paragraphs) the window of consecutive cells the values stand in;</li>
 *   <li>the identity of the row ({@code 自然人 + … + 其他 = 总计}, {@code 维持 + 纠正 + 其他 + 尚未审结 =
 *       总计}), when some reading satisfies it (a source can be inconsistent itself).</li>
 * </ol>
 * One reading left is accepted. With several, the cells they agree on are read, and each cell where
 * they differ is flagged, naming its alternatives; its value is the one the layout suggests
 * ({@link RowFit}) when that reading survived, else that of the surviving reading nearest it.
 */
final class FormDecoder {

    /** Character columns a value may stray from its column's anchor and still be read as in it. */
    private static final int TOLERANCE = 1;
    /** Character columns between the same edges of two columns, at least: a value and a space. */
    private static final int MIN_APART = 2;
    /** Rows short of figures a page needs before its full rows' columns are doubted for fitting too few of them. */
    private static final int MIN_ROWS_TO_DOUBT = 4;
    /** Readings beyond this many are not enumerated (C(15, 7) = 6435 is the largest the form needs). */
    private static final int MAX_READINGS = 20_000;
    /** A figure's digits with no sign, point or mark: what a run of a Word figure prints. */
    private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9０-９]+");

    private final ValueParser parser;
    private final List<Anchor> anchors;
    private final boolean uniform;
    /** The value cells (blank ones included) of the table's rows of numbers, where cells kept no columns. */
    private final List<Width> widths;
    /** Whether another table of the same text showed that it loses blank cells ({@link #losesBlanks}). */
    private final boolean blanksLostElsewhere;

    private FormDecoder(ValueParser parser, List<Anchor> anchors, boolean uniform, List<Width> widths,
                        boolean blanksLostElsewhere) {
        this.parser = parser;
        this.anchors = List.copyOf(anchors);
        this.uniform = uniform;
        this.widths = List.copyOf(widths);
        this.blanksLostElsewhere = blanksLostElsewhere;
    }

    /**
     * The identity of a row of the form (templates.md): for each row, its parts add up to its
     * 总计 (requests-applicants, appeals-sum); blank counts 0.
     *
     * @param rows the row of each value position (one row for a row of table 三)
     * @param columns the column of each value position; a row without {@code total} is not checked
     */
    static Predicate<List<BigDecimal>> totals(List<String> rows, List<String> columns) {
        return values -> {
            Map<String, BigDecimal> parts = new LinkedHashMap<>();
            Map<String, BigDecimal> totals = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                (columns.get(i).equals("total") ? totals : parts).merge(rows.get(i), values.get(i), BigDecimal::add);
            }
            return totals.entrySet().stream()
                    .allMatch(t -> parts.getOrDefault(t.getKey(), BigDecimal.ZERO).compareTo(t.getValue()) == 0);
        };
    }

    /**
     * Learns the column positions of a table from its rows whose every value kept its columns.
     *
     * @param uniform true when every row of the table has the same columns (tables 三 and 四), so
     *     the values of all its rows may be grouped into columns; false for table 二, whose blocks
     *     each have columns of their own
     */
    static FormDecoder learn(List<SourceRow> rows, ValueParser parser, boolean uniform) {
        return learn(rows, parser, uniform, false);
    }

    /**
     * @param blanksLostElsewhere whether another table of the same text shows that the text loses
     *     blank cells ({@link #losesBlanks}): table 二's blocks of one to three columns rarely show it
     */
    static FormDecoder learn(List<SourceRow> rows, ValueParser parser, boolean uniform, boolean blanksLostElsewhere) {
        List<Anchor> anchors = new ArrayList<>();
        List<Width> widths = new ArrayList<>();
        for (SourceRow row : rows) {
            List<GridCell> cells = row.cells();
            List<GridCell> tail = tail(cells, parser);
            if (tail.stream().noneMatch(c -> c.span().isPresent()) && tail.stream().anyMatch(c -> parser.parse(c.text()).isNumber())) {
                widths.add(new Width(tail.size(), tail.get(tail.size() - 1).isBlank(), KeptBlanks.shownBy(tail),
                        tail.stream().filter(c -> !c.isBlank()).map(c -> line(c.where())).distinct().count()
                                == tail.stream().filter(c -> !c.isBlank()).count()));
            }
            int i = cells.size();
            while (i > 0 && !cells.get(i - 1).spanned() && parser.isValue(cells.get(i - 1).text())
                    && cells.get(i - 1).span().isPresent()) {
                i--;
            }
            List<TextSpan> spans = cells.subList(i, cells.size()).stream()
                    .filter(c -> !c.isBlank()).map(c -> c.span().orElseThrow()).toList();
            if (!spans.isEmpty() && spans.stream().allMatch(s -> s.page() == spans.get(0).page())) {
                Optional<TextSpan> label = i > 0 ? cells.get(i - 1).span() : Optional.empty();
                boolean pulled = label.isPresent() && label.get().page() == spans.get(0).page()
                        && spans.get(0).start() - label.get().end() <= 1;
                anchors.add(new Anchor(line(cells.get(Math.min(i, cells.size() - 1)).where()), spans, Edge.ANY, pulled));
            }
        }
        return new FormDecoder(parser, anchors, uniform, widths, blanksLostElsewhere);
    }

    /**
     * True when rows of {@code n} columns show that their text was joined node by node with a
     * separator and loses blank cells, as a crawler's {@code get_text(separator)} does (the separator
     * after every cell's text, nothing for an empty cell): text without character columns whose rows
     * of numbers all end with an empty field (a tab) or all print each value on a line of its own (a
     * newline), one of them holding fewer than {@code n} cells, and none an empty field between two
     * values ({@link KeptBlanks}). Only text joined that way prints a figure Word wrote in two runs as
     * two fields; lynx, {@code pdftotext -raw} and html2text, which lose blank cells too, print it whole.
     */
    static boolean losesBlanks(List<SourceRow> rows, ValueParser parser, int n) {
        return learn(rows, parser, true).lostBlanks(n);
    }

    /** Whether this table's rows (or another table's, for table 二) show a crawler's separators and lost blank cells. */
    private boolean lostBlanks(int n) {
        boolean joined = !widths.isEmpty()
                && (widths.stream().allMatch(Width::emptyLast) || widths.stream().allMatch(Width::ownLines));
        boolean shortRows = widths.stream().anyMatch(w -> w.cells() - (w.emptyLast() ? 1 : 0) < n);
        return widths.stream().noneMatch(Width::keptBlank) && (blanksLostElsewhere || uniform && joined && shortRows);
    }

    /** The value cells after a row's last text cell, blank ones included. */
    static List<GridCell> tail(List<GridCell> cells, ValueParser parser) {
        int i = cells.size();
        while (i > 0 && !cells.get(i - 1).spanned() && parser.isValue(cells.get(i - 1).text())) {
            i--;
        }
        return cells.subList(i, cells.size());
    }

    /**
     * Places a row's values into its {@code n} columns.
     *
     * @param identity what a complete reading of the row must satisfy (blank counted as 0), or null
     */
    RowFit fit(List<GridCell> values, int n, Positions positions, Predicate<List<BigDecimal>> identity) {
        return readings(values, n, positions, identity).fit();
    }

    /**
     * The readings of a row that its own evidence leaves, before the column identities of its
     * table are weighed ({@link ColumnIdentities}); {@link RowReadings#fit()} settles them.
     *
     * @param identity what a complete reading of the row must satisfy (blank counted as 0), or null
     */
    RowReadings readings(List<GridCell> values, int n, Positions positions, Predicate<List<BigDecimal>> identity) {
        RowFit layout = RowFit.fit(values, n, positions, parser);
        if (positions == Positions.FLATTENED && layout.problem() == RowFit.Problem.NONE) {
            Optional<RowReadings> split = splitFigure(values, n, layout, identity);
            if (split.isPresent()) {
                return split.get();
            }
        }
        if (positions == Positions.FLATTENED && (layout.problem() == RowFit.Problem.TOO_MANY
                || layout.problem() == RowFit.Problem.NONE && !settled(layout, identity).consistent())) {
            // more values than columns, or a row that breaks its identity as printed: a figure may go on on the next line
            Optional<RowReadings> cut = cutAcrossLines(values, n, layout, identity);
            if (cut.isPresent()) {
                return cut.get();
            }
        }
        // only flattened rows are decoded: exact ones need no decoding, and rows a reader placed
        // against the form itself (Positions.PLACED) are not decoded a second time; values run
        // together hold an unknown number of cells, so no reading of the row can be counted
        if (positions != Positions.FLATTENED || layout.problem() == RowFit.Problem.NONE
                || layout.problem() == RowFit.Problem.TOO_MANY || RowFit.glued(values, parser).isPresent()) {
            return settled(layout, identity);
        }
        // an explicit blank mark (—, /) is a cell the source wrote: it takes a column like a number
        List<GridCell> filled = values.stream().filter(c -> !c.isBlank()).toList();
        if (filled.isEmpty() || filled.size() > n || choose(n, filled.size()) > MAX_READINGS) {
            return settled(layout, identity);
        }
        List<int[]> readings = byPosition(values, filled, n);
        if (identity != null && readings.stream().noneMatch(r -> identity.test(numbers(r, filled, n)))) {
            // the positions contradict the identity while other placements may satisfy it: a column
            // measure that does not fit this text (display width against characters); trust neither
            List<int[]> all = placements(n, filled.size());
            if (all.stream().anyMatch(r -> identity.test(numbers(r, filled, n)))) {
                readings = all;
            }
        }
        boolean consistent = true;
        if (identity != null) {
            List<int[]> holding = readings.stream().filter(r -> identity.test(numbers(r, filled, n))).toList();
            if (holding.isEmpty() && readings.size() > 1) {
                // no placement of the values satisfies the identity: more than blank cells was lost
                // (a value cut off, a source that is inconsistent), so the row cannot be decoded,
                // unless a figure went on on the next line
                return cutAcrossLines(values, n, layout, identity).orElseGet(() -> settled(layout, identity));
            }
            consistent = !holding.isEmpty();
            readings = holding.isEmpty() ? readings : holding;
        }
        List<Optional<List<BigDecimal>>> numbers = new ArrayList<>();
        for (int[] r : readings) {
            numbers.add(strictNumbers(r, filled, n));
        }
        return RowReadings.open(layout, filled, readings, numbers,
                "the layout" + (identity == null ? "" : " and the row's identity"), consistent);
    }

    /**
     * The readings of a row in text without positions or kept blank cells where a figure may have
     * gone on on the next line ({@link FiguresCutAcrossLines}); empty when there is no such text,
     * no identity to prove a join, or no reading keeps it.
     */
    private Optional<RowReadings> cutAcrossLines(List<GridCell> values, int n, RowFit layout,
                                                 Predicate<List<BigDecimal>> identity) {
        if (identity == null || values.stream().anyMatch(c -> c.span().isPresent() || c.isBlank())
                || RowFit.glued(values, parser).isPresent()) {
            return Optional.empty();
        }
        return FiguresCutAcrossLines.readings(values, n, layout, parser, identity);
    }

    /**
     * The readings of a row whose count fits only if no blank cell was lost, in text that loses
     * them and keeps no columns: a crawler that joins a page's text nodes with a separator prints
     * a figure Word wrote as two runs ({@code <span>1</span><span>2</span>}, 12) as two fields, and
     * with a blank cell of the row lost the count still fits ({@code 规章 1 2 14} for blank, 12, 14).
     * Each pair of neighbouring fields of plain digits (the first not a lone 0) may be one figure,
     * placed with a blank in any column; the readings the row's identity allows besides the row as
     * printed make its cells doubtful where they differ. Empty when the row is not in doubt.
     */
    private Optional<RowReadings> splitFigure(List<GridCell> values, int n, RowFit layout,
                                              Predicate<List<BigDecimal>> identity) {
        List<GridCell> printed = values.stream().filter(c -> !c.isBlank()).toList();
        if (printed.size() != n || n < 2 || values.stream().anyMatch(c -> c.span().isPresent()) || !lostBlanks(n)) {
            return Optional.empty();
        }
        List<GridCell> filled = new ArrayList<>(printed);
        List<int[]> readings = new ArrayList<>();
        int[] asPrinted = new int[n];
        Arrays.setAll(asPrinted, i -> i);
        readings.add(asPrinted);
        for (int i = 0; i + 1 < n; i++) {
            String a = printed.get(i).text().strip();
            String b = printed.get(i + 1).text().strip();
            if (!PLAIN_DIGITS.matcher(a).matches() || !PLAIN_DIGITS.matcher(b).matches() || a.startsWith("0")) {
                continue;
            }
            filled.add(new GridCell(a + b, printed.get(i).where(), false, printed.get(i).notes()));
            int joined = filled.size() - 1;
            for (int[] p : placements(n, n - 1)) {
                int[] r = new int[n];
                for (int col = 0; col < n; col++) {
                    // the n - 1 values: those before the pair, the joined figure, those after it
                    r[col] = p[col] < 0 ? -1 : p[col] < i ? p[col] : p[col] == i ? joined : p[col] + 1;
                }
                if (identity == null || identity.test(numbers(r, filled, n))) {
                    readings.add(r);
                }
            }
        }
        if (readings.size() == 1) {
            return Optional.empty();
        }
        List<Optional<List<BigDecimal>>> numbers = readings.stream().map(r -> strictNumbers(r, filled, n)).toList();
        return Optional.of(RowReadings.open(layout, filled, n, readings, numbers, "the layout" + (identity == null ? ""
                : " and the row's identity") + ", in text that loses blank cells, where two fields of digits may be one"
                + " figure split in two runs with a blank cell of the row lost",
                identity == null || identity.test(numbers(asPrinted, filled, n))));
    }

    /** A row the decoder leaves as the layout read it, with its numbers when it was read completely. */
    private RowReadings settled(RowFit layout, Predicate<List<BigDecimal>> identity) {
        Optional<List<BigDecimal>> values = Optional.empty();
        if (layout.problem() == RowFit.Problem.NONE) {
            List<GridCell> cells = layout.cells().stream().map(c -> c.orElse(null)).toList();
            int[] all = new int[cells.size()];
            Arrays.setAll(all, i -> cells.get(i) == null ? -1 : i);
            values = cells.contains(null) ? Optional.empty() : strictNumbers(all, cells, all.length);
        }
        boolean consistent = identity == null || values.map(identity::test).orElse(true);
        return RowReadings.settled(layout, values, consistent);
    }

    /**
     * The readings the layout's positions allow: by character column against the nearest fully
     * filled rows on the same page; by the window of consecutive cells where blank cells were kept;
     * else every placement in order.
     */
    private List<int[]> byPosition(List<GridCell> values, List<GridCell> filled, int n) {
        List<int[]> all = placements(n, filled.size());
        if (filled.stream().allMatch(c -> c.span().isPresent())) {
            Set<String> seen = new LinkedHashSet<>();
            List<int[]> out = new ArrayList<>();
            boolean unfit = false;
            for (Anchor a : nearest(filled, n)) {
                int[] r = assign(filled, a, n);
                unfit |= r == null;
                if (r != null && seen.add(Arrays.toString(r))) {
                    out.add(r);
                }
            }
            // the full rows above and below stand in other columns, and the row fits one only: the layout
            // changed between them (pages glued by `pdftotext -layout -nopgbrk`, each laid out on its own
            // grid), and a row short of figures may fit the other page's columns by chance (red team 18b:
            // a 125 % print's continuation row read by the next page's full row, 78 a column right)
            return out.isEmpty() || unfit || !columnsHold(filled.get(0).span().orElseThrow().page(), n) ? all : out;
        }
        // one row is no evidence of a consistent grid: a table 四 printed as one line of fifteen is not
        boolean grid = uniform && widths.size() >= 2 && widths.stream().allMatch(w -> w.fits(n));
        // a separator after a row's last cell (a crawler's trailing tab) shows as one more empty cell;
        // where the table has such rows, a row of n cells ending empty may be n - 1 and that separator,
        // a blank cell lost elsewhere; not where the table's rows print empty fields between values:
        // that flattening keeps every blank cell (docs/decoder.md, "Blank cells kept")
        boolean keepsBlanks = widths.stream().anyMatch(Width::keptBlank);
        boolean separators = !keepsBlanks && widths.stream().anyMatch(w -> w.cells() == n + 1);
        // text that keeps its blank cells keeps them in every row: a row of n cells holds its n columns even
        // where other rows' counts do not fit (Debian html2text: a row whose cut label left text among its
        // values, so that its values after it are fewer)
        boolean consistent = (grid || keepsBlanks) && (values.size() == n && !(separators && values.get(n - 1).isBlank())
                || values.size() == n + 1 && values.get(n).isBlank());
        if ((values.size() > n || consistent) && values.stream().noneMatch(c -> c.span().isPresent())) {
            // blank cells were kept: the row's columns are n consecutive cells holding every value;
            // where every row of numbers in the table has exactly n cells (and at most a separator
            // after them), they stand where the source put them
            List<int[]> out = new ArrayList<>();
            for (int k = 0; k + n <= (consistent ? n : values.size()); k++) {
                int[] r = new int[n];
                int f = 0;
                for (int col = 0; col < n; col++) {
                    GridCell c = values.get(k + col);
                    r[col] = c.isBlank() ? -1 : indexOf(filled, c);
                    f += r[col] >= 0 ? 1 : 0;
                }
                if (f == filled.size()) {
                    out.add(r);
                }
            }
            return out.isEmpty() ? all : out;
        }
        return all;
    }

    /**
     * Whether the page's full rows give its other rows' columns: at least half of the page's rows short of
     * figures line up with one of them, as on any page {@code pdftotext -layout} lays out. Where they do
     * not, the page's blank runs were re-spaced after it was laid out (a selection retabbed: {@code unexpand
     * -a | expand -t 4} narrows each run by its own amount), and a row of one or two figures that lines up
     * with the full row does so by chance (red team 18b: a header-less continuation page retabbed, its
     * rows read by the shifted full row's columns, sums holding).
     */
    private boolean columnsHold(int page, int n) {
        List<Anchor> full = anchors.stream().filter(a -> a.page() == page && a.spans.size() == n).toList();
        List<Anchor> rows = anchors.stream().filter(a -> a.page() == page && a.spans.size() < n).toList();
        long fit = rows.stream().filter(r -> full.stream().anyMatch(f -> assignSpans(r.spans, f, n) != null)).count();
        return full.isEmpty() || rows.size() < MIN_ROWS_TO_DOUBT || 2 * fit >= rows.size();
    }

    /**
     * A row of numbers' value cells where the layout kept no columns: how many, whether the last
     * is empty (a separator after the last cell leaves one), whether an empty field stands between
     * two values, and whether each value stands on a line of its own (one cell a paragraph).
     */
    private record Width(int cells, boolean emptyLast, boolean keptBlank, boolean ownLines) {

        /** n cells, or n and an empty one after them. */
        boolean fits(int n) {
            return cells == n || cells == n + 1 && emptyLast;
        }
    }

    /** The fully filled rows of n values nearest above and below the row, on its page. */
    private List<Anchor> nearest(List<GridCell> filled, int n) {
        int page = filled.get(0).span().orElseThrow().page();
        int line = line(filled.get(0).where());
        Optional<Anchor> above = anchors.stream().filter(a -> a.spans.size() == n && a.page() == page && a.line < line)
                .max(Comparator.comparingInt(Anchor::line));
        Optional<Anchor> below = anchors.stream().filter(a -> a.spans.size() == n && a.page() == page && a.line > line)
                .min(Comparator.comparingInt(Anchor::line));
        List<Anchor> out = new ArrayList<>();
        above.ifPresent(out::add);
        below.ifPresent(out::add);
        if (out.isEmpty() && uniform) {
            columns(page, n).ifPresent(out::add);
        }
        return out;
    }

    /**
     * When no row of the page is fully filled: the columns the values of all its rows line up in,
     * if their left edges (or else their right edges) fall into exactly n groups of equal edges.
     * Weaker evidence than a full row, so values must then share the group's edge exactly: a label
     * that overflows its cell pushes a row's values one or two columns right; and the first group
     * is not one figure {@link Anchor#pulled} next to its label.
     */
    private Optional<Anchor> columns(int page, int n) {
        if (anchors.stream().anyMatch(a -> a.page() == page && a.squeezed())) {
            // two figures one blank apart: pdftotext pushed the second right of the first's last digit, so
            // its edge is not its column's (an 80 % print's last page: `126 45`, 45 four columns left of the
            // 8 under it, the 8 then a group of its own and every figure after it a column right)
            return Optional.empty();
        }
        List<TextSpan> all = anchors.stream().filter(a -> a.page() == page).flatMap(a -> a.spans.stream()).toList();
        Set<TextSpan> pulled = anchors.stream().filter(a -> a.page() == page && a.pulled())
                .map(a -> a.spans.get(0)).collect(java.util.stream.Collectors.toSet());
        for (boolean byStart : new boolean[] {true, false}) {
            List<TextSpan> sorted = all.stream()
                    .sorted(Comparator.comparingInt(t -> byStart ? t.start() : t.end())).toList();
            List<List<TextSpan>> groups = new ArrayList<>();
            int prev = Integer.MIN_VALUE;
            for (TextSpan t : sorted) {
                int edge = byStart ? t.start() : t.end();
                if (groups.isEmpty() || edge != prev) {
                    groups.add(new ArrayList<>());
                }
                groups.get(groups.size() - 1).add(t);
                prev = edge;
            }
            // a figure left of all others, alone, one blank after its label is where a label run over its
            // cell pulled it, no column (自然人, the first, is the one most rows fill): counted as one it moved
            // every column after it one right (red team 17b: a Chromium print's header-less continuation
            // page, every sum kept); the page's rows are then in doubt
            if (groups.size() == n && apart(groups, byStart) && !(groups.get(0).size() == 1 && pulled.contains(groups.get(0).get(0)))) {
                List<TextSpan> spans = groups.stream().map(g -> g.get(g.size() / 2)).toList();
                return Optional.of(new Anchor(-1, spans, byStart ? Edge.START : Edge.END));
            }
        }
        return Optional.empty();
    }

    /**
     * True when every two groups' edges stand at least {@link #MIN_APART} columns apart, as two
     * columns' do (a value and the space between cells). Closer edges are one column's values
     * of different widths: the ends of a left-aligned 8 and 81, which looked like two columns of
     * seven and put 81 one column right ({@code pdftohtml} of a full-width Chromium print).
     */
    private static boolean apart(List<List<TextSpan>> groups, boolean byStart) {
        for (int g = 1; g < groups.size(); g++) {
            TextSpan a = groups.get(g - 1).get(0);
            TextSpan b = groups.get(g).get(0);
            if ((byStart ? b.start() - a.start() : b.end() - a.end()) < MIN_APART) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each value in the column whose anchor it lines up with (start, end or centre within the
     * tolerance, and clearly nearer that column than any other), or null when one does not.
     */
    private static int[] assign(List<GridCell> filled, Anchor a, int n) {
        return assignSpans(filled.stream().map(c -> c.span().orElseThrow()).toList(), a, n);
    }

    private static int[] assignSpans(List<TextSpan> filled, Anchor a, int n) {
        int[] r = new int[n];
        Arrays.fill(r, -1);
        int last = -1;
        for (int i = 0; i < filled.size(); i++) {
            TextSpan s = filled.get(i);
            int best = -1;
            double bestD = Double.MAX_VALUE;
            double second = Double.MAX_VALUE;
            for (int col = 0; col < n; col++) {
                TextSpan t = a.spans.get(col);
                double d = switch (a.edge()) {
                    case START -> s.start() == t.start() ? 0 : Double.MAX_VALUE / 4;
                    case END -> s.end() == t.end() ? 0 : Double.MAX_VALUE / 4;
                    case ANY -> Math.min(Math.min(Math.abs(s.start() - t.start()), Math.abs(s.end() - t.end())),
                            Math.abs(s.center() - t.center()));
                };
                if (d < bestD) {
                    second = bestD;
                    bestD = d;
                    best = col;
                } else if (d < second) {
                    second = d;
                }
            }
            if (bestD > TOLERANCE || second <= bestD + TOLERANCE || best <= last) {
                return null;
            }
            r[best] = i;
            last = best;
        }
        return r;
    }

    /** Every placement of m values in order into n columns: r[col] = index of the value, or -1. */
    static List<int[]> placements(int n, int m) {
        List<int[]> out = new ArrayList<>();
        place(new int[n], 0, 0, m, out);
        return out;
    }

    private static void place(int[] r, int col, int next, int m, List<int[]> out) {
        int n = r.length;
        if (next == m) {
            int[] done = r.clone();
            for (int c = col; c < n; c++) {
                done[c] = -1;
            }
            out.add(done);
            return;
        }
        if (n - col < m - next) {
            return;
        }
        r[col] = next;
        place(r, col + 1, next + 1, m, out);
        r[col] = -1;
        place(r, col + 1, next, m, out);
    }

    private static long choose(int n, int k) {
        long c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    private static int indexOf(List<GridCell> filled, GridCell c) {
        for (int i = 0; i < filled.size(); i++) {
            if (filled.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** A reading's numbers, blank (and anything that is not a number) counted as 0, for the row's identity. */
    private List<BigDecimal> numbers(int[] r, List<GridCell> filled, int n) {
        List<BigDecimal> out = new ArrayList<>(n);
        for (int col = 0; col < n; col++) {
            CellValue v = r[col] < 0 ? CellValue.blank() : parser.parse(filled.get(r[col]).text()).value();
            out.add(v instanceof CellValue.Numeric num ? num.value() : BigDecimal.ZERO);
        }
        return out;
    }

    private static int line(Location where) {
        return where instanceof Location.Line l ? l.line() : -1;
    }

    /** A reading's numbers, blank as 0; empty when one of its values is not a number (column identities). */
    private Optional<List<BigDecimal>> strictNumbers(int[] r, List<GridCell> filled, int n) {
        List<BigDecimal> out = new ArrayList<>(n);
        for (int col = 0; col < n; col++) {
            CellValue v = r[col] < 0 ? CellValue.blank() : parser.parse(filled.get(r[col]).text()).value();
            if (v instanceof CellValue.Unreadable) {
                return Optional.empty();
            }
            out.add(v instanceof CellValue.Numeric num ? num.value() : BigDecimal.ZERO);
        }
        return Optional.of(out);
    }

    /** A fully filled row: the line it stands on and the character columns of its values. */
    private enum Edge { ANY, START, END }

    /**
     * @param pulled whether the first value stands one blank after its row's label text, where a label
     *     run over its cell took it ({@code pdftotext -layout} keeps a single blank there; columns stand
     *     two or more apart)
     */
    private record Anchor(int line, List<TextSpan> spans, Edge edge, boolean pulled) {
        Anchor(int line, List<TextSpan> spans, Edge edge) {
            this(line, spans, edge, false);
        }

        int page() {
            return spans.get(0).page();
        }

        /** Whether two of the row's figures stand one blank apart (columns stand two or more apart). */
        boolean squeezed() {
            for (int i = 1; i < spans.size(); i++) {
                if (spans.get(i).start() - spans.get(i - 1).end() <= 1) {
                    return true;
                }
            }
            return false;
        }
    }
}
