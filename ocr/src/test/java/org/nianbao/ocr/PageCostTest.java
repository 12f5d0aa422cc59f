package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's costs are counted by stage: each engine call to the stage running, a stage named again adding to itself. */
class PageCostTest {

    private static final long S = 1_000_000_000L;

    @Test
    void engineCallsAreCountedToTheStageRunningAndAStageNamedAgainAddsToItself() {
        PageCost cost = new PageCost();
        cost.stage("page read");
        cost.engine(10 * S, 2_000_000, 2500, 7500);
        cost.stage("read again");
        cost.engine(2 * S, 1_000_000, 900, 300);
        cost.stage("empty cells");
        cost.stage("read again"); // the next table's cells
        cost.engine(S, 500_000, 400, 200);
        List<String[]> lines = cost.lines("7").lines().map(l -> l.split("\t")).toList();
        assertEquals(List.of("page read", "read again"), lines.stream().map(l -> l[1]).toList().subList(0, 2),
                "stages in the order first started, once each");
        String[] again = lines.stream().filter(l -> l[1].equals("read again")).findFirst().orElseThrow();
        assertEquals("7", again[0]);
        assertEquals("3000", again[3], "engine CPU ms of both tables' calls");
        assertEquals("2", again[4], "calls");
        assertEquals("1.50", again[5], "megapixels");
        assertEquals("1300", again[6], "detector ms");
        assertEquals("500", again[7], "recogniser ms");
        String[] page = lines.stream().filter(l -> l[1].equals("page read")).findFirst().orElseThrow();
        assertEquals("10000", page[3]);
        assertEquals("1", page[4]);
    }

    @Test
    void aStageWithoutEngineCallsOrJavaTimeIsLeftOut() {
        PageCost cost = new PageCost();
        cost.stage("orientation");
        cost.stage("page read");
        cost.engine(S, 1, 1, 1);
        String lines = cost.lines("1");
        assertTrue(lines.contains("\tpage read\t"));
        assertTrue(lines.lines().allMatch(l -> l.split("\t").length == 8));
    }
}
