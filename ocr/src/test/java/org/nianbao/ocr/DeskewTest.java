package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DeskewTest {

    /** A ruled grid turned by {@code degrees} (positive: running down to the right). */
    private static GrayPage grid(double degrees) {
        BufferedImage img = new BufferedImage(800, 1000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 1000);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), 400, 500);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        for (int y = 150; y <= 850; y += 40) {
            g.drawLine(100, y, 700, y);
        }
        for (int x = 100; x <= 700; x += 150) {
            g.drawLine(x, 150, x, 850);
        }
        g.dispose();
        return GrayPage.of(img);
    }

    @Test
    void measuresTheSkewOfAScannedPage() {
        assertEquals(0, Deskew.angle(grid(0)), 0.06);
        assertEquals(1.0, Deskew.angle(grid(1.0)), 0.11);
        assertEquals(-1.5, Deskew.angle(grid(-1.5)), 0.11);
    }

    @Test
    void straightenedPageHasLevelLines() {
        GrayPage page = grid(1.2);
        GrayPage straight = Deskew.straighten(page, Deskew.angle(page));
        assertEquals(0, Deskew.angle(straight), 0.06);
        assertEquals(18, RulingFinder.find(straight, 72f / 200).stream()
                .filter(org.nianbao.reconstruct.pdf.Ruling::horizontal).count());
    }
}
