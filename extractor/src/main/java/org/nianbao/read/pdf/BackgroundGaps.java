package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The borders of a table whose lines are its background showing between its cells. Old CMS pages draw a
 * "1 px table" as {@code <table bgcolor="#000000" cellspacing="1">} with white cells: no line is drawn, the
 * table's dark box is filled first and each cell's white box over it, 1 px apart, and what the reader sees
 * as rules is the dark gap between the boxes (red team rty: read as a stream of text, 83 % of cells, 86 %
 * false alarms). Each such cell box becomes four lines along its sides, which the lattice joins across the
 * gap as it joins the two borders a separately bordered table draws at each edge.
 *
 * <p>A box counts as a cell only when it lies within an earlier box of another colour (the box right under
 * it, the last drawn that holds it), another such box over the same background stands beside it across a
 * narrow gap, and the boxes over that background cover most of it: a 1 px table's cells are all filled, so its
 * background shows only as the grid and where a cell is missing. Boxes that leave half their background bare
 * are no cells, and their sides no rules, as are boxes that never stand side by side (a stack of tinted paragraphs
 * in a narrow margin covers its page in one column): the tinted rows of a zebra table spaced {@code 0 2px} (a
 * row-spanning stripe 2 px above the next stripe gave lines round both, 96.5 → 91.8 % of cells, 90 % false
 * alarms, red team rth), tinted {@code <p>} boxes 2 px apart on a tinted body (lines round each paragraph,
 * inside cells and out, 100 → 95.1 %). Boxes that touch leave no gap and draw no line: the stripes of a
 * borderless table, a coloured header cell in a table with drawn borders, a white page on a grey one are not
 * rules.
 */
final class BackgroundGaps {

    /** Boxes no thicker than this (points) are lines or dots, judged by {@link RulingCollector} itself. */
    private static final float THIN = 2.5f;
    /** The widest gap between cells (points) read as a rule: {@code cellspacing} of 1 to 4 px at any zoom. */
    private static final float GAP = 4f;
    /** Edges nearer than this (points) touch. */
    private static final float TOUCH = 0.1f;
    /**
     * The share of a background its boxes cover at least when they are a table's cells. Chromium's prints: 1 px
     * and spaced-cell tables 0.87–0.97 of their box (0.73 where a page's foot cuts the table after one header
     * row, the rest of its box bare), zebra tables 0.36–0.56, paragraph boxes on a tinted body 0.14–0.32.
     */
    private static final double COVERED = 0.7;

    /** The sides of every cell box, each {@code x0, y0, x1, y1} in PDF space. */
    List<float[]> lines(List<GlyphVisibility.Painted> painted) {
        List<GlyphVisibility.Fill> boxes = new ArrayList<>();
        for (GlyphVisibility.Painted p : painted) {
            if (p instanceof GlyphVisibility.Fill f && f.area() == null && f.rgb() != null && f.alpha() >= 0.95f
                    && !f.blends() && f.x1() - f.x0() > THIN && f.y1() - f.y0() > THIN) {
                boxes.add(f);
            }
        }
        // the box right under each box: the last drawn before it that holds it
        int[] under = new int[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            under[i] = -1;
            for (int j = i - 1; j >= 0; j--) {
                if (holds(boxes.get(j), boxes.get(i))) {
                    under[i] = Arrays.equals(boxes.get(j).rgb(), boxes.get(i).rgb()) ? -1 : j;
                    break;
                }
            }
        }
        // what share of each background the boxes right over it cover
        double[] covered = new double[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            if (under[i] >= 0) {
                covered[under[i]] += area(boxes.get(i)) / area(boxes.get(under[i]));
            }
        }
        // the boxes with a neighbour over the same background across a narrow gap, and the backgrounds where two
        // such stand side by side: a table has columns, a stack of tinted paragraphs in a narrow margin has none
        boolean[] neighboured = new boolean[boxes.size()];
        boolean[] sideBySide = new boolean[boxes.size()];
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size() && under[i] >= 0 && covered[under[i]] >= COVERED; j++) {
                if (under[j] == under[i]) {
                    boolean across = gapBetween(boxes.get(i), boxes.get(j), true);
                    if (across || gapBetween(boxes.get(i), boxes.get(j), false)) {
                        neighboured[i] = true;
                        neighboured[j] = true;
                        sideBySide[under[i]] |= across;
                    }
                }
            }
        }
        List<float[]> lines = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            if (neighboured[i] && sideBySide[under[i]]) {
                sides(boxes.get(i), boxes.get(under[i]), lines);
            }
        }
        return lines;
    }

    /**
     * The sides of a cell box along which its background shows. A side on the background's own edge shows
     * none: where a page break cuts a table, Chromium ends the table's box and the cut cells' boxes together
     * at the page's foot (and starts them together on the next page), so the row is open there, as a row a
     * break splits is.
     */
    private static void sides(GlyphVisibility.Fill f, GlyphVisibility.Fill under, List<float[]> lines) {
        if (f.y0() > under.y0() + TOUCH) {
            lines.add(new float[] {f.x0(), f.y0(), f.x1(), f.y0()});
        }
        if (f.y1() < under.y1() - TOUCH) {
            lines.add(new float[] {f.x0(), f.y1(), f.x1(), f.y1()});
        }
        if (f.x0() > under.x0() + TOUCH) {
            lines.add(new float[] {f.x0(), f.y0(), f.x0(), f.y1()});
        }
        if (f.x1() < under.x1() - TOUCH) {
            lines.add(new float[] {f.x1(), f.y0(), f.x1(), f.y1()});
        }
    }

    private static double area(GlyphVisibility.Fill f) {
        return (double) (f.x1() - f.x0()) * (f.y1() - f.y0());
    }

    /** True when {@code inner} lies within {@code outer}, touching its edges or not, and is smaller. */
    private static boolean holds(GlyphVisibility.Fill outer, GlyphVisibility.Fill inner) {
        return inner.x0() >= outer.x0() - TOUCH && inner.x1() <= outer.x1() + TOUCH
                && inner.y0() >= outer.y0() - TOUCH && inner.y1() <= outer.y1() + TOUCH
                && (inner.x1() - inner.x0()) * (inner.y1() - inner.y0()) < (outer.x1() - outer.x0()) * (outer.y1() - outer.y0());
    }

    /** True when the two boxes stand side by side ({@code sideways}) or one above the other, a narrow gap between. */
    private static boolean gapBetween(GlyphVisibility.Fill a, GlyphVisibility.Fill b, boolean sideways) {
        if (sideways) {
            boolean rowsOverlap = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0()) > THIN;
            float across = Math.max(b.x0() - a.x1(), a.x0() - b.x1());
            return rowsOverlap && across > TOUCH && across <= GAP;
        }
        boolean columnsOverlap = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0()) > THIN;
        float down = Math.max(b.y0() - a.y1(), a.y0() - b.y1());
        return columnsOverlap && down > TOUCH && down <= GAP;
    }
}
