package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cell's text run on past the table's outer side ruling. A spreadsheet lets a text (a figure typed as text, full-width
 * {@code １９９２９４}, or with a leading apostrophe) overflow its cell into the empty cells beside it, and beyond the
 * table's last column those are empty and unruled, so LibreOffice Calc prints {@code １９９２９} inside the table and
 * {@code ４} past its right ruling (red team rti, 3 Dec). The glyphs outside stand in no cell, and were read as a line
 * of their own while the cell's figure lost its last digit with no finding.
 *
 * <p>The layout proves they are the cell's where they continue its run: on the baseline of its first or last glyph,
 * of that glyph's size, each touching the one before as a word's letters and a number's digits do, starting from the
 * glyph nearest the side ruling. Outside the table there is no other cell they could belong to. Text that only
 * stands near the table (a margin note, a page number) leaves a gap and stays out.
 */
final class RunPastSides {

    /** Baselines this close (points) are one line. */
    private static final float SAME_BASELINE = 0.25f;
    /** Sizes further apart than this factor are not one run. */
    private static final float SAME_SIZE = 1.05f;
    /** Glyph boxes at most this far apart along the line (share of the size) touch. */
    private static final float TOUCHING = 0.05f;
    /** Glyph boxes overlapping at most this much (share of the size) still follow each other. */
    private static final float OVERLAP = 0.3f;

    /**
     * The glyphs outside the table's sides that continue a run of an edge cell, each with the base cell
     * ({@code row * columns + column}) it continues.
     *
     * @param glyphs the page's glyphs
     * @param xs the table's column edges
     * @param ys its row edges
     * @param cellGlyphs the glyphs read into each base cell, by base cell
     */
    Map<Glyph, Integer> find(List<Glyph> glyphs, List<Float> xs, List<Float> ys, Map<Integer, List<Glyph>> cellGlyphs) {
        int nc = xs.size() - 1;
        float left = xs.get(0);
        float right = xs.get(nc);
        Map<Integer, List<Glyph>> pastLeft = new HashMap<>();
        Map<Integer, List<Glyph>> pastRight = new HashMap<>();
        for (Glyph g : glyphs) {
            if (g.dir() != 0 || g.isSpace() || g.centerY() < ys.get(0) || g.centerY() > ys.get(ys.size() - 1)) {
                continue;
            }
            int r = row(ys, g.centerY());
            if (g.centerX() > right) {
                pastRight.computeIfAbsent(r, k -> new ArrayList<>()).add(g);
            } else if (g.centerX() < left) {
                pastLeft.computeIfAbsent(r, k -> new ArrayList<>()).add(g);
            }
        }
        Map<Glyph, Integer> out = new HashMap<>();
        pastRight.forEach((r, outside) -> {
            int cell = r * nc + nc - 1;
            outside.sort(Comparator.comparingDouble(Glyph::x0));
            List<Glyph> own = cellGlyphs.getOrDefault(cell, List.of());
            for (Glyph first : outside) {
                own.stream().filter(g -> g.dir() == 0 && !g.isSpace() && oneLine(g, first))
                        .max(Comparator.comparingDouble(Glyph::x1))
                        .ifPresent(edge -> follow(edge, outside, true).forEach(g -> out.putIfAbsent(g, cell)));
            }
        });
        pastLeft.forEach((r, outside) -> {
            int cell = r * nc;
            outside.sort(Comparator.comparingDouble(Glyph::x1).reversed());
            List<Glyph> own = cellGlyphs.getOrDefault(cell, List.of());
            for (Glyph first : outside) {
                own.stream().filter(g -> g.dir() == 0 && !g.isSpace() && oneLine(g, first))
                        .min(Comparator.comparingDouble(Glyph::x0))
                        .ifPresent(edge -> follow(edge, outside, false).forEach(g -> out.putIfAbsent(g, cell)));
            }
        });
        return out;
    }

    /** The glyphs of {@code outside} (sorted outward) that continue the run from {@code edge}, each touching the last. */
    private static List<Glyph> follow(Glyph edge, List<Glyph> outside, boolean rightward) {
        List<Glyph> run = new ArrayList<>();
        Glyph last = edge;
        for (Glyph g : outside) {
            if (!oneLine(last, g)) {
                continue;
            }
            if (!touching(last, g, rightward)) {
                break;
            }
            run.add(g);
            last = g;
        }
        return run;
    }

    private static boolean oneLine(Glyph a, Glyph b) {
        float big = Math.max(a.size(), b.size());
        float small = Math.min(a.size(), b.size());
        return Math.abs(a.lineY() - b.lineY()) <= SAME_BASELINE && small > 0 && big / small <= SAME_SIZE;
    }

    private static boolean touching(Glyph before, Glyph next, boolean rightward) {
        float gap = rightward ? next.x0() - before.x1() : before.x0() - next.x1();
        float size = Math.max(before.size(), next.size());
        return gap <= TOUCHING * size && gap >= -OVERLAP * size;
    }

    /** The row interval of the sorted edges holding {@code y}. */
    private static int row(List<Float> ys, float y) {
        for (int i = 0; i + 1 < ys.size(); i++) {
            if (y <= ys.get(i + 1)) {
                return i;
            }
        }
        return ys.size() - 2;
    }
}
