package org.nianbao.ocr;

import java.util.ArrayDeque;

/**
 * A page a scanner set to "halftone" (or a copier's photo mode, a fax's dither) turned into dots: the
 * grey of its paper, of a shaded cell and of grey print became a pattern of black specks on white.
 * Read as it is, every speck is ink: the engine's detector finds text all over the paper, the cells'
 * ink runs from border to border (a blank cell is no blank, its ink read again in crops of the whole
 * cell, three copies side by side, enlarged three times: a 150 dpi page gave the engine mosaics of up
 * to 38 Mpx, 6.85 GB and past the 300 s page limit, session of 3 Dec 12:33, ocr5), and the dots, set in
 * rows, are what the skew search sees (a page turned 0.6° was found straight).
 *
 * <p>A halftoned page is told by its specks: blobs of dark pixels (below mid-grey) no more than
 * {@link #SPECK_POINTS} across, at least one for every {@link #SPACING_POINTS} squared of the page
 * (measured at 200 dpi: LibreOffice's and Chromium's prints dithered o3x3 at 150 dpi and o4x4 at 200 dpi,
 * one speck per 8 to 25 px², that is 1.0 to 1.8 pt apart; a clean bi-level scan 9 to 14 a page, a 100 dpi fax
 * one per 1,000 px² at 100 dpi, 23 pt apart, its specks the pieces of its broken strokes). Such a page is
 * descreened: each pixel becomes the mean of a box of the dither's period around it (the distance
 * at which the specks repeat along rows and down columns: an ordered dither's cell, 4 px for o4x4 at
 * 200 dpi and for o3x3 at 150 dpi rendered at 200), which gives back the grey the dots stood for — paper light
 * grey, print dark — for the rest of the page's steps to see as a grey scan's. Where the specks do not
 * repeat (error diffusion) the box is as wide as they stand apart.
 *
 * <p>A page whose paper dithered to white has no specks to count: only the grey edges of its print
 * became dots, and they touch the strokes (a borderless report printed by Chromium, rendered at
 * 150 dpi grey and dithered o3x3: 313 specks a page, strokes broken into hatching the engine read as
 * 16 of 200 cells, session of 3 Dec 15:37, ocr6). Its print is told by its ink's repetition
 * ({@link #inkPeriod}): ink finds ink again at the dither's period and its multiples more often than
 * between them, which solid strokes never do (the share of ink pixels with ink at a lag falls as the lag
 * grows). Such a page is descreened with a box of that period as well.
 */
final class Halftone {

    /** A speck is a blob at most this many points across either way (2 to 3 px at 200 dpi). */
    private static final float SPECK_POINTS = 1.2f;
    /** A halftoned page has a speck for every this many points squared, or more (its specks stand closer). */
    static final float SPACING_POINTS = 3f;
    /** A pixel darker than this is a dot's (the dither's dots are black; its paper white). */
    private static final int DARK = 128;
    /** Periods (pixels) the specks' repetition is looked for at, and the share of specks that must repeat. */
    private static final int MIN_PERIOD = 2;
    private static final int MAX_PERIOD = 12;
    private static final double REPEATS = 0.5;
    /**
     * Periods (pixels) the ink's repetition is looked for at: the dither's cell at 200 dpi (4 px for o3x3
     * at 150 dpi, for o4x4 at 200 dpi; 8 for o8x8 at 200 dpi), the lags measured up to
     * {@link #REPEATS_SEEN} times the longest.
     */
    private static final int MAX_INK_PERIOD = 8;
    /** The ink's repetition must be seen at twice the period and at every multiple up to this one. */
    private static final int REPEATS_SEEN = 3;
    /**
     * How much more often ink finds ink at a multiple of a period than at the least lag since the multiple
     * before, both along rows and down columns, for the ink to repeat at it (shares of the ink pixels; a
     * page's score is the least of its four rises at its best period). Measured: the dithered borderless
     * scan's pages +0.053 to +0.074 (rendered at 200 dpi, period 4 px), +0.027 (its image at 150 dpi,
     * period 3 px); all 44 pages of the fixture scans, phone photos, the bi-level TIFF and the fax at most
     * -0.004 (solid strokes: the share only falls).
     */
    private static final double INK_RISE = 0.015;

