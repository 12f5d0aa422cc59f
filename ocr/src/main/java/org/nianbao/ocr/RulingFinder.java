package org.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Finds a scanned table's ruling lines in the pixels, in plain Java: long thin runs of ink, a
 * pixel or two of break allowed (noise, a faint print), grouped over neighbouring rows into lines.
 * A horizontal line is kept only when both its ends meet vertical lines, and a vertical line only
 * when it meets a kept horizontal one, as table borders do and the strokes of characters do not. The result is in page points, the same geometry a text-layer
 * page's drawn borders give, so the lattice reconstructor reads both alike.
 */
final class RulingFinder {

    /**
     * Horizontal borders are at least this long (points): row borders run across the table, and a
     * title's strokes (16 pt bold) are shorter.
     */
    private static final float MIN_HORIZONTAL = 20f;
    /** Vertical borders are at least this long: one row of the form is 17 pt, a 10.5 pt character less. */
    private static final float MIN_VERTICAL = 12f;
    /** Thicker than this (points) is a filled area or a bold stroke, not a border. */
    private static final float MAX_THICKNESS = 3f;
    /** Breaks in a line up to this long (points) are bridged (noise is already averaged away). */
    private static final float GAP = 0.4f;
    /** How far (points) a line may stop short of the line it meets. */
    private static final float TOUCH = 3f;

    private RulingFinder() {
    }

    /**
     * @param page the straightened page
     * @param pointsPerPixel the size of a pixel in points
     */
    static List<Ruling> find(GrayPage page, float pointsPerPixel) {
        float px = 1 / pointsPerPixel;
        int width = page.width;
        int height = page.height;
        List<float[]> horizontal = lines(page.lineInk(true), width, height, true, Math.round(MIN_HORIZONTAL * px),
                Math.max(1, Math.round(GAP * px)), Math.max(2, Math.round(MAX_THICKNESS * px)));
        List<float[]> vertical = lines(page.lineInk(false), width, height, false, Math.round(MIN_VERTICAL * px),
                Math.max(1, Math.round(GAP * px)), Math.max(2, Math.round(MAX_THICKNESS * px)));
        float touch = TOUCH * px;
        List<Ruling> out = new ArrayList<>();
        List<float[]> borders = new ArrayList<>();
        for (float[] h : horizontal) {
            // a border ends at the borders it joins; the strokes of a character (十, 年) cross in their middles
            if (vertical.stream().anyMatch(v -> endsAt(h, v, h[1], touch))
                    && vertical.stream().anyMatch(v -> endsAt(h, v, h[2], touch))) {
                borders.add(h);
                out.add(new Ruling(h[1] * pointsPerPixel, h[0] * pointsPerPixel, h[2] * pointsPerPixel,
                        h[0] * pointsPerPixel));
            }
        }
        for (float[] v : vertical) {
            if (borders.stream().anyMatch(h -> meet(h, v, touch))) {
                out.add(new Ruling(v[0] * pointsPerPixel, v[1] * pointsPerPixel, v[0] * pointsPerPixel,
                        v[2] * pointsPerPixel));
            }
        }
        return out;
    }

    /**
     * The pieces of line along rows ({@code horizontal}) or columns at least {@code minPoints} long,
     * each {position, start, end} in points, none kept or dropped for what it meets: what a page whose
     * rulings came out broken holds of them ({@link BrokenLattice}).
     */
    static List<float[]> pieces(GrayPage page, float pointsPerPixel, boolean horizontal, float minPoints) {
        float px = 1 / pointsPerPixel;
        List<float[]> out = new ArrayList<>();
        for (float[] l : lines(page.lineInk(horizontal), page.width, page.height, horizontal,
                Math.max(2, Math.round(minPoints * px)), Math.max(1, Math.round(GAP * px)),
                Math.max(2, Math.round(MAX_THICKNESS * px)))) {
            out.add(new float[] {l[0] * pointsPerPixel, l[1] * pointsPerPixel, l[2] * pointsPerPixel});
        }
        return out;
    }

    /** The vertical line {x, y0, y1} passes by the end {@code x} of the horizontal line {y, x0, x1}. */
    private static boolean endsAt(float[] h, float[] v, float x, float touch) {
        return Math.abs(v[0] - x) <= touch && h[0] >= v[1] - touch && h[0] <= v[2] + touch;
    }

