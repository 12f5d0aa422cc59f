package org.nianbao.ocr;

/**
 * Squares a page photographed at a slant (keystone: the table's sides lean towards each other, its
 * top and bottom are not parallel), which a scan never needs. The table's outermost ruling lines are
 * found by a vote over lines within {@link #MAX_DEGREES} of vertical and of horizontal; when the left
 * and right ones (or the top and bottom ones) lean differently, the quadrilateral they enclose is
 * mapped onto a rectangle (a homography; bilinear resampling, white outside). A page whose outer
 * lines are parallel, or that has none, is left as it is.
 */
final class Keystone {

    static final double MAX_DEGREES = 3;
    private static final double STEP_DEGREES = 0.1;
    /** Sides leaning apart by less than this are parallel: the noise of a straight scan. */
    private static final double PARALLEL_DEGREES = 0.25;
    /** The vote is taken on every second pixel. */
    private static final int STEP = 2;
    /** An outer line is at least this share of the strongest line's votes, and of the page's extent. */
    private static final double STRONG = 0.5;
    private static final double LONG = 0.15;

    private Keystone() {
    }

    /** The page squared, or the same page when its outer lines are parallel or not found. */
    static GrayPage square(GrayPage page) {
        Line[] vertical = outer(page, false);
        Line[] horizontal = outer(page, true);
        if (vertical == null || horizontal == null
                || (Math.abs(vertical[0].degrees - vertical[1].degrees) < PARALLEL_DEGREES
                && Math.abs(horizontal[0].degrees - horizontal[1].degrees) < PARALLEL_DEGREES)) {
            return page;
        }
        double[][] corners = { // top left, top right, bottom left, bottom right, on the page
            cross(vertical[0], horizontal[0], page), cross(vertical[1], horizontal[0], page),
            cross(vertical[0], horizontal[1], page), cross(vertical[1], horizontal[1], page)};
        double left = (corners[0][0] + corners[2][0]) / 2;
        double right = (corners[1][0] + corners[3][0]) / 2;
        double top = (corners[0][1] + corners[1][1]) / 2;
        double bottom = (corners[2][1] + corners[3][1]) / 2;
        double[][] square = {{left, top}, {right, top}, {left, bottom}, {right, bottom}};
        double[] h = homography(square, corners);
        if (h == null) {
            return page;
        }
        return warped(page, h);
    }

    /** The page mapped through the homography {@code h} (from the square onto the page), its coloured marks with it. */
    private static GrayPage warped(GrayPage page, double[] h) {
        byte[] out = new byte[page.pixels.length];
        for (int v = 0; v < page.height; v++) {
            for (int u = 0; u < page.width; u++) {
                double w = h[6] * u + h[7] * v + 1;
                double x = (h[0] * u + h[1] * v + h[2]) / w;
                double y = (h[3] * u + h[4] * v + h[5]) / w;
                out[v * page.width + u] = (byte) page.bilinear(x, y);
            }
        }
        return new GrayPage(page.width, page.height, out, page.marks == null ? null : warped(page.marks, h));
    }

    /**
     * A line at {@code offset} (x of a near-vertical line where it crosses the page's middle row, or y
     * of a near-horizontal one where it crosses the middle column), leaning {@code degrees}.
     */
    private record Line(double offset, double degrees) {
    }

    /** The first and last strong lines near horizontal ({@code horizontal}) or vertical, or null. */
    private static Line[] outer(GrayPage page, boolean horizontal) {
        boolean[] ink = page.lineInk(horizontal);
        int along = horizontal ? page.width : page.height; // the direction the lines run
        int across = horizontal ? page.height : page.width;
        int angles = (int) Math.round(2 * MAX_DEGREES / STEP_DEGREES) + 1;
        double[] tan = new double[angles];
        for (int k = 0; k < angles; k++) {
            tan[k] = Math.tan(Math.toRadians(-MAX_DEGREES + k * STEP_DEGREES));
        }
        int[][] votes = new int[angles][across];
        double middle = along / 2.0;
        for (int a = 0; a < along; a += STEP) {
            for (int c = 0; c < across; c += STEP) {
                if (!ink[horizontal ? c * page.width + a : a * page.width + c]) {
                    continue;
                }
                for (int k = 0; k < angles; k++) {
                    int o = (int) Math.round(c - (a - middle) * tan[k]);
                    if (o >= 0 && o < across) {
                        votes[k][o]++;
                    }
                }
            }
        }
        int[] best = new int[across];
        int[] bestAngle = new int[across];
        int strongest = 0;
        for (int o = 0; o < across; o++) {
            for (int k = 0; k < angles; k++) {
                if (votes[k][o] > best[o]) {
                    best[o] = votes[k][o];
                    bestAngle[o] = k;
                }
            }
            strongest = Math.max(strongest, best[o]);
        }
        int threshold = (int) Math.max(STRONG * strongest, LONG * along / STEP);
        int first = -1;
        int last = -1;
        for (int o = 0; o < across; o++) {
            if (best[o] >= threshold) {
                first = first < 0 ? o : first;
                last = o;
            }
        }
        if (first < 0 || last - first < across / 4) {
            return null;
        }
        return new Line[] {peak(best, bestAngle, first, across), peak(best, bestAngle, last - 3, across)};
    }

    /** The strongest offset within a few pixels from {@code from} on, with its angle. */
    private static Line peak(int[] best, int[] bestAngle, int from, int across) {
        int at = Math.max(0, from);
        for (int o = at; o < Math.min(across, from + 7); o++) {
            at = best[o] > best[at] ? o : at;
        }
        return new Line(at, -MAX_DEGREES + bestAngle[at] * STEP_DEGREES);
    }

    /** Where a near-vertical line crosses a near-horizontal one, {x, y} in pixels. */
    private static double[] cross(Line vertical, Line horizontal, GrayPage page) {
        // x = xv + (y - h/2) tv  and  y = yh + (x - w/2) th
        double tv = Math.tan(Math.toRadians(vertical.degrees));
        double th = Math.tan(Math.toRadians(horizontal.degrees));
        double cx = page.width / 2.0;
        double cy = page.height / 2.0;
        double x = (vertical.offset + (horizontal.offset - cy - cx * th) * tv) / (1 - th * tv);
        double y = horizontal.offset + (x - cx) * th;
        return new double[] {x, y};
    }

    /**
     * The homography taking each {@code from} point to its {@code to} point (four each), as
     * {h0 … h7} with h8 = 1, or null when the points are degenerate.
     */
    static double[] homography(double[][] from, double[][] to) {
        double[][] m = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            m[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            m[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) { // Gauss-Jordan with partial pivoting
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                pivot = Math.abs(m[r][col]) > Math.abs(m[pivot][col]) ? r : pivot;
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                return null;
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c < 9; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = m[i][8] / m[i][i];
        }
        return h;
    }
}
