package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chromium's dotted and dashed borders, one filled box a dot or dash (sizes from its prints, in points). */
class DashedLinesTest {

    private final DashedLines dashed = new DashedLines();

    /** Boxes {@code length} long and 0.75 thick along a line, {@code step} apart, from {@code from} to {@code to}. */
    private static List<float[]> run(boolean horizontal, float at, float from, float to, float length, float step) {
        List<float[]> boxes = new ArrayList<>();
        for (float s = from; s + length <= to + 0.01f; s += step) {
            boxes.add(horizontal ? new float[] {s, at, s + length, at + 0.75f} : new float[] {at, s, at + 0.75f, s + length});
        }
        return boxes;
    }

    @Test
    void joinsTheDotsOfADottedBorderIntoOneLineThroughTheirMiddle() {
        DashedLines.Joined joined = dashed.join(run(true, 500, 10, 100, 0.75f, 1.5f));
        assertEquals(1, joined.lines().size());
        assertArrayEquals(new float[] {10, 500.375f, 99.25f, 500.375f}, joined.lines().get(0), 0.01f);
        assertEquals(List.of(), joined.unjoined());
    }

    @Test
    void joinsTheDashesOfADashedBorderAcrossAndDownTheTable() {
        List<float[]> pieces = new ArrayList<>(run(true, 500, 10, 100, 2.25f, 3.75f));
        pieces.addAll(run(false, 10, 400, 500, 2.25f, 3.75f));
        DashedLines.Joined joined = dashed.join(pieces);
        assertEquals(2, joined.lines().size());
        float[] across = joined.lines().get(0);
        float[] down = joined.lines().get(1);
        assertEquals(across[1], across[3], 0.01f);
        assertEquals(10, across[0], 0.01f);
        assertEquals(down[0], down[2], 0.01f);
        assertEquals(400, down[1], 0.01f);
    }

    @Test
    void leavesTwoDotsAndMarksSpacedFarApartAsTheyWere() {
        List<float[]> pieces = new ArrayList<>(run(true, 500, 10, 12.5f, 0.75f, 1.5f)); // two dots
        pieces.addAll(run(true, 600, 10, 100, 0.75f, 10f)); // bullets 10 pt apart
        DashedLines.Joined joined = dashed.join(pieces);
        assertEquals(List.of(), joined.lines());
        assertEquals(pieces.size(), joined.unjoined().size());
    }

    @Test
    void endsALineWhereTheNextPieceIsThickerOrOffIt() {
        List<float[]> pieces = new ArrayList<>(run(true, 500, 10, 20, 0.75f, 1.5f));
        pieces.add(new float[] {20.5f, 500, 21.25f, 502}); // a taller mark right after the dots
        pieces.addAll(run(true, 501, 22, 30, 0.75f, 1.5f)); // dots 1 pt lower
        DashedLines.Joined joined = dashed.join(pieces);
        assertEquals(2, joined.lines().size());
        assertEquals(1, joined.unjoined().size());
    }
}
