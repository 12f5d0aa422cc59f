package org.nianbao.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;
import org.nianbao.reconstruct.text.DisplayColumns;

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

    /** An item's number within its group ({@code 3.}, {@code 1、}): a row label's start, never a group's. */
    private static final Pattern ITEM = Pattern.compile("^\\s*\\d{1,3}\\s*[.、．]");
    /**
     * A group's label, whole or cut, run together with its first item's numbering ({@code （三）不予1.属于国家秘密}: a
     * spreadsheet's print clips the group label at the item's cell, and {@code pdftotext -layout} joins the two).
     */
    private static final Pattern ITEM_AFTER_GROUP = Pattern.compile("^\\s*+[（(][一二三四五六七][）)][^0-9（(]{0,12}+\\d{1,3}\\s*+[.、．]");

    private WrappedLabels() {
    }

    /**
     * The rows with each value line whose label is not exact given the label its column's
     * fragments make, and those fragments taken out of the lines they stood on.
     *
     * @param exactRow the row an exact label names, if it names one
     * @param group true for the exact label of a group of rows (（六）其他处理)
     */
    static List<SourceRow> join(List<SourceRow> rows, ValueParser parser, Function<String, Optional<String>> exactRow,
                                Predicate<String> group) {
        Map<GridCell, GridCell> replaced = new IdentityHashMap<>();
        Pieces texts = new Pieces(parser);
        Map<SourceRow, GridCell> inserted = new IdentityHashMap<>();
        List<PrintedLine> lines = PrintedLine.of(rows, parser);
        for (int r = 0; r < lines.size(); r++) {
            SourceRow row = lines.get(r).row();
            if (!hasNumber(row, parser) || ownLabelExact(row, parser, exactRow)) {
                continue;
            }
            List<GridCell> above = fragmentsAround(lines, r, -1, parser, texts);
            List<GridCell> below = fragmentsAround(lines, r, +1, parser, texts);
            List<Join> joins = new ArrayList<>();
            for (GridCell anchor : concat(above, below)) {
                joinAt(anchor.span().orElseThrow(), lines, r, parser, texts, exactRow).ifPresent(joins::add);
            }
            Optional<Join> found = rowLabel(joins, group);
            if (found.isEmpty() || groupBesideRows(found.get(), concat(above, below), group)
                    || ownItemLeftOut(found.get(), texts.of(lines.get(r)))
                    || groupItemAboveLeftOut(found.get(), lines, r, texts)) {
                continue;
            }
            Join j = found.get();
            for (GridCell part : j.parts()) {
                if (part != j.own()) {
                    texts.take(part);
                }
            }
            if (j.own() != null) {
                texts.take(j.own());
                replaced.put(texts.printed(j.own()), j.label());
            } else {
                inserted.put(row, j.label());
            }
        }
        if (texts.isEmpty()) {
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
                texts.head(c).ifPresent(cells::add);
                if (!texts.taken(c) || replaced.containsKey(c)) {
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
     * The row the joins found name: the one they all name; or, where the others are a group's label
     * joined left of it from other pieces, the one joined right. A group label stands left of its
     * rows' labels, and 2021's group （六）其他处理 is 2019's row of that name: wrapped beside the row
     * label of 2.申请人逾期未按收费通知要求缴纳费用… ({@code （六）其他 2.申请人逾期未按收费通知要} /
     * {@code 处理 求缴纳费用、行政机关不再处理}), both columns join into a row's label. Two rows' labels
     * (二、上年结转… beside the start of （一）予以公开 in a table of narrow cells) leave the line as it was.
     */
    private static Optional<Join> rowLabel(List<Join> joins, Predicate<String> group) {
        if (joins.stream().map(Join::row).distinct().count() <= 1) {
            return joins.stream().findFirst();
        }
        int right = joins.stream().mapToInt(j -> j.column().start()).max().orElseThrow();
        List<Join> rightmost = joins.stream().filter(j -> right - j.column().start() <= 1).toList();
        List<Join> left = joins.stream().filter(j -> right - j.column().start() > 1).toList();
        boolean apart = left.stream().flatMap(j -> j.parts().stream())
                .noneMatch(p -> rightmost.stream().anyMatch(j -> j.parts().contains(p)));
        if (rightmost.stream().map(Join::row).distinct().count() > 1 || !apart
                || !left.stream().allMatch(j -> group.test(j.label().text()))) {
            return Optional.empty();
        }
        return Optional.of(rightmost.get(0));
    }

    /**
     * True when the join is a group's label (2021's （六）其他处理, which is also 2019's row of that
     * name) and pieces of another label column stand right of it around the line: the values are
     * that column's row's, whose label did not join (2021's 1.申请人无正当理由逾期不补正… wrapped over
     * seven lines beside {@code (六)其他处} / {@code 理}, its figures printed above both), never the group's.
     */
    private static boolean groupBesideRows(Join j, List<GridCell> pieces, Predicate<String> group) {
        return group.test(j.label().text()) && pieces.stream()
                .anyMatch(p -> p.span().get().page() == j.column().page() && p.span().get().start() > j.column().start() + 1
                        && !j.parts().contains(p));
    }

    /**
     * The label the pieces at column {@code at} make around value line {@code r}: the fewest
     * pieces above, then below, that join into an exact row label.
     */
    private static Optional<Join> joinAt(TextSpan at, List<PrintedLine> rows, int r, ValueParser parser,
                                         Pieces texts,
                                         Function<String, Optional<String>> exactRow) {
        List<GridCell> up = column(rows, r, -1, at, parser, texts);
        List<GridCell> down = column(rows, r, +1, at, parser, texts);
        // pdftotext pushes the value line's piece right when a group label stands before it on that
        // line ((四)无 1、本机关不掌握相 / 法提供 关政府信息 7 …): a few columns off still counts there
        GridCell own = texts.of(rows.get(r)).stream()
                .filter(c -> c.span().get().page() == at.page()
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
                    return Optional.of(new Join(row.get(), label, taken, own, at));
                }
            }
        }
        return Optional.empty();
    }

    /** The pieces at column {@code at} on the text-only lines next to line {@code r}, nearest first. */
    private static List<GridCell> column(List<PrintedLine> rows, int r, int step, TextSpan at, ValueParser parser,
                                         Pieces texts) {
        List<GridCell> out = new ArrayList<>();
        for (int k = r + step, n = 0; k >= 0 && k < rows.size() && out.size() < MAX_PARTS && n < 2 * MAX_PARTS;
             k += step, n++) {
            PrintedLine line = rows.get(k);
            if (line.values()) {
                break;
            }
            List<GridCell> pieces = texts.of(line);
            List<GridCell> here = pieces.stream()
                    .filter(c -> sameColumn(c.span().get(), at) || pushed(c, pieces, at))
                    .toList();
            if (here.size() > 1) {
                break;
            }
            if (here.isEmpty()) {
                // a line of the group's label wrapped beside it, left of the row labels' column, is
                // passed; text right of it is the rest of another label: a piece past it is not this
                // row's ((六)其 / 他处理 under 1.申请人… / 关不再处理… is a group label, not a row)
                boolean leftOnly = pieces.stream().allMatch(c -> c.span().get().start() < at.start());
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
                                                  Pieces texts) {
        List<GridCell> out = new ArrayList<>();
        for (int k = r + step, n = 0; k >= 0 && k < rows.size() && n < 2 * MAX_PARTS; k += step, n++) {
            if (rows.get(k).values()) {
                break;
            }
            out.addAll(texts.of(rows.get(k)));
        }
        return out;
    }

    /**
     * True when the value line prints a numbered item's label of its own ({@code 3.补正启申请内容仍不明确},
     * a misprint no row names exactly) that the join leaves out: the figures on that line are that
     * item's, not those of a label on the lines around it (a 67 % Chromium print gave them to the next
     * row, {@code 1.信访举报投诉类申请}, its 总计 read 6 where the page prints none). A group's label on the
     * value line ({@code （三）不予}) is not an item: it stands beside its rows' labels; but one run together with an
     * item's numbering ({@code （三）不予1.属于国家秘密}, a Calc print's clipped labels) holds that item, whose figures
     * these are (read as the next item's, each row after took the one before's: red team rti).
     */
    private static boolean ownItemLeftOut(Join j, List<GridCell> own) {
        return own.stream().anyMatch(c -> c != j.own() && !j.parts().contains(c)
                && (ITEM.matcher(LabelText.nfkc(c.text())).find()
                    || ITEM_AFTER_GROUP.matcher(LabelText.nfkc(c.text())).find()));
    }

    /**
     * True when the text-only line just above the value line is a group's cut label run into an item's numbering
     * ({@code （五）不予5.要求行政机关确认或重新出具已获取信息}) that the join leaves out: a spreadsheet's print puts a
     * long item's figures on the line under its label, so these are that item's, not those of the item label below
     * ({@code 1.申请人无正当理由逾期不补正…}, the next group's first item, took them and read 0 where the page prints 67:
     * red team calc). The run-together label names its row only approximately; the line is left unjoined.
     */
    private static boolean groupItemAboveLeftOut(Join j, List<PrintedLine> lines, int r, Pieces texts) {
        if (r == 0 || lines.get(r - 1).values()) {
            return false;
        }
        List<GridCell> above = texts.of(lines.get(r - 1));
        return above.stream().noneMatch(j.parts()::contains)
                && above.stream().anyMatch(c -> ITEM_AFTER_GROUP.matcher(LabelText.nfkc(c.text())).find());
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

    /**
     * A piece that text standing left of it on its line pushed right of the column (pdftotext:
     * {@code 他处理  公开申请} under {@code 2.申请人逾期未按收费通知要求缴纳}), a few columns at most.
     */
    private static boolean pushed(GridCell c, List<GridCell> line, TextSpan at) {
        TextSpan s = c.span().get();
        int shift = s.start() - at.start();
        return s.page() == at.page() && shift > 1 && shift <= OWN_LINE_SHIFT
                && line.stream().anyMatch(o -> o.span().get().end() <= s.start() && o.span().get().start() < at.start());
    }

    private static List<GridCell> concat(List<GridCell> a, List<GridCell> b) {
        List<GridCell> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The text pieces of the printed lines that a label may be joined from, and those taken. A piece
     * is a text cell of its line, or the part of one after a single space: pdftotext separates two
     * cells by one space only where the first runs up to the second, as a group label does to the
     * row label beside it ({@code （六）其 2、申请人逾期未按收费通知要求缴}, {@code (三)不 权益}); the
     * part before the space stays where it was printed.
     */
    private static final class Pieces {
        private final ValueParser parser;
        private final Map<PrintedLine, List<GridCell>> byLine = new IdentityHashMap<>();
        /** The printed cell each part after a space was cut from. */
        private final Map<GridCell, GridCell> cutFrom = new IdentityHashMap<>();
        /** Printed cells a piece was taken from: the whole cell, or the part of it after a space. */
        private final Map<GridCell, GridCell> taken = new IdentityHashMap<>();

        Pieces(ValueParser parser) {
            this.parser = parser;
        }

        /** The line's pieces not taken yet. */
        List<GridCell> of(PrintedLine line) {
            return byLine.computeIfAbsent(line, this::cut).stream().filter(p -> !taken.containsKey(printed(p))).toList();
        }

        private List<GridCell> cut(PrintedLine line) {
            List<GridCell> out = new ArrayList<>();
            for (GridCell c : line.cells()) {
                if (!fragment(c, parser)) {
                    continue;
                }
                out.add(c);
                TextSpan s = c.span().get();
                String text = c.text();
                boolean chars = s.end() - s.start() == text.length();
                int[] display = DisplayColumns.of(text);
                if (!chars && s.end() - s.start() != display[text.length()]) {
                    continue; // a cell whose columns cannot be told character by character
                }
                for (int i = text.indexOf(' '); i > 0 && i + 1 < text.length(); i = text.indexOf(' ', i + 1)) {
                    if (text.charAt(i - 1) == ' ' || text.charAt(i + 1) == ' ') {
                        continue;
                    }
                    int start = s.start() + (chars ? i + 1 : display[i + 1]);
                    GridCell part = GridCell.at(text.substring(i + 1), c.where(), new TextSpan(s.page(), start, s.end()));
                    cutFrom.put(part, c);
                    out.add(part);
                }
            }
            return out;
        }

        /** The printed cell a piece is, or was cut from. */
        GridCell printed(GridCell piece) {
            return cutFrom.getOrDefault(piece, piece);
        }

        void take(GridCell piece) {
            taken.put(printed(piece), piece);
        }

        boolean taken(GridCell printed) {
            return taken.containsKey(printed);
        }

        boolean isEmpty() {
            return taken.isEmpty();
        }

        /** What is left of a printed cell a part after a space was taken from: the text before it. */
        Optional<GridCell> head(GridCell printed) {
            GridCell part = taken.get(printed);
            if (part == null || part == printed) {
                return Optional.empty();
            }
            TextSpan s = printed.span().get();
            String text = printed.text().substring(0, printed.text().length() - part.text().length() - 1);
            return Optional.of(GridCell.at(text, printed.where(),
                    new TextSpan(s.page(), s.start(), part.span().get().start() - 1)));
        }
    }

    /**
     * A label joined from pieces; {@code own} is the value line's own piece, when one is part of it;
     * {@code column} where the pieces were looked for.
     */
    private record Join(String row, GridCell label, List<GridCell> parts, GridCell own, TextSpan column) {
    }
}
