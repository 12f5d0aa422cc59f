package org.nianbao.ocr;

/**
 * Straightens a page scanned a little askew. The skew is the angle at which the ink, projected
 * onto the vertical axis, gives the sharpest profile (ruling lines and text lines line up); the
 * page is then turned back by it, about its centre, with bilinear interpolation and white corners.
 */
final class Deskew {

    /** Scans are straightened within ±3°; more is not a skew but a turned page. */
    static final double MAX_DEGREES = 3;
    private static final double STEP_DEGREES = 0.05;
    /** The profile is computed on a page reduced to about this width. */
    private static final int WORK_WIDTH = 1000;

    private Deskew() {
    }

    /** The skew in degrees, positive when the content runs down to the right. */
    static double angle(GrayPage page) {
        int step = Math.max(1, page.width / WORK_WIDTH);
        int threshold = page.inkThreshold();
        int w = page.width / step;
        int h = page.height / step;
        int[] xs = new int[w * h];
        int[] ys = new int[w * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (page.at(x * step, y * step) <= threshold) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        int margin = (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_DEGREES + STEP_DEGREES))) + 1;
        long[] rows = new long[h + 2 * margin];
        double best = search(xs, ys, n, rows, margin, -MAX_DEGREES, MAX_DEGREES, STEP_DEGREES);
        // a thin border drifts a pixel over a table's width at 0.05°: refine to 0.005°
        best = search(xs, ys, n, rows, margin, best - STEP_DEGREES, best + STEP_DEGREES, STEP_DEGREES / 10);
        return Math.abs(best) < STEP_DEGREES / 20 ? 0 : best;
    }

    /** The angle in [from, to] (by {@code step}) whose projection profile is sharpest; ties go to the smaller. */
    private static double search(int[] xs, int[] ys, int n, long[] rows, int margin, double from, double to,
                                 double step) {
        double bestAngle = 0;
        double best = -1;
        for (int k = 0; from + k * step <= to + 1e-9; k++) {
            double a = from + k * step;
            double t = Math.tan(Math.toRadians(a));
            java.util.Arrays.fill(rows, 0);
            for (int i = 0; i < n; i++) {
                rows[(int) Math.round(ys[i] - xs[i] * t) + margin]++;
            }
            double score = 0;
            for (long r : rows) {
                score += (double) r * r;
            }
            if (score > best + 1e-9 || (Math.abs(score - best) <= 1e-9 && Math.abs(a) < Math.abs(bestAngle))) {
                best = score;
                bestAngle = a;
            }
        }
        return bestAngle;
    }

    /** The page turned back by {@code degrees}; the same page when there is nothing to turn. */
    static GrayPage straighten(GrayPage page, double degrees) {
        if (degrees == 0) {
            return page;
        }
        double t = Math.toRadians(degrees);
        double cos = Math.cos(t);
        double sin = Math.sin(t);
        double cx = page.width / 2.0;
        double cy = page.height / 2.0;
        byte[] out = new byte[page.pixels.length];
        for (int v = 0; v < page.height; v++) {
            for (int u = 0; u < page.width; u++) {
                double dx = u - cx;
                double dy = v - cy;
                double sx = dx * cos - dy * sin + cx;
                double sy = dx * sin + dy * cos + cy;
                out[v * page.width + u] = (byte) page.bilinear(sx, sy);
            }
        }
        return new GrayPage(page.width, page.height, out, page.marks == null ? null : straighten(page.marks, degrees));
    }
}
