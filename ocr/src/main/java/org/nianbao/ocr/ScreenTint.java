package org.nianbao.ocr;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;

/**
 * A light screen tint printed behind solid print (an offset printer's 25 % grey behind a table, its dots at
 * 45°): the page has as many specks as a halftone ({@link Halftone}), but its print was never dithered — the
 * specks are the tint's dots, much lighter than the print, and the print's strokes and ruling lines are
 * solid. Descreened as a halftone (each pixel the mean of a box of the dots' spacing), the page lost what
 * the tint did not touch: its 0.5 pt ruling lines, 1–2 px of grey 35–150, were smeared lighter than a
 * line's grey, so the grid finder lost the row borders (1 of 20 found on page 2 of
 * {@code make-textured-scans.sh}'s grain + tint scan, the strokes of characters taken for 37 column borders),
 * and the tinted cells stayed a grey holding faint ink, so each blank cell was read again (session of 3 Dec
 * 18:41, ocr7).
 *
 * <p>A tint is told by its specks' grey: the median of their pixels at least {@link #LIGHT} (the grain +
 * tint scan: 122; a halftone's dots are black, 0 in the bi-level scans measured). Where the tint lies —
 * blocks of {@link #BLOCK_POINTS} holding as many speck pixels as a halftone holds specks (one for every
 * {@link Halftone#SPACING_POINTS} squared), and the blocks beside them — it is dropped to the paper of the
 * page around it: every pixel lighter than the print's level (the dots' grey less three times their spread
 * below it, the median less the tenth percentile: 98 on the scan's pages, its strokes' and most ruling
 * lines' cores 35–80), and every speck no darker than half the dots' grey (a dot the noise darkened; a
 * decimal point or a stop printed in the table is as dark as print). A ruling line is kept whole: a pixel
 * in a run along its row or down its column at least {@link #LINE_POINTS} long of pixels darker than
 * halfway between the dots and the paper keeps its grey (a row border printed two pixels high, each at grey
 * 150, lighter than the dots, with the dots on it at 80: dropped with the tint, it was lost). The print and
 * the page outside the tint are left as they lie.
 */
final class ScreenTint {

    /** Specks whose pixels' median grey is at least this are a tint's dots, lighter than print (3/4 of mid-grey). */
    private static final int LIGHT = 96;
    /** The tint is found block by block, blocks of this many points square (44 px at 200 dpi). */
    private static final float BLOCK_POINTS = 16f;
    /** The print's level lies this many times the dots' spread below their median grey. */
    private static final int SPREADS = 3;
    /** A run of grey at least this long (points) along a row or down a column is a ruling line's: the finder's shortest. */
    private static final float LINE_POINTS = 12f;

    private ScreenTint() {
    }

    /**
     * The page with its light tint dropped to paper, when the specks ({@code specks}: their pixels, as
     * {@link Halftone} marks them) are a tint's; empty when they are as dark as print (a halftone).
     */
    static Optional<GrayPage> dropped(GrayPage page, boolean[] specks, float ppp) {
        long[] hist = new long[256];
        long pixels = 0;
        for (int i = 0; i < specks.length; i++) {
            if (specks[i]) {
                hist[page.pixels[i] & 0xff]++;
                pixels++;
            }
        }
        if (pixels == 0) {
            return Optional.empty();
        }
        int dots = quantile(hist, pixels, 0.5);
        if (dots < LIGHT) {
            return Optional.empty();
        }
        int print = Math.max(dots / 2, dots - SPREADS * (dots - quantile(hist, pixels, 0.1)));
        int block = block(ppp);
        int across = (page.width + block - 1) / block;
        boolean[] tinted = tinted(page, specks, ppp);
        int paper = paper(page, tinted, across, block, dots);
        boolean[] dotLike = lightSpecks(page, specks, dots / 2);
        boolean[] line = lines(page, (dots + paper) / 2, Math.round(LINE_POINTS / ppp));
        byte[] out = page.pixels.clone();
        for (int y = 0; y < page.height; y++) {
            for (int x = 0; x < page.width; x++) {
                int i = y * page.width + x;
                if (tinted[(y / block) * across + x / block] && !line[i]
                        && ((page.pixels[i] & 0xff) >= print || dotLike[i])) {
                    out[i] = (byte) paper;
                }
            }
        }
        return Optional.of(new GrayPage(page.width, page.height, out, page.marks));
    }

