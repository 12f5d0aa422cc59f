package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PaperLevelTest {

    /** An A4 page at 100 dpi, paper at 225, a ruled table in black across it. */
    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, 827, 1169);
        g.dispose();
        return img;
    }

    private static void table(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 20, 20));
        for (int y = 100; y <= 1000; y += 30) {
            g.drawLine(60, y, 760, y);
        }
        for (int x = 60; x <= 760; x += 100) {
            g.drawLine(x, 100, x, 1000);
        }
        g.dispose();
    }

    /** Multiplies a grey band {@code width} px wide down the page at {@code x}, as dark as {@code level} of 255 at its middle. */
    private static void band(BufferedImage img, int x, int width, int level) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int dx = 0; dx < width; dx++) {
                double depth = Math.sin(Math.PI * (dx + 0.5) / width); // 0 at the band's edges, 1 at its middle
                double f = 1 - depth * (1 - level / 255.0);
                int v = img.getRaster().getSample(x + dx, y, 0);
                img.getRaster().setSample(x + dx, y, 0, (int) Math.round(v * f));
            }
        }
    }

    @Test
    void aGreyBandDownTheFoldBecomesPaperAndThePrintInItStaysDark() {
        BufferedImage img = page();
        table(img);
        band(img, 250, 90, 130);
        GrayPage dark = GrayPage.of(img);
        assertTrue(dark.at(295, 115) < dark.inkThreshold(), "the band's paper reads as ink before");
        GrayPage even = PaperLevel.evened(dark);
        assertTrue(Math.abs(even.at(295, 115) - 225) <= 20, "the band's paper: " + even.at(295, 115));
        assertTrue(even.at(295, 115) > even.inkThreshold());
        assertTrue(even.at(295, 130) < 60, "a ruling line in the band stays dark: " + even.at(295, 130));
        assertEquals(225, even.at(500, 115), "paper outside the band is left as it is");
        assertEquals(20, even.at(500, 130), "print outside the band is left as it is");
    }

    @Test
    void anEvenPageIsLeftAsItIs() {
        BufferedImage img = page();
        table(img);
        GrayPage page = GrayPage.of(img);
        assertSame(page, PaperLevel.evened(page));
    }

    @Test
    void aPhotosLightFallingOffNearlyAsDarkAsALineIsEvenedAndMakesNoRulingLines() {
        // as the phone photos measure: paper 222 at its usual, 191 at the far corner, the table's borders
        // a photo's grey; the corner's paper lay about the line finder's level (halfway between paper and
        // Otsu's threshold) and made a staircase of ruling lines across the page (session ocr20)
        BufferedImage img = page();
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(240, 240, 240), 827, 1169, new Color(185, 185, 185)));
        g.fillRect(0, 0, 827, 1169);
        g.setColor(new Color(120, 120, 120));
        for (int y = 100; y <= 700; y += 30) {
            g.drawLine(60, y, 760, y);
        }
        for (int x = 60; x <= 760; x += 100) {
            g.drawLine(x, 100, x, 700);
        }
        g.dispose();
        java.util.Random noise = new java.util.Random(7); // a phone's sensor noise
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = img.getRaster().getSample(x, y, 0) + (int) Math.round(6 * noise.nextGaussian());
                img.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        GrayPage photo = GrayPage.of(img);
        float ppp = 72f / 100;
        long lines = RulingFinder.find(photo, ppp).size();
        GrayPage even = PaperLevel.evened(photo);
        assertTrue(even != photo, "evened");
        assertEquals(21 + 8, RulingFinder.find(even, ppp).size(), "the table's 21 rows and 8 columns, no more (" + lines
                + " before)");
        assertTrue(lines > 21 + 8, "the unevened page makes lines of its paper: " + lines);
        assertTrue(Math.abs(even.at(700, 1100) - even.at(300, 850)) <= 8, "the far corner's paper lifted to the usual: "
                + even.at(700, 1100) + " against " + even.at(300, 850));
    }

    @Test
    void lightFallingOffGentlyToOneCornerIsLeftAsItIs() {
        // the paper from 250 at one corner to 190 at the other, black print: far from the line finder's level
        BufferedImage img = page();
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(250, 250, 250), 827, 1169, new Color(190, 190, 190)));
        g.fillRect(0, 0, 827, 1169);
        g.dispose();
        table(img);
        GrayPage page = GrayPage.of(img);
        assertSame(page, PaperLevel.evened(page));
    }
}
