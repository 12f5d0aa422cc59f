package org.nianbao.reconstruct.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SortedPositionsTest {

    private final SortedPositions positions = new SortedPositions(new float[] {10f, 20f, 20f, 30f});

    @Test
    void aSpanIncludesPositionsOnBothOfItsEnds() {
        assertEquals(1, positions.firstAtLeast(20f));
        assertEquals(3, positions.endAtMost(20f));
    }

    @Test
    void aSpanBetweenPositionsHoldsNone() {
        assertEquals(positions.firstAtLeast(21f), positions.endAtMost(29f));
    }

    @Test
    void spansBeyondEitherEndStopAtTheEnds() {
        assertEquals(0, positions.firstAtLeast(-5f));
        assertEquals(0, positions.endAtMost(5f));
        assertEquals(4, positions.firstAtLeast(31f));
        assertEquals(4, positions.endAtMost(100f));
    }

    @Test
    void findsTheSameIndicesAsAScanOfEveryPosition() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            float[] values = new float[random.nextInt(12)];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(8); // few distinct values: many ties
            }
            Arrays.sort(values);
            SortedPositions sorted = new SortedPositions(values);
            float low = random.nextInt(10) - 1 + 0.5f * random.nextInt(2);
            float high = random.nextInt(10) - 1 + 0.5f * random.nextInt(2);
            int first = 0;
            while (first < values.length && values[first] < low) {
                first++;
            }
            int end = 0;
            while (end < values.length && values[end] <= high) {
                end++;
            }
            assertEquals(first, sorted.firstAtLeast(low));
            assertEquals(end, sorted.endAtMost(high));
        }
    }

    @Test
    void refusesPositionsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> new SortedPositions(new float[] {2f, 1f}));
    }
}
