package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Tables whose cells are drawn: the ruling lines that touch each other form a table, the distinct
 * x of its vertical lines and y of its horizontal lines a base grid, and a base cell whose border
 * with its neighbour is not drawn is merged with it (a merged header, a rowspan label). The
 * positions of such cells are exact.
 */
public final class LatticeReconstructor implements TableReconstructor {

    /** Lines this close (points) are the same edge; lines meeting within it touch. */
    static final float TOLERANCE = 2.5f;
    /** A border is drawn when lines cover at least this fraction of it. */
    private static final float DRAWN = 0.5f;
    private static final String OVERRUN = "text laid out for a wider box runs across the column borders here: "
            + "the rest of a merged cell a page break cut, drawn over the rows below it";

    /**
     * A digit drawn at more than this many times the table's usual digit stands in no cell as a value: a pale year laid
     * over the page (a CMS's watermark, 40–56 px over 16 px text, red team rtb) whose digits join a cell's own. The
     * page-wide check ({@code PdfPageReader}, 3.5 times the page's text) cannot go this low: a title's year is as large.
     */
    private static final float OVERSIZED_DIGIT = 2f;
    private static final String OVERSIZED = "a digit drawn at more than twice the size of the table's other digits stands "
            + "here (a watermark laid over the page?): the cell's value may hold it";

    private final LineAssembler lines = new LineAssembler();
    private final NarrowCellWrap wrap = new NarrowCellWrap(lines);
    private final OverflowingText overflowing = new OverflowingText();
    private final RunPastSides runPastSides = new RunPastSides();

    @Override
    public List<PageTable> reconstruct(PageLayout page) {
        List<PageTable> tables = new ArrayList<>();
        for (List<Ruling> group : new RulingClusters().connected(page.rulings())) {
            build(page, group).ifPresent(tables::add);
        }
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return tables;
    }

