package org.nianbao.ocr;

import java.util.List;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Two portrait pages scanned side by side on one landscape sheet (an A3 scan of two A4 pages, as a
 * copier makes it): where the sheet parts into its pages. Read as one page, both pages' tables stand
 * on one image and the file looks like two reports; read as two halves, left then right, it is one
 * report across two pages.
 *
 * <p>The sheet parts at its gutter: a band down the middle of a landscape sheet, straightened, with
 * no ink from top to bottom, at least {@link #MIN_GUTTER} wide, and a table grid on each side of it
 * (ruling lines in both directions, all on that side). A page lying sideways (a portrait page saved
 * in landscape) is no sheet of two: its table's rows stand as vertical lines, so it has more vertical
 * ruling lines than horizontal ones, where two upright tables have more horizontal ones.
 */
final class TwoUp {

    /** A sheet at least this much wider than high may hold two pages. */
    private static final double LANDSCAPE = 1.2;
    /** The gutter's middle lies within this share of the width either side of the sheet's middle. */
    private static final double NEAR_MIDDLE = 0.1;
    /** The gutter is at least this wide (points): two pages' margins side by side; a gap between paragraphs is narrower. */
    private static final float MIN_GUTTER = 20;
    /** A column of the gutter holds at most this share of its height in ink (specks, JPEG noise). */
    private static final double SPECKS = 0.002;
    /** Each side holds at least this many ruling lines of each direction: a table grid. */
    private static final int GRID_LINES = 2;

    /** One page of the sheet, and where its left edge stands on the sheet (pixels). */
    record Side(GrayPage page, int x) {
    }

    private TwoUp() {
    }

    /**
     * The pages of the sheet, left to right: its two halves, straightened as a whole, when it holds
     * two pages side by side; else the sheet itself as it is.
     */
    static List<Side> sides(GrayPage sheet, float pointsPerPixel) {
        if (sheet.width < LANDSCAPE * sheet.height) {
            return List.of(new Side(sheet, 0));
        }
        GrayPage straight = Deskew.straighten(sheet, Deskew.angle(sheet));
        int cut = gutter(straight, RulingFinder.find(straight, pointsPerPixel), pointsPerPixel);
        if (cut < 0) {
            return List.of(new Side(sheet, 0));
        }
        return List.of(new Side(straight.crop(0, 0, cut, straight.height), 0),
                new Side(straight.crop(cut, 0, straight.width, straight.height), cut));
    }

    /** The middle of the sheet's gutter (pixels), or -1 when the sheet is one page. */
    static int gutter(GrayPage sheet, List<Ruling> rulings, float pointsPerPixel) {
        long horizontal = rulings.stream().filter(Ruling::horizontal).count();
        if (horizontal <= rulings.size() - horizontal) {
            return -1; // no upright tables: a page lying sideways, or no grid at all
        }
        boolean[] ink = sheet.ink(sheet.inkThreshold());
        int limit = (int) Math.floor(SPECKS * sheet.height);
        int from = (int) Math.round((0.5 - NEAR_MIDDLE) * sheet.width);
        int to = (int) Math.round((0.5 + NEAR_MIDDLE) * sheet.width);
        int best = -1;
        int bestWidth = 0;
        int start = -1;
        for (int x = 0; x <= sheet.width; x++) {
            boolean quiet = x < sheet.width && inkIn(ink, sheet.width, sheet.height, x) <= limit;
            if (quiet && start < 0) {
                start = x;
            } else if (!quiet && start >= 0) {
                int middle = (start + x) / 2;
                if (middle >= from && middle <= to && x - start > bestWidth) {
                    best = middle;
                    bestWidth = x - start;
                }
                start = -1;
            }
        }
        if (best < 0 || bestWidth * pointsPerPixel < MIN_GUTTER) {
            return -1;
        }
        float cut = best * pointsPerPixel;
        return grid(rulings, r -> r.x1() < cut) && grid(rulings, r -> r.x0() > cut) ? best : -1;
    }

    private static int inkIn(boolean[] ink, int width, int height, int x) {
        int n = 0;
        for (int y = 0; y < height; y++) {
            n += ink[y * width + x] ? 1 : 0;
        }
        return n;
    }

    /** Whether the ruling lines that pass {@code side} make a grid: lines in both directions. */
    private static boolean grid(List<Ruling> rulings, java.util.function.Predicate<Ruling> side) {
        long horizontal = rulings.stream().filter(side).filter(Ruling::horizontal).count();
        long vertical = rulings.stream().filter(side).filter(r -> !r.horizontal()).count();
        return horizontal >= GRID_LINES && vertical >= GRID_LINES;
    }
}
