package org.nianbao.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/**
 * Row labels of space-aligned text put back together by character column when the label cell
 * wrapped around its values. A label cell taller than its row's values prints its lines above and
 * below the line that holds the values, which may carry another cell's text instead (the group's
 * label, itself wrapped), as {@code pdftotext -layout} prints Chromium's PDF:
 * <pre>
 *                      2.其他法律行政法
 *           （三）不予                341     342    343 …
 *                      规禁止公开
 * </pre>
 * The pieces standing at the same character column (start within one column, same page) on the
 * text-only lines just above and below, with the value line's own text at that column if any,
 * are joined top to bottom, and the join is taken only when it is exactly one row's label: the
 * columns prove the pieces are one cell, the exact label that the cell is this row's.
 */
final class WrappedLabels {

    /**
     * The most lines of a label above or below its values' line: a label centred on its values and
     * wrapped over thirteen lines, or one printed from the top of its cell (LibreOffice's PDF of a
     * Word table) over seven.
     */
    private static final int MAX_PARTS = 3;

    /** How far right of its column the value line's own piece of a label may stand (display columns). */
    private static final int OWN_LINE_SHIFT = 3;

    private WrappedLabels() {
    }

    /**
     * The rows with each value line whose label is not exact given the label its column's
     * fragments make, and those fragments taken out of the lines they stood on.
     *
     * @param exactRow the row an exact label names, if it names one
     */
    static List<SourceRow> join(List<SourceRow> rows, ValueParser parser, Function<String, Optional<String>> exactRow) {
        Map<GridCell, GridCell> replaced = new IdentityHashMap<>();
        Map<GridCell, Boolean> consumed = new IdentityHashMap<>();
        Map<SourceRow, GridCell> inserted = new IdentityHashMap<>();
        List<PrintedLine> lines = PrintedLine.of(rows, parser);
        for (int r = 0; r < lines.size(); r++) {
            SourceRow row = lines.get(r).row();
            if (!hasNumber(row, parser) || ownLabelExact(row, parser, exactRow)) {
                continue;
            }
            List<GridCell> above = fragmentsAround(lines, r, -1, parser, consumed);
            List<GridCell> below = fragmentsAround(lines, r, +1, parser, consumed);
            List<Join> joins = new ArrayList<>();
            for (GridCell anchor : concat(above, below)) {
                joinAt(anchor.span().orElseThrow(), lines, r, parser, consumed, exactRow).ifPresent(joins::add);
            }
            Optional<Join> found = rowColumn(joins);
            if (found.isEmpty()) {
                continue;
            }
            Join j = found.get();
            for (GridCell part : j.parts()) {
                consumed.put(part, true);
            }
            if (j.own() != null) {
                consumed.remove(j.own());
                replaced.put(j.own(), j.label());
            } else {
                inserted.put(row, j.label());
            }
        }
        if (consumed.isEmpty()) {
            return rows;
        }
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            List<GridCell> cells = new ArrayList<>();
            GridCell label = inserted.get(row);
            for (GridCell c : row.cells()) {
                if (label != null && parser.isValue(c.text()) && !c.isBlank()) {
                    cells.add(label); // the label stands before the row's first value
                    label = null;
                }
                if (!consumed.containsKey(c)) {
                    cells.add(replaced.getOrDefault(c, c));
                }
            }
            if (!cells.isEmpty()) {
                out.add(new SourceRow(cells, row.positions()));
            }
        }
        return out;
    }

    /**
     * The one row the joins name; where they name several, the join of the label column right of
     * every other join's: a row's label column is the rightmost, the columns left of it hold group
     * labels (（六）其 / 他处理 beside 2.申请人… / 费用、… / 公开申请, each wrapped, makes the 2019 row
     * 其他处理 in the group's column). Empty when none, or when no join stands right of the others.
     */
    private static Optional<Join> rowColumn(List<Join> joins) {
        if (joins.stream().map(Join::row).distinct().count() <= 1) {
            return joins.stream().findFirst();
        }
        Join right = joins.stream().max(Comparator.comparingInt(j -> j.label().span().get().start())).orElseThrow();
        int start = right.label().span().get().start();
        boolean alone = joins.stream().filter(j -> !j.row().equals(right.row()))
                .allMatch(j -> j.label().span().get().end() <= start);
        return alone ? Optional.of(right) : Optional.empty();
    }

    /**
     * The label the pieces at column {@code at} make around value line {@code r}: the fewest
     * pieces above, then below, that join into an exact row label.
     */
    private static Optional<Join> joinAt(TextSpan at, List<PrintedLine> rows, int r, ValueParser parser,
                                         Map<GridCell, Boolean> consumed,
                                         Function<String, Optional<String>> exactRow) {
        List<GridCell> up = column(rows, r, -1, at, parser, consumed);
        List<GridCell> down = column(rows, r, +1, at, parser, consumed);
        // pdftotext pushes the value line's piece right when a group label stands before it on that
        // line ((四)无 1、本机关不掌握相 / 法提供 关政府信息 7 …): a few columns off still counts there
        GridCell own = rows.get(r).row().cells().stream()
                .filter(c -> fragment(c, parser) && c.span().get().page() == at.page()
                        && Math.abs(c.span().get().start() - at.start()) <= OWN_LINE_SHIFT)
                .min(Comparator.comparingInt(c -> Math.abs(c.span().get().start() - at.start()))).orElse(null);
        for (int total = 1; total <= up.size() + down.size(); total++) {
            for (int a = Math.min(total, up.size()); a >= 0; a--) {
                int b = total - a;
                if (b > down.size()) {
                    continue;
                }
                List<GridCell> parts = new ArrayList<>();
                for (int k = a - 1; k >= 0; k--) {
                    parts.add(up.get(k));
                }
                if (own != null) {
                    parts.add(own);
                }
                parts.addAll(down.subList(0, b));
                String text = String.join("\n", parts.stream().map(c -> c.text().strip()).toList());
                Optional<String> row = exactRow.apply(text);
                if (row.isPresent()) {
                    GridCell first = parts.get(0);
                    int start = parts.stream().mapToInt(c -> c.span().get().start()).min().orElseThrow();
                    int end = parts.stream().mapToInt(c -> c.span().get().end()).max().orElseThrow();
                    GridCell label = GridCell.at(text, first.where(), new TextSpan(at.page(), start, end));
                    List<GridCell> taken = new ArrayList<>(parts);
                    return Optional.of(new Join(row.get(), label, taken, own));
                }
            }
        }
        return Optional.empty();
    }

    /** The pieces at column {@code at} on the text-only lines next to line {@code r}, nearest first. */
    private static List<GridCell> column(List<PrintedLine> rows, int r, int step, TextSpan at, ValueParser parser,
                                         Map<GridCell, Boolean> consumed) {
        List<GridCell> out = new ArrayList<>();
        for (int k = r + step, n = 0; k >= 0 && k < rows.size() && out.size() < MAX_PARTS && n < 2 * MAX_PARTS;
             k += step, n++) {
            PrintedLine line = rows.get(k);
            if (line.values()) {
                break;
            }
            List<GridCell> here = line.cells().stream()
                    .filter(c -> fragment(c, parser) && !consumed.containsKey(c) && sameColumn(c.span().get(), at))
                    .toList();
            if (here.size() > 1) {
                break;
            }
            if (here.isEmpty()) {
                // a line of the group's label wrapped beside it, left of the row labels' column, is
                // passed; text right of it is the rest of another label: a piece past it is not this
                // row's ((六)其 / 他处理 under 1.申请人… / 关不再处理… is a group label, not a row)
                boolean leftOnly = line.cells().stream().filter(c -> fragment(c, parser))
                        .allMatch(c -> c.span().get().start() < at.start());
                if (!leftOnly) {
                    break;
                }
                continue;
            }
            out.add(here.get(0));
        }
        return out;
    }

    /** Every fragment on the text-only lines next to line {@code r} (up to the next line with a value). */
    private static List<GridCell> fragmentsAround(List<PrintedLine> rows, int r, int step, ValueParser parser,
                                                  Map<GridCell, Boolean> consumed) {
        List<GridCell> out = new ArrayList<>();
        for (int k = r + step, n = 0; k >= 0 && k < rows.size() && n < 2 * MAX_PARTS; k += step, n++) {
            if (rows.get(k).values()) {
                break;
            }
            rows.get(k).cells().stream().filter(c -> fragment(c, parser) && !consumed.containsKey(c)).forEach(out::add);
        }
        return out;
    }

    private static boolean ownLabelExact(SourceRow row, ValueParser parser,
                                         Function<String, Optional<String>> exactRow) {
        return row.cells().stream().anyMatch(c -> !c.spanned() && !c.isBlank() && !parser.isValue(c.text())
                && exactRow.apply(c.text()).isPresent());
    }

    private static boolean hasNumber(SourceRow row, ValueParser parser) {
        return row.cells().stream().anyMatch(c -> !c.spanned() && parser.parse(c.text()).isNumber());
    }

    private static boolean fragment(GridCell c, ValueParser parser) {
        return c.span().isPresent() && !c.spanned() && !c.isBlank() && !parser.isValue(c.text());
    }

    private static boolean sameColumn(TextSpan a, TextSpan b) {
        return a.page() == b.page() && Math.abs(a.start() - b.start()) <= 1;
    }

    private static List<GridCell> concat(List<GridCell> a, List<GridCell> b) {
        List<GridCell> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A label joined from pieces; {@code own} is the value line's own piece, when one is part of it. */
    private record Join(String row, GridCell label, List<GridCell> parts, GridCell own) {
    }
}
