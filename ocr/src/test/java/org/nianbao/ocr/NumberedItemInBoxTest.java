package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

/** A box read over a group label and a numbered row label beside it is parted where the ink shows the gap. */
class NumberedItemInBoxTest {

    private static final int WIDTH = 200;
    private static final int HEIGHT = 20;

    /** Ink in columns {@code [from, to)}, rows 4 to 16, at one point a pixel. */
    private static void ink(boolean[] page, int from, int to) {
        for (int y = 4; y < 16; y++) {
            for (int x = from; x < to; x++) {
                page[y * WIDTH + x] = true;
            }
        }
    }

    private static TextBox box(String text, float x0, float x1) {
        return new TextBox(text, x0, 2, x1, 18, 0.8f, 0.9f, -1);
    }

    @Test
    void aGroupLabelAndARowLabelAGapApartInOneBoxAreParted() {
        // 三、本年度办 (6 characters of 10 pt) then 12 pt of paper, then （一）予以公开 (7 characters)
        boolean[] page = new boolean[WIDTH * HEIGHT];
        ink(page, 10, 68);
        ink(page, 80, 148);
        TextBox b = box("三、本年度办（一）予以公开", 10, 148);
        List<TextBox> out = NumberedItemInBox.parted(List.of(b), List.of(), page, WIDTH, 1f);
        assertEquals(2, out.size());
        assertEquals("三、本年度办", out.get(0).text());
        assertEquals(68f, out.get(0).x1(), 0.01);
        assertEquals("（一）予以公开", out.get(1).text());
        assertEquals(80f, out.get(1).x0(), 0.01);
    }

    @Test
    void anItemNumberInRunningTextOrWithNoGapBeforeItStaysInItsBox() {
        // 第二十条第（一）项: the bracket's own white only (4 pt) before （
        boolean[] page = new boolean[WIDTH * HEIGHT];
        ink(page, 10, 60);
        ink(page, 64, 100);
        TextBox running = box("第二十条第（一）项", 10, 100);
        assertEquals(List.of(running), NumberedItemInBox.parted(List.of(running), List.of(), page, WIDTH, 1f));
        // a label starting with its item number has nothing before it to part from
        TextBox leading = box("（一）予以公开", 10, 100);
        assertEquals(List.of(leading), NumberedItemInBox.parted(List.of(leading), List.of(), page, WIDTH, 1f));
    }

    @Test
    void aBoxInARuledCellIsLeftToItsBorders() {
        boolean[] page = new boolean[WIDTH * HEIGHT];
        ink(page, 10, 68);
        ink(page, 80, 148);
        TextBox b = box("三、本年度办（一）予以公开", 10, 148);
        List<Ruling> cell = List.of(new Ruling(5f, 0f, 5f, 20f), new Ruling(190f, 0f, 190f, 20f));
        assertEquals(List.of(b), NumberedItemInBox.parted(List.of(b), cell, page, WIDTH, 1f));
    }
}
