package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A table whose ruling lines a fax broke into pieces gets its lattice back from the pieces and the
 * text read on the page; a whole lattice is left as found, and a line never cuts a heading's text.
 */
class BrokenLatticeTest {

    /** One pixel a point: a table of 4 columns (x 20, 120, 220, 320, 380) and 6 rows of 20 pt (y 20 … 140). */
    private static final int W = 400;
    private static final int H = 170;
    private static final int[] XS = {20, 120, 220, 320, 380};
    private static final int[] YS = {20, 40, 60, 80, 100, 120, 140};

    private static void hline(boolean[] ink, int y, int x0, int x1) {
        for (int x = x0; x <= x1; x++) {
            ink[y * W + x] = true;
        }
    }

    private static void vline(boolean[] ink, int x, int y0, int y1) {
        for (int y = y0; y <= y1; y++) {
            ink[y * W + x] = true;
        }
    }

    private static GrayPage page(boolean[] ink) {
        byte[] px = new byte[ink.length];
        for (int i = 0; i < ink.length; i++) {
            px[i] = (byte) (ink[i] ? 0 : 255);
        }
        return new GrayPage(W, H, px);
    }

    /**
     * The table as a fax leaves it: its frame whole, each row border only under columns 1 and 3,
     * each inner column border only in some rows.
     */
    private static boolean[] broken() {
        boolean[] ink = new boolean[W * H];
        hline(ink, 20, 20, 380);
        hline(ink, 140, 20, 380);
        vline(ink, 20, 20, 140);
        vline(ink, 380, 20, 140);
        for (int y = 40; y <= 120; y += 20) {
            // dashes that stop short of the borders they meet: the ruling finder keeps none of them
            hline(ink, y, 30, 110);
            hline(ink, y, 230, 310);
        }
        vline(ink, 120, 20, 60);
        vline(ink, 220, 100, 140);
        vline(ink, 320, 20, 40);
        vline(ink, 320, 120, 140);
        return ink;
    }

    /** A label in the first column and a figure in each other cell of rows 2 to 6. */
    private static List<TextBox> text() {
        List<TextBox> boxes = new ArrayList<>();
        for (int r = 1; r + 1 < YS.length; r++) {
            boxes.add(new TextBox("行政许可", 25, YS[r] + 4, 90, YS[r] + 16, 0.9f, 0.9f, -1));
            for (int c = 1; c + 1 < XS.length; c++) {
                boxes.add(new TextBox("12", XS[c] + 4, YS[r] + 4, XS[c] + 20, YS[r] + 16, 0.9f, 0.9f, -1));
            }
        }
        return boxes;
    }

    private static boolean rowAcross(List<Ruling> rulings, float y, float x0, float x1) {
        return rulings.stream().anyMatch(r -> r.horizontal() && Math.abs(r.y0() - y) <= 1.5f && r.x0() <= x0 + 3
                && r.x1() >= x1 - 3);
    }

    private static boolean columnDown(List<Ruling> rulings, float x, float y0, float y1) {
        return rulings.stream().anyMatch(r -> r.vertical() && Math.abs(r.x0() - x) <= 1.5f && r.y0() <= y0 + 3
                && r.y1() >= y1 - 3);
    }

    @Test
    void rowAndColumnBordersAreJoinedAcrossTheirGapsAndCarriedToTheTablesSides() {
        GrayPage page = page(broken());
        List<Ruling> found = RulingFinder.find(page, 1f);
        List<Ruling> mended = BrokenLattice.mended(page, 1f, found, text());
        for (int y : YS) {
            assertTrue(rowAcross(mended, y, 20, 380), "row border at " + y + " across the table");
        }
        for (int x : XS) {
            assertTrue(columnDown(mended, x, 20, 140), "column border at " + x + " down the table");
        }
    }

    @Test
    void aWholeLatticeIsLeftAsFound() {
        boolean[] ink = new boolean[W * H];
        for (int y : YS) {
            hline(ink, y, 20, 380);
        }
        for (int x : XS) {
            vline(ink, x, 20, 140);
        }
        GrayPage page = page(ink);
        List<Ruling> found = RulingFinder.find(page, 1f);
        assertSame(found, BrokenLattice.mended(page, 1f, found, text()));
    }

    @Test
    void aColumnBorderIsNotCarriedThroughAHeadingsText() {
        // row 3 is a heading across the table (第二十条第（五）项): no column border runs through its text
        List<TextBox> boxes = new ArrayList<>(text().stream().filter(b -> b.y0() != 64).toList());
        boxes.add(new TextBox("第二十条第（五）项", 25, 64, 300, 76, 0.9f, 0.9f, -1));
        GrayPage page = page(broken());
        List<Ruling> mended = BrokenLattice.mended(page, 1f, RulingFinder.find(page, 1f), boxes);
        assertFalse(columnDown(mended, 120, 60, 80), "through the heading");
        assertTrue(columnDown(mended, 120, 20, 60), "above it");
        assertTrue(columnDown(mended, 380, 20, 140), "the table's side");
    }

    /**
     * The fax's page 1: under table 二's column border at x 120, past the section title, the stems
     * of figures set one under another in table 三's column (pieces within the figures' boxes) lie
     * at the same position: they are one line with the border, but no border themselves.
     */
    @Test
    void figuresUnderABorderOfTheTableAboveMakeNoBorderOfTheirOwn() {
        List<float[]> pieces = new ArrayList<>();
        pieces.add(new float[] {120f, 20f, 60f});
        pieces.add(new float[] {120f, 80f, 140f});
        List<TextBox> boxes = new ArrayList<>();
        boxes.add(new TextBox("三、收到和处理政府信息公开申请情况", 20, 150, 380, 162, 0.9f, 0.9f, -1));
        for (int y = 170; y < 260; y += 18) {
            pieces.add(new float[] {120.5f, y + 3, y + 12});
            boxes.add(new TextBox("14", 112, y, 124, y + 15, 0.9f, 0.9f, -1));
        }
        List<float[]> lines = BrokenLattice.joined(pieces, boxes, false, 12f, 36f);
        assertTrue(lines.size() == 1 && lines.get(0)[1] == 20f && lines.get(0)[2] == 140f,
                () -> lines.stream().map(java.util.Arrays::toString).toList().toString());
    }
}