    /** A horizontal line {y, x0, x1} and a vertical one {x, y0, y1} cross or touch. */
    private static boolean meet(float[] h, float[] v, float touch) {
        return v[0] >= h[1] - touch && v[0] <= h[2] + touch && h[0] >= v[1] - touch && h[0] <= v[2] + touch;
    }

    /**
     * Lines along rows ({@code along} true) or columns: each as {position, start, end} in pixels,
     * position being the middle of its thickness. A run continues a line when it overlaps the
     * line's run in the previous lane by half the longer of the two (so a blob beside a line does not
     * swallow it); pieces of one line broken by noise or drawn as a staircase are joined afterwards.
     */
    private static List<float[]> lines(boolean[] ink, int width, int height, boolean along, int minLength, int gap,
                                       int maxThickness) {
        int lanes = along ? height : width;
        int length = along ? width : height;
        List<int[]> open = new ArrayList<>(); // {firstLane, lastLane, min, max, lastStart, lastEnd}
        List<float[]> out = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            List<int[]> next = new ArrayList<>();
            for (int[] run : runs(ink, width, along, lane, length, minLength, gap)) {
                int[] joined = null;
                for (int[] g : open) {
                    int overlap = Math.min(g[5], run[1]) - Math.max(g[4], run[0]);
                    if (2 * overlap >= Math.max(g[5] - g[4], run[1] - run[0])) {
                        joined = g;
                        break;
                    }
                }
                if (joined != null) {
                    open.remove(joined);
                    joined[1] = lane;
                    joined[2] = Math.min(joined[2], run[0]);
                    joined[3] = Math.max(joined[3], run[1]);
                    joined[4] = run[0];
                    joined[5] = run[1];
                    next.add(joined);
                } else {
                    next.add(new int[] {lane, lane, run[0], run[1], run[0], run[1]});
                }
            }
            for (int[] g : open) {
                close(g, maxThickness, out);
            }
            open = next;
        }
        for (int[] g : open) {
            close(g, maxThickness, out);
        }
        return joinPieces(out, maxThickness, gap);
    }

    private static void close(int[] g, int maxThickness, List<float[]> out) {
        if (g[1] - g[0] + 1 <= maxThickness) {
            out.add(new float[] {(g[0] + g[1]) / 2f + 0.5f, g[2], g[3]});
        }
    }

    /** Pieces at nearly the same position whose extents overlap or nearly meet are one line. */
    private static List<float[]> joinPieces(List<float[]> pieces, int maxThickness, int gap) {
        List<float[]> sorted = new ArrayList<>(pieces);
        sorted.sort((a, b) -> Float.compare(a[1], b[1]));
        List<float[]> out = new ArrayList<>();
        for (float[] p : sorted) {
            float[] into = null;
            for (float[] q : out) {
                if (Math.abs(q[0] - p[0]) <= maxThickness && p[1] <= q[2] + gap + 1) {
                    into = q;
                    break;
                }
            }
            if (into == null) {
                out.add(p.clone());
            } else {
                float lenQ = into[2] - into[1];
                float lenP = p[2] - p[1];
                into[0] = (into[0] * lenQ + p[0] * lenP) / (lenQ + lenP);
                into[2] = Math.max(into[2], p[2]);
            }
        }
        return out;
    }

    /** Runs of ink at least {@code minLength} long along one lane, breaks up to {@code gap} bridged. */
    private static List<int[]> runs(boolean[] ink, int width, boolean along, int lane, int length, int minLength,
                                    int gap) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int i = 0; i <= length; i++) {
            boolean on = i < length && (along ? ink[lane * width + i] : ink[i * width + lane]);
            if (on) {
                if (start < 0 || i - lastInk - 1 > gap) {
                    if (start >= 0 && lastInk + 1 - start >= minLength) {
                        out.add(new int[] {start, lastInk + 1});
                    }
                    start = i;
                }
                lastInk = i;
            }
        }
        if (start >= 0 && lastInk + 1 - start >= minLength) {
            out.add(new int[] {start, lastInk + 1});
        }
        return out;
    }
}