    private Halftone() {
    }

    /**
     * The page descreened when it is halftoned; its tint dropped when its specks are a light screen tint's
     * behind solid print ({@link ScreenTint}: descreening would smear the print's ruling lines away); else
     * the page itself.
     */
    static GrayPage descreened(GrayPage page, float ppp) {
        boolean[] specks = new boolean[page.pixels.length];
        long count = specksOf(page, ppp, specks);
        double area = (double) page.width * page.height * ppp * ppp;
        if (count == 0 || area / count > SPACING_POINTS * SPACING_POINTS) {
            java.util.OptionalInt inked = inkPeriod(page);
            return inked.isPresent() ? boxMean(page, inked.getAsInt()) : page;
        }
        java.util.Optional<GrayPage> untinted = ScreenTint.dropped(page, specks, ppp);
        if (untinted.isPresent()) {
            return untinted.get();
        }
        long pixels = 0;
        for (boolean s : specks) {
            pixels += s ? 1 : 0;
        }
        int box = period(specks, page.width, page.height, pixels)
                .orElse((int) Math.ceil(Math.sqrt((double) page.width * page.height / count)));
        return boxMean(page, box);
    }

    /**
     * The number of specks on the page: blobs of dark pixels (8-connected) no more than
     * {@link #SPECK_POINTS} across either way.
     */
    static long specks(GrayPage page, float ppp) {
        return specksOf(page, ppp, null);
    }