    /** The pixels of runs along rows or down columns, at least {@code least} long, of pixels darker than {@code level}. */
    private static boolean[] lines(GrayPage page, int level, int least) {
        int w = page.width;
        int h = page.height;
        boolean[] out = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int start = 0;
            for (int x = 0; x <= w; x++) {
                if (x == w || (page.pixels[y * w + x] & 0xff) >= level) {
                    for (int k = x - start >= least ? start : x; k < x; k++) {
                        out[y * w + k] = true;
                    }
                    start = x + 1;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            int start = 0;
            for (int y = 0; y <= h; y++) {
                if (y == h || (page.pixels[y * w + x] & 0xff) >= level) {
                    for (int k = y - start >= least ? start : y; k < y; k++) {
                        out[k * w + x] = true;
                    }
                    start = y + 1;
                }
            }
        }
        return out;
    }

    /** The pixels of the specks (8-connected) whose darkest pixel is {@code darkest} or lighter: the tint's dots. */
    private static boolean[] lightSpecks(GrayPage page, boolean[] specks, int darkest) {
        int w = page.width;
        boolean[] seen = new boolean[specks.length];
        boolean[] out = new boolean[specks.length];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        int[] blob = new int[64];
        for (int i = 0; i < specks.length; i++) {
            if (!specks[i] || seen[i]) {
                continue;
            }
            seen[i] = true;
            todo.add(i);
            int n = 0;
            int min = 255;
            while (!todo.isEmpty()) {
                int p = todo.poll();
                if (n == blob.length) {
                    blob = Arrays.copyOf(blob, 2 * n);
                }
                blob[n++] = p;
                min = Math.min(min, page.pixels[p] & 0xff);
                int px = p % w;
                int py = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        int q = ny * w + nx;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < page.height && specks[q] && !seen[q]) {
                            seen[q] = true;
                            todo.add(q);
                        }
                    }
                }
            }
            for (int k = 0; min >= darkest && k < n; k++) {
                out[blob[k]] = true;
            }
        }
        return out;
    }

    private static int block(float ppp) {
        return Math.max(8, Math.round(BLOCK_POINTS / ppp));
    }

    /** The grey below which {@code q} of the counted pixels lie. */
    private static int quantile(long[] hist, long total, double q) {
        long seen = 0;
        for (int g = 0; g < 256; g++) {
            seen += hist[g];
            if (seen >= q * total) {
                return g;
            }
        }
        return 255;
    }

    /**
     * The blocks where the tint lies, row by row: those holding speck pixels at a halftone's density of specks,
     * and the blocks beside them (a block the tint's edge crosses).
     */
    private static boolean[] tinted(GrayPage page, boolean[] specks, float ppp) {
        int block = block(ppp);
        int across = (page.width + block - 1) / block;
        int down = (page.height + block - 1) / block;
        int[] count = new int[across * down];
        for (int y = 0; y < page.height; y++) {
            for (int x = 0; x < page.width; x++) {
                int i = y * page.width + x;
                if (specks[i]) {
                    count[(y / block) * across + x / block]++;
                }
            }
        }
        double spacing = Halftone.SPACING_POINTS / ppp;
        double least = block * block / (spacing * spacing);
        boolean[] dense = new boolean[count.length];
        for (int b = 0; b < count.length; b++) {
            dense[b] = count[b] >= least;
        }
        boolean[] out = new boolean[count.length];
        for (int by = 0; by < down; by++) {
            for (int bx = 0; bx < across; bx++) {
                for (int dy = -1; dy <= 1 && !out[by * across + bx]; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = bx + dx;
                        int ny = by + dy;
                        if (nx >= 0 && ny >= 0 && nx < across && ny < down && dense[ny * across + nx]) {
                            out[by * across + bx] = true;
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The paper: the median grey of the pixels lighter than the dots outside the tint, or inside it when the
     * tint is everywhere.
     */
    private static int paper(GrayPage page, boolean[] tinted, int across, int block, int dots) {
        long[] outside = new long[256];
        long[] all = new long[256];
        long n = 0;
        long total = 0;
        for (int y = 0; y < page.height; y++) {
            for (int x = 0; x < page.width; x++) {
                int g = page.pixels[y * page.width + x] & 0xff;
                if (g > dots) {
                    all[g]++;
                    total++;
                    if (!tinted[(y / block) * across + x / block]) {
                        outside[g]++;
                        n++;
                    }
                }
            }
        }
        return n > 0 ? quantile(outside, n, 0.5) : total > 0 ? quantile(all, total, 0.5) : 255;
    }
}
