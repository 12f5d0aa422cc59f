package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A table photographed at a slant is squared; a scanned table, already square, is left alone. */
class KeystoneTest {

    /** A 600 × 800 page with a ruled table of 4 columns and 6 rows between the four corners given. */
    private static GrayPage table(double[] tl, double[] tr, double[] bl, double[] br) {
        BufferedImage img = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i <= 4; i++) {
            double t = i / 4.0;
            g.drawLine((int) Math.round(tl[0] + t * (tr[0] - tl[0])), (int) Math.round(tl[1] + t * (tr[1] - tl[1])),
                    (int) Math.round(bl[0] + t * (br[0] - bl[0])), (int) Math.round(bl[1] + t * (br[1] - bl[1])));
        }
        for (int i = 0; i <= 6; i++) {
            double t = i / 6.0;
            g.drawLine((int) Math.round(tl[0] + t * (bl[0] - tl[0])), (int) Math.round(tl[1] + t * (bl[1] - tl[1])),
                    (int) Math.round(tr[0] + t * (br[0] - tr[0])), (int) Math.round(tr[1] + t * (br[1] - tr[1])));
        }
        g.dispose();
        return GrayPage.of(img);
    }

    /** The x of the first dark pixel in row {@code y} from {@code x} rightwards. */
    private static int darkFrom(GrayPage p, int x, int y) {
        while (x < p.width && p.at(x, y) > 128) {
            x++;
        }
        return x;
    }

    /** The y of the first dark pixel in column {@code x} from {@code y} downwards. */
    private static int darkBelow(GrayPage p, int x, int y) {
        while (y < p.height && p.at(x, y) > 128) {
            y++;
        }
        return y;
    }

    @Test
    void aTableWhoseTopIsNarrowerThanItsBottomGetsUprightSidesAndLevelBorders() {
        GrayPage photo = table(new double[] {130, 100}, new double[] {470, 108}, new double[] {100, 700},
                new double[] {500, 694});
        assertTrue(darkFrom(photo, 0, 130) - darkFrom(photo, 0, 670) > 20, "the left side leans in the photo");
        GrayPage squared = Keystone.square(photo);
        assertEquals(darkFrom(squared, 0, 130), darkFrom(squared, 0, 670), 2, "the left side stands upright");
        assertEquals(darkFrom(squared, 350, 130), darkFrom(squared, 350, 670), 2, "so does the right side");
        assertEquals(darkBelow(squared, 150, 0), darkBelow(squared, 450, 0), 2, "the top border is level");
        assertEquals(darkBelow(squared, 150, 400), darkBelow(squared, 450, 400), 2, "so is an inner one");
    }

    @Test
    void aSquareTableIsLeftAsItIs() {
        GrayPage scan = table(new double[] {100, 100}, new double[] {500, 100}, new double[] {100, 700},
                new double[] {500, 700});
        assertSame(scan, Keystone.square(scan));
    }

    @Test
    void theHomographyTakesEachCornerToItsImage() {
        double[][] from = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        double[][] to = {{1, 2}, {9, 1}, {0, 11}, {12, 12}};
        double[] h = Keystone.homography(from, to);
        for (int i = 0; i < 4; i++) {
            double w = h[6] * from[i][0] + h[7] * from[i][1] + 1;
            assertArrayEquals(to[i], new double[] {(h[0] * from[i][0] + h[1] * from[i][1] + h[2]) / w,
                (h[3] * from[i][0] + h[4] * from[i][1] + h[5]) / w}, 1e-9);
        }
    }
}