    /** Counts the specks, marking their pixels in {@code out} when it is given. */
    private static long specksOf(GrayPage page, float ppp, boolean[] out) {
        int w = page.width;
        int h = page.height;
        int most = Math.max(2, Math.round(SPECK_POINTS / ppp));
        boolean[] seen = new boolean[w * h];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        int[] blob = new int[(most + 1) * (most + 1)];
        long count = 0;
        for (int i = 0; i < w * h; i++) {
            if (seen[i] || (page.pixels[i] & 0xff) >= DARK) {
                continue;
            }
            seen[i] = true;
            todo.add(i);
            int x0 = i % w;
            int x1 = x0;
            int y0 = i / w;
            int y1 = y0;
            int n = 0;
            boolean small = true;
            while (!todo.isEmpty()) {
                int p = todo.poll();
                int px = p % w;
                int py = p / w;
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
                small &= x1 - x0 < most && y1 - y0 < most;
                if (small && n < blob.length) {
                    blob[n] = p;
                }
                n++;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx]
                                && (page.pixels[ny * w + nx] & 0xff) < DARK) {
                            seen[ny * w + nx] = true;
                            todo.add(ny * w + nx);
                        }
                    }
                }
            }
            if (small) {
                count++;
                for (int k = 0; out != null && k < Math.min(n, blob.length); k++) {
                    out[blob[k]] = true;
                }
            }
        }
        return count;
    }

    /**
     * The distance (pixels) at which the specks repeat along rows and down columns: the shortest from
     * {@link #MIN_PERIOD} to {@link #MAX_PERIOD} at which at least {@link #REPEATS} of the speck pixels
     * find a speck pixel again both ways; empty when there is none (the dots of an error diffusion).
     */
    static java.util.OptionalInt period(boolean[] specks, int w, int h, long pixels) {
        if (pixels == 0) {
            return java.util.OptionalInt.empty();
        }
        for (int lag = MIN_PERIOD; lag <= MAX_PERIOD; lag++) {
            long across = 0;
            long down = 0;
            for (int y = 0; y + lag < h; y++) {
                for (int x = 0; x + lag < w; x++) {
                    int i = y * w + x;
                    if (specks[i]) {
                        across += specks[i + lag] ? 1 : 0;
                        down += specks[i + lag * w] ? 1 : 0;
                    }
                }
            }
            if (across >= REPEATS * pixels && down >= REPEATS * pixels) {
                return java.util.OptionalInt.of(lag);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * The period (pixels) at which the page's ink repeats, where it does: the shortest from
     * {@link #MIN_PERIOD} to {@link #MAX_INK_PERIOD} at whose multiples ink finds ink more often than
     * between them ({@link #rises}), both along rows and down columns; empty for solid print, whose
     * repetition falls with the lag.
     */
    static java.util.OptionalInt inkPeriod(GrayPage page) {
        int w = page.width;
        int h = page.height;
        int lags = REPEATS_SEEN * MAX_INK_PERIOD;
        long ink = 0;
        long[] across = new long[lags + 1];
        long[] down = new long[lags + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if ((page.pixels[i] & 0xff) >= DARK) {
                    continue;
                }
                ink++;
                for (int k = 1; k <= lags; k++) {
                    across[k] += x + k < w && (page.pixels[i + k] & 0xff) < DARK ? 1 : 0;
                    down[k] += y + k < h && (page.pixels[i + k * w] & 0xff) < DARK ? 1 : 0;
                }
            }
        }
        if (ink == 0) {
            return java.util.OptionalInt.empty();
        }
        for (int p = MIN_PERIOD; p <= MAX_INK_PERIOD; p++) {
            if (rises(across, p, ink) && rises(down, p, ink)) {
                return java.util.OptionalInt.of(p);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * Whether ink finds ink at twice and at three times the period {@link #INK_RISE} more often than at
     * the least lag before each, back to the multiple before it (a period half the dither's would see
     * the rise at its double, the dither's period, and miss it at its triple).
     */
    private static boolean rises(long[] atLag, int period, long ink) {
        for (int multiple = 2; multiple <= REPEATS_SEEN; multiple++) {
            long least = Long.MAX_VALUE;
            for (int k = (multiple - 1) * period + 1; k < multiple * period; k++) {
                least = Math.min(least, atLag[k]);
            }
            if (atLag[multiple * period] - least < INK_RISE * ink) {
                return false;
            }
        }
        return true;
    }

    /** Each pixel the mean of the {@code box} × {@code box} pixels around it (clipped at the page's edges). */
    static GrayPage boxMean(GrayPage page, int box) {
        int w = page.width;
        int h = page.height;
        int before = (box - 1) / 2;
        int after = box - 1 - before;
        int[] rows = new int[w * h];
        for (int y = 0; y < h; y++) {
            long sum = 0;
            int n = 0;
            // a running sum along the row over [x - before, x + after]
            for (int x = -after; x < w; x++) {
                int in = x + after;
                if (in < w) {
                    sum += page.pixels[y * w + in] & 0xff;
                    n++;
                }
                int outAt = x - before - 1;
                if (outAt >= 0) {
                    sum -= page.pixels[y * w + outAt] & 0xff;
                    n--;
                }
                if (x >= 0) {
                    rows[y * w + x] = (int) Math.round(sum * 256.0 / n);
                }
            }
        }
        byte[] out = new byte[w * h];
        for (int x = 0; x < w; x++) {
            long sum = 0;
            int n = 0;
            for (int y = -after; y < h; y++) {
                int in = y + after;
                if (in < h) {
                    sum += rows[in * w + x];
                    n++;
                }
                int outAt = y - before - 1;
                if (outAt >= 0) {
                    sum -= rows[outAt * w + x];
                    n--;
                }
                if (y >= 0) {
                    out[y * w + x] = (byte) Math.min(255, Math.round(sum / (256.0 * n)));
                }
            }
        }
        return new GrayPage(w, h, out, page.marks);
    }
}
