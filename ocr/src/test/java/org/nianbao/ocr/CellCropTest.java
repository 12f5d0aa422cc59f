package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;

/**
 * The crop a cell is read again from: inside its borders, less the paper further than half its
 * height from its ink; whole where it holds no ink; a cell of bare paper is not read again.
 */
class CellCropTest {

    private static final float PPP = 0.36f; // 200 dpi
    private static final int W = 300;
    private static final int H = 60;

    /** A white page W × H with dark blocks at the given {x0, y0, x1, y1} (ends exclusive). */
    private static GrayPage page(int[]... blocks) {
        byte[] px = new byte[W * H];
        Arrays.fill(px, (byte) 255);
        for (int[] b : blocks) {
            for (int y = b[1]; y < b[3]; y++) {
                for (int x = b[0]; x < b[2]; x++) {
                    px[y * W + x] = 0;
                }
            }
        }
        return new GrayPage(W, H, px);
    }

    private static final Location.PageBox CELL = new Location.PageBox(1, 0, 0, W * PPP, H * PPP);

    private static int[] pixels(GrayPage g) {
        int[] out = new int[g.width * g.height];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.pixels[i] & 0xff;
        }
        return out;
    }

    @Test
    void aFigureInAWideCellIsCroppedToHalfTheCellsHeightEitherSideOfItsInk() {
        GrayPage g = page(new int[] {140, 20, 160, 40});
        GrayPage crop = RapidPageOcr.insideBorders(g, g.faintInk(), CELL, PPP);
        int reach = (H - 6) / 2; // 3 px inside the borders, top and foot
        assertEquals(20 + 2 * reach, crop.width, "the figure's 20 px and 27 px of paper either side");
        assertEquals(H - 6, crop.height, "the cell's height inside its borders is kept");
        assertArrayEquals(pixels(g.crop(140 - reach, 3, 160 + reach, H - 3)), pixels(crop));
    }

    @Test
    void inkNearTheCellsSideKeepsWhatLiesBetweenItAndTheFigures() {
        // a piece of a ruling line 6 px inside the left border, the figures 20 px further right: both stay
        GrayPage g = page(new int[] {9, 5, 11, 55}, new int[] {30, 20, 50, 40});
        GrayPage crop = RapidPageOcr.insideBorders(g, g.faintInk(), CELL, PPP);
        assertArrayEquals(pixels(g.crop(3, 3, 50 + (H - 6) / 2, H - 3)), pixels(crop));
    }

    @Test
    void aCellWithoutInkIsLeftWholeAndNotReadAgain() {
        GrayPage g = page();
        GrayPage crop = RapidPageOcr.insideBorders(g, g.faintInk(), CELL, PPP);
        assertEquals(W - 6, crop.width);
        assertFalse(RapidPageOcr.inked(g, g.faintInk(), CELL, PPP));
        GrayPage inked = page(new int[] {100, 28, 112, 31}); // a dash for none
        assertTrue(RapidPageOcr.inked(inked, inked.faintInk(), CELL, PPP));
    }

    @Test
    void theBordersThemselvesAreNotTheCellsInk() {
        // ruling lines 2 px wide on the cell's sides lie outside the 3 px inset
        GrayPage g = page(new int[] {0, 0, W, 2}, new int[] {0, H - 2, W, H}, new int[] {0, 0, 2, H},
                new int[] {W - 2, 0, W, H});
        assertFalse(RapidPageOcr.inked(g, g.faintInk(), CELL, PPP));
    }
}
