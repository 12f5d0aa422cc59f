package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/** A row whose label poppler printed among its own values: those after it may stand earlier. */
class LabelAmongValuesTest {

    private static List<GridCell> row(String values) {
        return Arrays.stream(values.split(" ")).map(v -> GridCell.of(v, new Location.Line(1))).toList();
    }

    private static List<Boolean> after(int from, int size) {
        return java.util.stream.IntStream.range(0, size).mapToObj(i -> i >= from).toList();
    }

    @Test
    void aValuePrintedAfterTheLabelMayStandEarlierWhereTheRowStillAddsUp() {
        // seed 2027's 0021 (Chromium): 四、结转 0 3 0 0 0 0 3 printed 0 0 0 0 / 0 3 / label / 3
        List<Set<String>> alt = LabelAmongValues.alternatives(row("0 0 0 0 0 3 3"), after(6, 7));
        assertTrue(alt.get(1).contains("3"), alt::toString);
        assertTrue(alt.get(5).contains("0"), alt::toString);
        assertEquals(Set.of(), alt.get(6), "every reading that adds up keeps the total 3");
    }

    @Test
    void aBlankMarkPrintedAfterTheLabelMayStandBeforeTheZeroPrintedBeforeIt() {
        // seed 2027's 0037: / / / / 0 / 0 printed / / / 0 / / label / / 0
        List<Set<String>> alt = LabelAmongValues.alternatives(row("/ / / 0 / / 0"), after(5, 7));
        assertTrue(alt.get(3).contains("/") && alt.get(4).contains("0"), alt::toString);
    }

    @Test
    void aRowWhoseValuesAllFollowItsLabelHasNoOtherReading() {
        List<Set<String>> alt = LabelAmongValues.alternatives(row("1 2 0 0 0 0 3"), after(0, 7));
        assertTrue(alt.stream().allMatch(Set::isEmpty), alt::toString);
    }
}