    private Optional<PageTable> build(PageLayout page, List<Ruling> rulings) {
        List<Ruling> h = rulings.stream().filter(Ruling::horizontal).toList();
        List<Ruling> v = rulings.stream().filter(Ruling::vertical).toList();
        List<Float> xs = RulingClusters.positions(v);
        List<Float> ys = new ArrayList<>(RulingClusters.positions(h));
        if (xs.size() < 2 || ys.size() < 2) {
            return Optional.empty();
        }
        // side borders running past the first or last horizontal line: a row split by a page break
        float vTop = (float) v.stream().mapToDouble(Ruling::start).min().orElse(ys.get(0));
        float vBottom = (float) v.stream().mapToDouble(Ruling::end).max().orElse(ys.get(ys.size() - 1));
        boolean openTop = vTop < ys.get(0) - 3 * TOLERANCE;
        boolean openBottom = vBottom > ys.get(ys.size() - 1) + 3 * TOLERANCE;
        if (openTop) {
            ys.add(0, vTop);
        }
        if (openBottom) {
            ys.add(vBottom);
        }
        int nr = ys.size() - 1;
        int nc = xs.size() - 1;
        // the lines at each edge, found once: a table drawn cell by cell has thousands of lines, and
        // each of its cells asks about two of its edges
        List<List<Ruling>> vAt = near(v, xs);
        List<List<Ruling>> hAt = near(h, ys);
        int[] parent = new int[nr * nc];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                if (c + 1 < nc && !drawn(vAt.get(c + 1), xs.get(c + 1), ys.get(r), ys.get(r + 1))) {
                    union(parent, r * nc + c, r * nc + c + 1);
                }
                if (r + 1 < nr && !drawn(hAt.get(r + 1), ys.get(r + 1), xs.get(c), xs.get(c + 1))) {
                    union(parent, r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        // each merged group: its bounding base cells, and the glyphs whose centre falls in it
        Map<Integer, int[]> bounds = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            int r = i / nc;
            int c = i % nc;
            bounds.merge(root, new int[] {r, c, r, c}, (a, b) -> new int[] {
                Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])});
        }
        if (bounds.size() < 2) {
            return Optional.empty(); // a frame around text, not a table
        }
        Map<Integer, List<Glyph>> content = new HashMap<>();
        // text running across drawn column borders is no cell's own: kept out, and the cells it runs
        // over are doubted (the page shows it over their values)
        Set<Glyph> overflow = overflowing.find(page.glyphs(), xs, ys, vAt);
        Set<Integer> overrun = new HashSet<>();
        for (Glyph g : page.glyphs()) {
            int c = index(xs, g.centerX());
            int r = index(ys, g.centerY());
            if (r >= 0 && c >= 0) {
                if (overflow.contains(g)) {
                    overrun.add(find(parent, r * nc + c));
                } else {
                    content.computeIfAbsent(find(parent, r * nc + c), k -> new ArrayList<>()).add(g);
                }
            }
        }
        // a text run on past the table's outer side ruling into the unruled space beyond: its cell's (RunPastSides)
        Map<Integer, List<Glyph>> edgeCells = new HashMap<>();
        for (int r = 0; r < nr; r++) {
            for (int base : new int[] {r * nc, r * nc + nc - 1}) {
                edgeCells.put(base, content.getOrDefault(find(parent, base), List.of()));
            }
        }
        Map<Glyph, Integer> pastSides = runPastSides.find(page.glyphs(), xs, ys, edgeCells);
        pastSides.forEach((g, base) -> content.computeIfAbsent(find(parent, base), k -> new ArrayList<>()).add(g));
        Set<Integer> oversized = oversizedDigits(content);
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            List<GridCell> row = new ArrayList<>(nc);
            for (int c = 0; c < nc; c++) {
                int root = find(parent, r * nc + c);
                int[] b = bounds.get(root);
                Location where = new Location.PageBox(page.page(), xs.get(b[1]), ys.get(b[0]), xs.get(b[3] + 1),
                        ys.get(b[2] + 1));
                if (b[0] == r && b[1] == c) {
                    List<Glyph> glyphs = content.getOrDefault(root, List.of());
                    float width = innerWidth(vAt.get(b[1]), vAt.get(b[3] + 1), ys.get(b[0]), ys.get(b[2] + 1));
                    String text = wrap.joined(lines.lines(glyphs), width)
                            .orElseGet(() -> lines.cellText(glyphs));
                    row.add(overrun.contains(root) ? GridCell.of(text, where, List.of(CellNote.covered(OVERRUN)))
                            : oversized.contains(root) ? GridCell.of(text, where, List.of(CellNote.covered(OVERSIZED)))
                            : GridCell.of(text, where));
                } else {
                    row.add(GridCell.spannedAt(where));
                }
            }
            rows.add(row);
        }
        return Optional.of(new PageTable(page.page(), rows, Positions.EXACT, ys.get(0), ys.get(nr), xs,
                openTop, openBottom, pastSides.keySet()));
    }

    /** The cells holding a digit more than {@link #OVERSIZED_DIGIT} times the median size of the table's digits. */
    private static Set<Integer> oversizedDigits(Map<Integer, List<Glyph>> content) {
        double[] sizes = content.values().stream().flatMap(List::stream).filter(LatticeReconstructor::digit)
                .mapToDouble(Glyph::size).sorted().toArray();
        Set<Integer> cells = new HashSet<>();
        if (sizes.length == 0) {
            return cells;
        }
        double median = sizes[sizes.length / 2];
        content.forEach((cell, glyphs) -> {
            if (glyphs.stream().anyMatch(g -> digit(g) && g.size() > OVERSIZED_DIGIT * median)) {
                cells.add(cell);
            }
        });
        return cells;
    }

    private static boolean digit(Glyph g) {
        return !g.text().isEmpty() && Character.isDigit(g.text().codePointAt(0));
    }

    /**
     * The most the cell between these side lines can hold, from the inner of its left lines to the inner
     * of its right ones (a table with separate borders draws two lines at each edge, each cell its own):
     * the centres of the lines beside the cell's rows, so never less than the room the cell has.
     */
    private static float innerWidth(List<Ruling> left, List<Ruling> right, float top, float bottom) {
        double x0 = left.stream().filter(l -> l.start() < bottom && l.end() > top).mapToDouble(Ruling::position)
                .max().orElse(Double.NaN);
        double x1 = right.stream().filter(l -> l.start() < bottom && l.end() > top).mapToDouble(Ruling::position)
                .min().orElse(Double.NaN);
        return (float) (x1 - x0); // NaN (no side drawn beside the rows) proves no wrap
    }

    /** For each edge position, the lines {@link #drawn} counts at it, in their order. */
    private static List<List<Ruling>> near(List<Ruling> lines, List<Float> edges) {
        List<List<Ruling>> out = new ArrayList<>(edges.size());
        for (float at : edges) {
            out.add(lines.stream().filter(l -> Math.abs(l.position() - at) <= TOLERANCE).toList());
        }
        return out;
    }

    /** True when lines at {@code at} cover enough of the border from {@code from} to {@code to}. */
    private static boolean drawn(List<Ruling> lines, float at, float from, float to) {
        List<float[]> parts = new ArrayList<>();
        for (Ruling l : lines) {
            if (Math.abs(l.position() - at) <= TOLERANCE) {
                float s = Math.max(from, l.start());
                float e = Math.min(to, l.end());
                if (e > s) {
                    parts.add(new float[] {s, e});
                }
            }
        }
        parts.sort((a, b) -> Float.compare(a[0], b[0]));
        float covered = 0;
        float reach = from;
        for (float[] p : parts) {
            float s = Math.max(p[0], reach);
            if (p[1] > s) {
                covered += p[1] - s;
                reach = p[1];
            }
        }
        return covered >= DRAWN * (to - from);
    }

    /** The interval of the sorted edges holding {@code v}, or -1 outside them. */
    private static int index(List<Float> edges, float v) {
        if (v < edges.get(0) || v > edges.get(edges.size() - 1)) {
            return -1;
        }
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (v <= edges.get(i + 1)) {
                return i;
            }
        }
        return edges.size() - 2;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
