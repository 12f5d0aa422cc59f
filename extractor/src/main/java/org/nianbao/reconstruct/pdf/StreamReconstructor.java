package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Text laid out without borders: rows by baseline, cells by the gaps between runs of glyphs. A
 * row label wrapped over two lines is joined only where the text shows that it goes on (an open
 * bracket, a trailing comma) and a split header only where its pieces line up one to one; anything
 * else stays a row of its own, because a wrong join could put values under the wrong label. The
 * cell positions are not trustworthy ({@link Positions#FLATTENED}): a blank cell leaves no trace.
 */
public final class StreamReconstructor implements TableReconstructor {

    /** A gap this wide (fraction of the font size) separates two cells. */
    private static final float CELL_GAP = 1.0f;
    /** Two numbers this far apart are two values, never one (fraction of the font size). */
    private static final float NUMBER_GAP = 0.25f;
    /** Lines of one cell sit at most this far apart, baseline to baseline (fraction of the size). */
    private static final float LEADING = 1.8f;
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([（(]\\s*[一二三四五六七八九十\\d]+\\s*[）)]|[一二三四五六七八九十]+\\s*、|[\\d０-９]+\\s*[.．、])");
    private static final Pattern GOES_ON = Pattern.compile("[，,、和或及与（(]$");

    private final LineAssembler lines = new LineAssembler();
    private final Predicate<String> isValue;

    /** @param isValue tells value cells (numbers, blanks, dashes) from label text */
    public StreamReconstructor(Predicate<String> isValue) {
        this.isValue = isValue;
    }

    @Override
    public List<PageTable> reconstruct(PageLayout page) {
        List<Row> rows = new ArrayList<>();
        for (List<Glyph> line : lines.lines(page.glyphs())) {
            rows.add(row(line));
        }
        rows.sort((a, b) -> Float.compare(a.baseline, b.baseline));
        List<Row> out = new ArrayList<>();
        for (Row b : rows) {
            Row a = out.isEmpty() ? null : out.get(out.size() - 1);
            if (a != null && b.baseline - a.baseline <= LEADING * Math.max(a.size, b.size)) {
                Row joined = join(a, b);
                if (joined != null) {
                    out.set(out.size() - 1, joined);
                    continue;
                }
            }
            out.add(b);
        }
        if (out.isEmpty()) {
            return List.of();
        }
        List<List<GridCell>> grid = new ArrayList<>();
        for (Row r : out) {
            grid.add(r.cells.stream().map(c -> GridCell.of(c.text, new Location.PageBox(page.page(), c.x0, c.y0, c.x1,
                    c.y1))).toList());
        }
        float top = (float) out.stream().mapToDouble(r -> r.top()).min().orElse(0);
        float bottom = (float) out.stream().mapToDouble(r -> r.bottom()).max().orElse(0);
        return List.of(new PageTable(page.page(), grid, Positions.FLATTENED, top, bottom, List.of(), false, false));
    }

    /** The two rows as one where the layout shows they are one, else null. */
    private Row join(Row a, Row b) {
        boolean aValues = a.hasValue(isValue);
        boolean bValues = b.hasValue(isValue);
        if (aValues && !bValues && goesOn(a.labels(isValue)) && !NUMBERED.matcher(b.cells.get(0).text).find()) {
            return merge(a, b, true); // values on the first line of a wrapped label
        }
        if (!aValues && bValues && goesOn(a.cells) && !b.labels(isValue).isEmpty()
                && !NUMBERED.matcher(b.labels(isValue).get(0).text).find()) {
            return merge(b, a, false); // values on the last line
        }
        if (!aValues && !bValues && (a.cells.size() >= 2 || b.cells.size() >= 2)
                && a.cells.size() + b.cells.size() >= 3) {
            return headers(a, b); // a header split over lines (本年新 / 信息内容 … 对外公开总数量 / 制作数量)
        }
        return null;
    }

    /**
     * Header lines as one row: a piece under or over another joins it, a piece beside all others is
     * a cell of its own; null when a piece straddles two, or when nothing lines up at all.
     */
    private static Row headers(Row a, Row b) {
        List<Cell> cells = new ArrayList<>(a.cells);
        boolean aligned = false;
        for (Cell e : b.cells) {
            int partner = -1;
            for (int i = 0; i < cells.size(); i++) {
                Cell t = cells.get(i);
                if (t.x0 < e.x1 && e.x0 < t.x1) {
                    if (partner >= 0) {
                        return null;
                    }
                    partner = i;
                }
            }
            if (partner < 0) {
                cells.add(e);
                continue;
            }
            aligned = true;
            Cell t = cells.get(partner);
            cells.set(partner, new Cell(t.text + "\n" + e.text, Math.min(t.x0, e.x0), Math.min(t.y0, e.y0),
                    Math.max(t.x1, e.x1), Math.max(t.y1, e.y1)));
        }
        if (!aligned) {
            return null;
        }
        cells.sort((x, y) -> Float.compare(x.x0, y.x0));
        return new Row(cells, Math.max(a.baseline, b.baseline), Math.max(a.size, b.size));
    }

    private static boolean goesOn(List<Cell> labels) {
        return !labels.isEmpty() && GOES_ON.matcher(labels.get(labels.size() - 1).text).find()
                || labels.stream().anyMatch(c -> open(c.text));
    }

    /** An opening bracket never closed: the label continues on the next line. */
    private static boolean open(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            depth += ch == '（' || ch == '(' ? 1 : ch == '）' || ch == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * Adds each cell of {@code extra} to the one label cell of {@code target} it stands under or
     * over, after its text ({@code after}) or before it; null when a cell has no such partner.
     */
    private Row merge(Row target, Row extra, boolean after) {
        List<Cell> cells = new ArrayList<>(target.cells);
        for (Cell e : extra.cells) {
            int partner = -1;
            for (int i = 0; i < cells.size(); i++) {
                Cell t = cells.get(i);
                if (t.x0 < e.x1 && e.x0 < t.x1 && !isValue.test(t.text)) {
                    if (partner >= 0) {
                        return null;
                    }
                    partner = i;
                }
            }
            if (partner < 0) {
                return null;
            }
            Cell t = cells.get(partner);
            cells.set(partner, new Cell(after ? t.text + "\n" + e.text : e.text + "\n" + t.text,
                    Math.min(t.x0, e.x0), Math.min(t.y0, e.y0), Math.max(t.x1, e.x1), Math.max(t.y1, e.y1)));
        }
        return new Row(cells, target.baseline, target.size);
    }

    private Row row(List<Glyph> line) {
        List<Cell> cells = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                float gap = g.lineX() - prev.lineEnd();
                float size = Math.max(g.size(), prev.size());
                boolean numbered = gap > NUMBER_GAP * size && (g.text().equals("（") || g.text().equals("("));
                // a label and its first value, or two values, may sit closer than a cell gap
                boolean number = gap > NUMBER_GAP * size && (numeric(prev) || numeric(g));
                if (gap > CELL_GAP * size || number || numbered) {
                    cells.add(cell(run));
                    run = new ArrayList<>();
                }
            }
            run.add(g);
            prev = g;
        }
        cells.add(cell(run));
        float size = (float) line.stream().mapToDouble(Glyph::size).max().orElse(10);
        float baseline = (float) line.stream().mapToDouble(Glyph::y1).average().orElse(0);
        return new Row(cells, baseline, size);
    }

    private Cell cell(List<Glyph> run) {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (Glyph g : run) {
            x0 = Math.min(x0, g.x0());
            y0 = Math.min(y0, g.y0());
            x1 = Math.max(x1, g.x1());
            y1 = Math.max(y1, g.y1());
        }
        return new Cell(lines.text(run), x0, y0, x1, y1);
    }

    private static boolean numeric(Glyph g) {
        int cp = g.text().codePointAt(0);
        return Character.isDigit(cp);
    }

    private record Cell(String text, float x0, float y0, float x1, float y1) {
    }

    private record Row(List<Cell> cells, float baseline, float size) {

        boolean hasValue(Predicate<String> isValue) {
            return cells.stream().anyMatch(c -> isValue.test(c.text));
        }

        List<Cell> labels(Predicate<String> isValue) {
            return cells.stream().filter(c -> !isValue.test(c.text)).toList();
        }

        float top() {
            return (float) cells.stream().mapToDouble(Cell::y0).min().orElse(baseline);
        }

        float bottom() {
            return (float) cells.stream().mapToDouble(Cell::y1).max().orElse(baseline);
        }
    }
}
