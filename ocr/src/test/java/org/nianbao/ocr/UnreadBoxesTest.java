package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

/** Which boxes the engine read nothing in are read again before the page is rebuilt, and where their ink lies. */
class UnreadBoxesTest {

    private static TextBox box(String text, float x0, float x1) {
        return new TextBox(text, x0, 100, x1, 112, 0.8f, 1f, -1);
    }

    @Test
    void aBoxReadAsNothingOnABorderlessTableIsReadAgain() {
        TextBox seven = box("", 420, 430);
        List<TextBox> read = List.of(box("二、上年结转政府信息公开申请数量", 60, 220), box("5", 387, 396), seven);
        assertEquals(List.of(seven), UnreadBoxes.offLattice(read, List.of()));
    }

    @Test
    void aBoxReadAsNothingInARuledCellIsLeftToTheCellsOwnReadings() {
        TextBox inCell = box("", 420, 430);
        List<Ruling> sides = List.of(new Ruling(410, 90, 410, 120), new Ruling(450, 90, 450, 120));
        assertEquals(List.of(), UnreadBoxes.offLattice(List.of(inCell), sides));
        // lines beside it at other heights, or on one side only, are no cell of it
        List<Ruling> elsewhere = List.of(new Ruling(410, 200, 410, 300), new Ruling(450, 90, 450, 120));
        assertEquals(List.of(inCell), UnreadBoxes.offLattice(List.of(inCell), elsewhere));
    }

    @Test
    void theInkOfABoxIsBoundedTightly() {
        int width = 20;
        boolean[] ink = new boolean[width * 20];
        for (int y = 5; y < 12; y++) {
            ink[y * width + 8] = true; // a stroke 7 px tall at x 8
        }
        ink[5 * width + 9] = true;
        // a box from 2 to 18 px each way, at 1 point a pixel
        TextBox b = new TextBox("", 2, 2, 18, 18, 0.8f, 1f, -1);
        assertArrayEquals(new int[] {8, 5, 10, 12}, UnreadBoxes.inkBounds(b, ink, width, 1f));
        assertArrayEquals(new int[0], UnreadBoxes.inkBounds(new TextBox("", 12, 2, 18, 18, 0.8f, 1f, -1), ink, width, 1f));
    }
}
