package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the engine is given when cells are read again: crops enlarged as asked while they are small, no
 * crop past the page's side, no mosaic past two pages' pixels. Sizes as the reading again makes them at
 * 200 dpi: a figure's ink, 3 px around, three copies side by side (about 200 × 36 px, enlarged 3×); a
 * whole cell's ink of three copies where a texture ran border to border (ocr5's halftone before it was
 * descreened: 40 such crops made a mosaic of 3,576 × 10,755 px).
 */
class MosaicLayoutTest {

    private static final int SIDE = 2000;
    private static final int PAD = 24;

    private static List<int[]> crops(int count, int width, int height) {
        return Collections.nCopies(count, new int[] {width, height});
    }

    /** The mosaic's width and height as {@code RapidPageOcr}'s Mosaic draws it. */
    private static long pixels(List<int[]> sizes, MosaicLayout layout, List<Integer> mosaic) {
        long width = 0;
        long height = PAD;
        for (int i : mosaic) {
            width = Math.max(width, Math.round(sizes.get(i)[0] * layout.scales().get(i)) + 2L * PAD);
            height += Math.round(sizes.get(i)[1] * layout.scales().get(i)) + 2L * PAD;
        }
        return width * height;
    }

    @Test
    void figuresCropsKeepTheirEnlargementFortyToAMosaic() {
        MosaicLayout layout = MosaicLayout.of(crops(45, 200, 36), PAD, 3, 40, SIDE);
        assertEquals(List.of(IntStream.range(0, 40).boxed().toList(), List.of(40, 41, 42, 43, 44)), layout.mosaics());
        assertTrue(layout.scales().stream().allMatch(s -> s == 3.0), layout.scales().toString());
    }

    @Test
    void aCropIsEnlargedNoFurtherThanThePagesSideAndNeverShrunk() {
        MosaicLayout layout = MosaicLayout.of(List.of(new int[] {1200, 50}, new int[] {2500, 60}, new int[] {300, 900}),
                PAD, 3, 40, SIDE);
        assertEquals(2000.0 / 1200, layout.scales().get(0), 1e-9);
        assertEquals(1.0, layout.scales().get(1));
        assertEquals(2000.0 / 900, layout.scales().get(2), 1e-9);
    }

    @Test
    void wholeCellsOfATextureAreSplitIntoMosaicsOfTwoPagesPixelsAtMost() {
        List<int[]> sizes = crops(40, 1192, 90);
        MosaicLayout layout = MosaicLayout.of(sizes, PAD, 3, 40, SIDE);
        assertEquals(40, layout.mosaics().stream().mapToInt(List::size).sum());
        assertTrue(layout.mosaics().size() > 1, "split: " + layout.mosaics().size());
        for (List<Integer> m : layout.mosaics()) {
            assertTrue(pixels(sizes, layout, m) <= 2L * SIDE * SIDE, m + ": " + pixels(sizes, layout, m));
        }
    }
}
