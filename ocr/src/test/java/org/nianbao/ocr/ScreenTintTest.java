package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A light screen tint behind solid print is dropped to paper, its ruling lines and figures kept; it is not
 * descreened as a halftone, which smeared the lines away. Real pixels: {@code tinted-cells-200dpi.png} is
 * 480 × 240 px of page 2 of {@code tools/ocr-fixtures/make-textured-scans.sh}'s grain + tint scan (Chromium's
 * print of seed 3131's 0001-2021, 200 dpi grey, paper grain, a 25 % screen tint dithered h6x6a behind the
 * lower half, JPEG q60) as the PDF's image holds it, at x 1000, y 1900: the last two rows of table 三 with
 * their 0s, a row border at y = 73 px and the table's bottom border at y = 179–180 px, printed two pixels
 * high at grey 150 — lighter than the tint's dots (about 122), which sit on it at 80.
 */
class ScreenTintTest {

    /** 200 dpi. */
    private static final float PPP = 72f / 200;

    private static GrayPage image(String name) throws IOException {
        try (InputStream in = ScreenTintTest.class.getResourceAsStream(name)) {
            return GrayPage.of(ImageIO.read(in));
        }
    }

    /** Whether any pixel in the rectangle (pixels, ends exclusive) is marked. */
    private static boolean any(boolean[] marked, int width, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (marked[y * width + x]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a piece of line along a row at height {@code y} (points) runs across the crop's cells, 100 pt or more. */
    private static boolean rowBorderAt(List<float[]> pieces, float y) {
        return pieces.stream().anyMatch(l -> Math.abs(l[0] - y) <= 1.5f && l[2] - l[1] >= 100);
    }

    @Test
    void aLightTintsDotsBecomePaperWhileItsRulingLinesAndFiguresStay() throws IOException {
        GrayPage scan = image("tinted-cells-200dpi.png");
        assertTrue(any(scan.ink(128), scan.width, 75, 85, 125, 170), "the blank cell holds the tint's dots");
        GrayPage untinted = Halftone.descreened(scan, PPP);
        boolean[] faint = untinted.faintInk();
        assertFalse(any(faint, untinted.width, 75, 85, 125, 170), "the blank cell is bare paper");
        assertFalse(any(faint, untinted.width, 0, 195, 330, 235), "so is the tinted paper below the table");
        int threshold = untinted.inkThreshold();
        assertTrue(any(untinted.ink(threshold), untinted.width, 45, 110, 60, 140), "the 0 is ink");
        // the crop cuts the borders at its edge, where no column border ends them: their pieces are looked at
        List<float[]> pieces = RulingFinder.pieces(untinted, PPP, true, 20f);
        assertTrue(rowBorderAt(pieces, 73 * PPP), "the row border is a line");
        assertTrue(rowBorderAt(pieces, 179.5f * PPP), "and so is the light bottom border");
    }

    @Test
    void aHalftonesBlackDotsAreNoTint() throws IOException {
        GrayPage scan = image("halftoned-row-150dpi.png");
        // every pixel darker than mid-grey taken for a speck's: the dither's dots are black, as dark as print
        assertTrue(ScreenTint.dropped(scan, scan.ink(127), 72f / 150).isEmpty());
    }
}
