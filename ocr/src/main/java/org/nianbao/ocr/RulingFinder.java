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
    /**
     * How far (points) a row border may run on past a column border where a character's stroke, lying
     * along the border and touching the column border, lengthened its run: a character of the forms'
     * labels is at most 12 pt wide.
     */
    private static final float STROKE_OVERHANG = 15f;
    /**
     * How long (points) a character's stroke hanging from a row border may be: a character of the forms'
     * labels is at most 12 pt tall, the border's double line (Chromium's separate cell borders) adds 3 pt; a
     * column border of a row is at least a row (17 pt) long.
     */
    private static final float HANGING_STROKE = 16f;

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
        boolean[] rowInk = page.lineInk(true);
        List<float[]> horizontal = lines(rowInk, width, height, true, Math.round(MIN_HORIZONTAL * px),
                Math.max(1, Math.round(GAP * px)), Math.max(2, Math.round(MAX_THICKNESS * px)));
        List<float[]> vertical = lines(page.lineInk(false), width, height, false, Math.round(MIN_VERTICAL * px),
                Math.max(1, Math.round(GAP * px)), Math.max(2, Math.round(MAX_THICKNESS * px)));
        float touch = TOUCH * px;
        List<Ruling> out = new ArrayList<>();
        List<float[]> borders = new ArrayList<>();
        for (float[] found : horizontal) {
            float[] h = withoutStrokes(found, vertical, rowInk, width, height, px);
            // a border ends at the borders it joins; the strokes of a character (十, 年) cross in their middles
            if (vertical.stream().anyMatch(v -> endsAt(h, v, h[1], touch))
                    && vertical.stream().anyMatch(v -> endsAt(h, v, h[2], touch))) {
                borders.add(h);
                out.add(new Ruling(h[1] * pointsPerPixel, h[0] * pointsPerPixel, h[2] * pointsPerPixel,
                        h[0] * pointsPerPixel));
            }
        }
        List<float[]> meeting = vertical.stream().filter(v -> borders.stream().anyMatch(h -> meet(h, v, touch)))
                .toList();
        // a line hanging from a row border at one end only may be a character's stroke touching the border (a
        // bi-level scan's label set tight under it): it is kept only where the column goes on at the same x,
        // across the border it hangs from or past its loose end (a border the scan lost), from line to line
        List<float[]> kept = new ArrayList<>(meeting.stream().filter(v -> !hanging(v, borders, touch, px)).toList());
        List<float[]> hanging = new ArrayList<>(meeting.stream().filter(v -> hanging(v, borders, touch, px)).toList());
        boolean more = true;
        while (more) {
            List<float[]> on = hanging.stream().filter(v -> continued(v, kept, touch)).toList();
            kept.addAll(on);
            hanging.removeAll(on);
            more = !on.isEmpty();
        }
        for (float[] v : meeting) {
            if (kept.contains(v)) {
                out.add(new Ruling(v[0] * pointsPerPixel, v[1] * pointsPerPixel, v[0] * pointsPerPixel,
                        v[2] * pointsPerPixel));
            }
        }
        return out;
    }

    /** How many of the vertical line's two ends {x, y0, y1} stand on a row border (0, 1 or 2). */
    private static int ends(float[] v, List<float[]> borders, float touch) {
        return (onBorder(v[0], v[1], borders, touch) ? 1 : 0) + (onBorder(v[0], v[2], borders, touch) ? 1 : 0);
    }

    private static boolean onBorder(float x, float y, List<float[]> borders, float touch) {
        return borders.stream().anyMatch(h -> Math.abs(h[0] - y) <= touch && x >= h[1] - touch && x <= h[2] + touch);
    }

    /**
     * The vertical line {x, y0, y1}, no longer than a character's stroke, meets row borders at one of its
     * ends only and crosses none between them: it hangs from that border into the row below or above, as a character's stroke touching the
     * border does (on a bi-level scan {@code 属于国家秘密}'s strokes, their label set tight under the
     * border, made such lines and cut its label cell into pieces: {@code 家秘}).
     */
    private static boolean hanging(float[] v, List<float[]> borders, float touch, float px) {
        if (v[2] - v[1] > HANGING_STROKE * px || ends(v, borders, touch) != 1) {
            return false;
        }
        return borders.stream().noneMatch(h -> h[0] > v[1] + touch && h[0] < v[2] - touch && v[0] >= h[1] - touch
                && v[0] <= h[2] + touch);
    }

    /**
     * Whether a kept column line at the same x goes on from the line {x, y0, y1}, beyond one of its ends
     * (across the row border it hangs from, or past its loose end where the scan lost the row border): a
     * real column border continues into the next row; a character's stroke does not.
     */
    private static boolean continued(float[] v, List<float[]> kept, float touch) {
        float reach = 2 * touch;
        return kept.stream().anyMatch(w -> Math.abs(w[0] - v[0]) <= touch
                && (Math.abs(w[2] - v[1]) <= reach || Math.abs(w[1] - v[2]) <= reach));
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

    /**
     * The horizontal line {y, x0, x1} with an end that meets no vertical line cut back to the vertical
     * line it crosses within {@code overhang} of that end: Chromium's print of a group label
     * ({@code (三)不予公开}, two lines in its own column) sets the top stroke of {@code 开} at the height
     * of the row border beside it and against the column border, so the border's run went on through
     * the column border into the character, its end then meeting no line, and the border was lost (the
     * two rows read as one).
     */
    private static float[] withoutStrokes(float[] h, List<float[]> vertical, boolean[] ink, int width, int height,
                                          float px) {
        float touch = TOUCH * px;
        boolean left = vertical.stream().anyMatch(v -> endsAt(h, v, h[1], touch));
        boolean right = vertical.stream().anyMatch(v -> endsAt(h, v, h[2], touch));
        // one end only: the other meets its border as a row border does (a character's strokes meet none)
        if (left == right) {
            return h;
        }
        // the column border runs on above and below the row border, as beside a label over several rows
        List<float[]> across = vertical.stream().filter(v -> h[0] - v[1] >= MIN_VERTICAL * px
                && v[2] - h[0] >= MIN_VERTICAL * px && v[0] > h[1] && v[0] < h[2]).toList();
        float overhang = STROKE_OVERHANG * px;
        float x0 = left ? h[1] : (float) across.stream().filter(v -> v[0] - h[1] <= overhang)
                .mapToDouble(v -> v[0]).min().orElse(h[1]);
        float x1 = right ? h[2] : (float) across.stream().filter(v -> h[2] - v[0] <= overhang)
                .mapToDouble(v -> v[0]).max().orElse(h[2]);
        // what is cut off lies in a character (its other strokes just above or below), and what is left is
        // still as long as a border: a row border that runs on to a column border the scan lost (a fax) is
        // a bare line there
        boolean cut = left ? stroke(ink, width, height, h[0], x1 + touch, h[2], px)
                : stroke(ink, width, height, h[0], h[1], x0 - touch, px);
        return x0 == h[1] && x1 == h[2] || !cut || x1 - x0 < MIN_HORIZONTAL * px ? h : new float[] {h[0], x0, x1};
    }

    /**
     * True when the piece of line at height {@code y} from {@code from} to {@code to} (pixels) has a
     * character's other strokes beside it: ink within 8 pt above or below it (clear of the line's own
     * thickness) in at least half as many pixels as the piece is long.
     */
    private static boolean stroke(boolean[] ink, int width, int height, float y, float from, float to, float px) {
        int clear = Math.round(MAX_THICKNESS * px / 2) + 1;
        int reach = Math.round(8 * px);
        int a = Math.max(0, Math.round(from));
        int b = Math.min(width, Math.round(to));
        int mid = Math.round(y);
        int count = 0;
        for (int dy = clear; dy <= reach; dy++) {
            for (int row : new int[] {mid - dy, mid + dy}) {
                if (row >= 0 && row < height) {
                    for (int x = a; x < b; x++) {
                        count += ink[row * width + x] ? 1 : 0;
                    }
                }
            }
        }
        return b > a && 2 * count >= b - a;
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
