package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoUpTest {

    /** 100 dpi: a sheet of A4 pages is 827 × 1169 px a page. */
    private static final float PPP = 72f / 100;

    /** A ruled table of {@code rows} rows and {@code cols} columns in the box. */
    private static void table(Graphics2D g, int x0, int y0, int x1, int y1, int rows, int cols) {
        for (int r = 0; r <= rows; r++) {
            int y = y0 + (y1 - y0) * r / rows;
            g.drawLine(x0, y, x1, y);
        }
        for (int c = 0; c <= cols; c++) {
            int x = x0 + (x1 - x0) * c / cols;
            g.drawLine(x, y0, x, y1);
        }
    }

    private static BufferedImage sheet(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    private static Graphics2D pen(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        return g;
    }

    @Test
    void partsASheetOfTwoPagesSideBySideAtItsGutter() {
        BufferedImage img = sheet(1654, 1169);
        Graphics2D g = pen(img);
        table(g, 80, 120, 760, 1050, 20, 5);   // the left page's table: its right margin 67 px
        table(g, 910, 120, 1590, 1050, 20, 5); // the right page's: its left margin 83 px
        g.dispose();
        List<TwoUp.Side> sides = TwoUp.sides(GrayPage.of(img), PPP);
        assertEquals(2, sides.size());
        int cut = sides.get(1).x();
        assertTrue(cut > 765 && cut < 905, "the cut at " + cut + " lies in the gutter");
        assertEquals(0, sides.get(0).x());
        assertEquals(cut, sides.get(0).page().width);
        assertEquals(1654 - cut, sides.get(1).page().width);
    }

    @Test
    void aPortraitPageIsOnePage() {
        GrayPage page = GrayPage.of(sheet(827, 1169));
        List<TwoUp.Side> sides = TwoUp.sides(page, PPP);
        assertEquals(1, sides.size());
        assertSame(page, sides.get(0).page());
    }

    @Test
    void aLandscapePageWithOneTableAcrossItIsOnePage() {
        BufferedImage img = sheet(1654, 1169);
        Graphics2D g = pen(img);
        table(g, 80, 120, 1590, 1050, 20, 8);
        g.dispose();
        assertEquals(1, TwoUp.sides(GrayPage.of(img), PPP).size());
    }

    @Test
    void aPageLyingSidewaysWithAGapDownItsMiddleIsOnePage() {
        // a portrait page saved in landscape: its tables' rows stand as vertical lines; between its two
        // tables a band with no ink
        BufferedImage img = sheet(1654, 1169);
        Graphics2D g = pen(img);
        table(g, 80, 100, 760, 1070, 5, 20);
        table(g, 910, 100, 1590, 1070, 5, 20);
        g.dispose();
        assertEquals(1, TwoUp.sides(GrayPage.of(img), PPP).size());
    }

    @Test
    void aNarrowGapBetweenTwoTablesIsNoGutter() {
        BufferedImage img = sheet(1654, 1169);
        Graphics2D g = pen(img);
        table(g, 80, 120, 820, 1050, 20, 5);
        table(g, 840, 120, 1590, 1050, 20, 5); // 20 px apart: 14 pt
        g.dispose();
        assertEquals(1, TwoUp.sides(GrayPage.of(img), PPP).size());
    }
}
