package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

class RulingFinderTest {

    private static final int W = 400;
    private static final int H = 300;

    private static void hline(boolean[] ink, int y, int x0, int x1, int thick) {
        for (int t = 0; t < thick; t++) {
            for (int x = x0; x <= x1; x++) {
                ink[(y + t) * W + x] = true;
            }
        }
    }

    private static void vline(boolean[] ink, int x, int y0, int y1, int thick) {
        for (int t = 0; t < thick; t++) {
            for (int y = y0; y <= y1; y++) {
                ink[y * W + x + t] = true;
            }
        }
    }

    private static GrayPage page(boolean[] ink) {
        byte[] px = new byte[ink.length];
        for (int i = 0; i < ink.length; i++) {
            px[i] = (byte) (ink[i] ? 0 : 255);
        }
        return new GrayPage(W, H, px);
    }

    /** A 2 x 2 table, 2-pixel borders, at one point per pixel. */
    private static boolean[] table() {
        boolean[] ink = new boolean[W * H];
        for (int y : new int[] {50, 100, 150}) {
            hline(ink, y, 50, 351, 2);
        }
        for (int x : new int[] {50, 200, 350}) {
            vline(ink, x, 50, 151, 2);
        }
        return ink;
    }

    @Test
    void findsTheBordersOfADrawnTableInPoints() {
        List<Ruling> r = RulingFinder.find(page(table()), 0.5f);
        assertEquals(3, r.stream().filter(Ruling::horizontal).count());
        assertEquals(3, r.stream().filter(Ruling::vertical).count());
        Ruling top = r.stream().filter(Ruling::horizontal).min((a, b) -> Float.compare(a.y0(), b.y0())).orElseThrow();
        assertEquals(25.5f, top.y0(), 0.01f);
        assertEquals(25f, top.x0(), 0.01f);
        assertEquals(176f, top.x1(), 0.01f);
    }

    @Test
    void bridgesNoiseBreaksAndIgnoresTextStrokesThatMeetNoBorder() {
        boolean[] ink = table();
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            int x = 52 + random.nextInt(295);
            ink[100 * W + x] = false; // a pixel knocked out of the middle line's first row
        }
        hline(ink, 250, 60, 120, 2); // an underline, far from the table
        vline(ink, 120, 60, 90, 2); // a stroke inside a cell, touching nothing
        List<Ruling> r = RulingFinder.find(page(ink), 1f);
        assertEquals(3, r.stream().filter(Ruling::horizontal).count());
        assertEquals(3, r.stream().filter(Ruling::vertical).count());
    }

    @Test
    void keepsARowBorderThatACharactersStrokeRunsOnIntoPastAColumnBorder() {
        // a label over two rows in its own column (x 50–100), the row border right of it at y 100; the
        // top stroke of 开 in the label lies along that border and touches the column border at x 100
        boolean[] ink = new boolean[W * H];
        hline(ink, 50, 50, 351, 2);
        hline(ink, 150, 50, 351, 2);
        hline(ink, 100, 101, 351, 2);
        for (int x : new int[] {50, 100, 350}) {
            vline(ink, x, 50, 151, 2);
        }
        hline(ink, 100, 88, 99, 2); // 开's top stroke, touching the column border
        hline(ink, 106, 86, 98, 2); // its middle stroke
        vline(ink, 91, 100, 110, 2); // its two legs
        vline(ink, 95, 100, 110, 2);
        List<Ruling> r = RulingFinder.find(page(ink), 1f);
        List<Ruling> rows = r.stream().filter(Ruling::horizontal).toList();
        assertEquals(3, rows.size());
        Ruling middle = rows.stream().filter(h -> Math.abs(h.y0() - 101) < 2).findFirst().orElseThrow();
        assertEquals(101f, middle.x0(), 1.5f);
        assertEquals(352f, middle.x1(), 1.5f);
    }

    @Test
    void cutsNoRowBorderBackWhereWhatRunsOnIsABareLine() {
        // the same border running on past the column border into no character (a fax that lost the
        // column border further left): it meets no line there, and is not taken for a border
        boolean[] ink = new boolean[W * H];
        hline(ink, 50, 50, 351, 2);
        hline(ink, 150, 50, 351, 2);
        hline(ink, 100, 88, 351, 2);
        for (int x : new int[] {50, 100, 350}) {
            vline(ink, x, 50, 151, 2);
        }
        List<Ruling> r = RulingFinder.find(page(ink), 1f);
        assertEquals(2, r.stream().filter(Ruling::horizontal).count());
    }

    @Test
    void dropsACharactersStrokesHangingFromARowBorderIntoItsLabelCell() {
        // a bi-level scan of a label set tight under its row's top border (y 100): the strokes of 属 and 国
        // touch the border and run 13 pt down into the cell, longer than a column border's least length;
        // they meet the border at their top only, and no column border goes on at their x in another row
        boolean[] ink = table3();
        vline(ink, 80, 100, 113, 2);
        vline(ink, 120, 100, 112, 2);
        List<Ruling> r = RulingFinder.find(page(ink), 1f);
        assertEquals(4, r.stream().filter(Ruling::horizontal).count());
        assertEquals(3, r.stream().filter(Ruling::vertical).count());
    }

    @Test
    void keepsAColumnBorderThatHangsWhereTheScanLostTheRowBorderBelowIt() {
        // Chromium's separate cell borders: the column at x 200 is drawn a row at a time, apart at each row
        // border; the dither lost the border under a low row (y 118), so that row's piece of the column
        // hangs from y 100 no longer than a stroke — it goes on from the piece in the row above
        boolean[] ink = new boolean[W * H];
        for (int y : new int[] {50, 100, 150}) {
            hline(ink, y, 50, 351, 2);
        }
        for (int x : new int[] {50, 350}) {
            vline(ink, x, 50, 151, 2);
        }
        vline(ink, 200, 50, 97, 2);
        vline(ink, 200, 104, 116, 2);
        List<Ruling> r = RulingFinder.find(page(ink), 1f);
        assertEquals(3, r.stream().filter(Ruling::horizontal).count());
        assertEquals(4, r.stream().filter(Ruling::vertical).count());
    }

    /** A 3 x 2 table, 2-pixel borders, rows at y 50, 100, 150, 200. */
    private static boolean[] table3() {
        boolean[] ink = new boolean[W * H];
        for (int y : new int[] {50, 100, 150, 200}) {
            hline(ink, y, 50, 351, 2);
        }
        for (int x : new int[] {50, 200, 350}) {
            vline(ink, x, 50, 201, 2);
        }
        return ink;
    }

    @Test
    void takesAFilledBlockForNoBorder() {
        boolean[] ink = table();
        hline(ink, 200, 50, 351, 12);
        vline(ink, 50, 150, 200, 2);
        List<Ruling> r = RulingFinder.find(page(ink), 1f);
        assertEquals(3, r.stream().filter(Ruling::horizontal).count());
    }
}
