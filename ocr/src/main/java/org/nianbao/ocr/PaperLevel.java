package org.nianbao.ocr;

/**
 * The paper's grey level across a page, and the page evened out where its paper is darker: a dark
 * photocopy's grey band down the fold (the page did not lie flat on the copier's glass) makes paper
 * as dark as Otsu's ink threshold, so the band reads as a block of ink, its ruling lines and labels
 * lost in it, and the table across it is not found.
 *
 * <p>The paper's level is the page closed (greyscale morphology): reduced to about {@link #WORK_WIDTH}
 * pixels across, each pixel its block's mean (a white speck of a photocopy's noise does not
 * brighten it as it would its brightest), then the brightest within {@link #REACH} of
 * the width around each pixel (print, narrower than that, goes), then the darkest within as much (a
 * dark region wider than print, the band, comes back to its own width), read bilinearly between the
 * reduced pixels. Where the paper somewhere is darker than {@link #DARK_PAPER} of the way from Otsu's
 * threshold to the page's usual paper (the median level), each pixel is lifted by the ratio of the usual
 * paper to the paper under it, so the band becomes paper like the rest of the page and its print stays
 * dark; paper as bright as the usual or brighter is left as it is. A phone photo's light falling off to
 * one corner is evened too: its darkest paper (0.53 to 0.61 of the way on the photos measured) lay at
 * the level below which the line finder takes a pixel for a ruling line's (halfway), and the sensor's
 * noise there made a staircase of short lines across the page, through table 四 (session ocr20). A
 * page whose paper is even (every scan measured: 0.94 and more) is returned as it is.
 */
final class PaperLevel {

    /** The paper's level is measured on the page reduced to about this many pixels across. */
    private static final int WORK_WIDTH = 400;
    /** Dark marks narrower than twice this share of the page's width are print, not darker paper (20 px at 200 dpi). */
    private static final double REACH = 1.0 / 80;
    /**
     * The page is evened where some paper is darker than this share of the way from Otsu's threshold to
     * the usual paper (0.25 before session ocr20: a dark photocopy's band only).
     */
    private static final double DARK_PAPER = 0.8;

    private PaperLevel() {
    }

    /** The page with its paper evened out where part of it is nearly as dark as ink; else the page itself. */
    static GrayPage evened(GrayPage page) {
        int block = Math.max(1, page.width / WORK_WIDTH);
        int across = page.width / block;
        int down = page.height / block;
        int reach = Math.max(1, (int) Math.round(REACH * page.width / block));
        if (across <= 2 * reach || down <= 2 * reach) {
            return page;
        }
        int[] level = reduced(page, block, across, down);
        level = extreme(extreme(level, across, down, reach, true), across, down, reach, false);
        int[] sorted = level.clone();
        java.util.Arrays.sort(sorted);
        int usual = sorted[sorted.length / 2];
        int threshold = page.inkThreshold();
        if (sorted[0] >= threshold + DARK_PAPER * (usual - threshold)) {
            return page;
        }
        byte[] out = new byte[page.pixels.length];
        for (int y = 0; y < page.height; y++) {
            for (int x = 0; x < page.width; x++) {
                double paper = between(level, across, down, (x + 0.5) / block - 0.5, (y + 0.5) / block - 0.5);
                int grey = page.pixels[y * page.width + x] & 0xff;
                out[y * page.width + x] = (byte) (paper >= usual ? grey
                        : (int) Math.round(Math.min(255, grey * usual / Math.max(1, paper))));
            }
        }
        return new GrayPage(page.width, page.height, out, page.marks);
    }

    /** The page reduced by {@code block}: each pixel its block's mean. */
    private static int[] reduced(GrayPage page, int block, int across, int down) {
        int[] out = new int[across * down];
        for (int y = 0; y < down * block; y++) {
            for (int x = 0; x < across * block; x++) {
                out[(y / block) * across + x / block] += page.at(x, y);
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= block * block;
        }
        return out;
    }

    /** Each pixel the brightest ({@code brightest}) or darkest within {@code reach} of it, across and down. */
    private static int[] extreme(int[] level, int across, int down, int reach, boolean brightest) {
        int[] rows = new int[level.length];
        for (int y = 0; y < down; y++) {
            for (int x = 0; x < across; x++) {
                int m = level[y * across + x];
                for (int k = Math.max(0, x - reach); k <= Math.min(across - 1, x + reach); k++) {
                    m = brightest ? Math.max(m, level[y * across + k]) : Math.min(m, level[y * across + k]);
                }
                rows[y * across + x] = m;
            }
        }
        int[] out = new int[level.length];
        for (int y = 0; y < down; y++) {
            for (int x = 0; x < across; x++) {
                int m = rows[y * across + x];
                for (int k = Math.max(0, y - reach); k <= Math.min(down - 1, y + reach); k++) {
                    m = brightest ? Math.max(m, rows[k * across + x]) : Math.min(m, rows[k * across + x]);
                }
                out[y * across + x] = m;
            }
        }
        return out;
    }

    /** The level at a point given in reduced pixels (0 at the first one's centre), read between their centres. */
    private static double between(int[] level, int across, int down, double bx, double by) {
        double x = Math.max(0, Math.min(across - 1, bx));
        double y = Math.max(0, Math.min(down - 1, by));
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(across - 1, x0 + 1);
        int y1 = Math.min(down - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = level[y0 * across + x0] * (1 - fx) + level[y0 * across + x1] * fx;
        double bottom = level[y1 * across + x0] * (1 - fx) + level[y1 * across + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
