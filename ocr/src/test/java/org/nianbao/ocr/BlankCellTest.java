package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;

/** A cell OCR read as empty is believed blank only when it holds nothing like a digit. */
class BlankCellTest {

    /** 150 dpi: a 260 × 32 px cell of table 二, 124.8 × 15.4 pt. */
    private static final float PPP = 72f / 150;
    private static final int W = 260;
    private static final int H = 32;
    private static final Location.PageBox CELL = new Location.PageBox(1, 0, 0, W * PPP, H * PPP);

    private static void fill(boolean[] ink, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                ink[y * W + x] = true;
            }
        }
    }

    @Test
    void aSmallDigitInAWideCellIsAMarkThoughItIsLittleInkForTheCell() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 20, 10, 22, 22); // the upright of a 4, 12 px (5.8 pt) tall
        fill(ink, 14, 18, 24, 20); // its bar
        assertTrue(RapidPageOcr.hasMark(CELL, ink, W, PPP));
    }

    @Test
    void specksOfNoiseAndTheRemainsOfABorderAreNot() {
        boolean[] ink = new boolean[W * H];
        for (int i = 0; i < 40; i++) {
            fill(ink, 10 + 6 * i, 8 + i % 15, 12 + 6 * i, 10 + i % 15); // 2 × 2 px specks
        }
        // what the 2 pt (4 px) inset leaves of a border turned a little: along the cell's left side and its foot
        fill(ink, 4, 4, 6, 28);
        fill(ink, 60, 26, 200, 28);
        assertFalse(RapidPageOcr.hasMark(CELL, ink, W, PPP));
    }
}
