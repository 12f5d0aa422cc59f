package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A page's time limit counts the engine's CPU time over all its calls; wall time is bounded at 24 times it. */
class PageBudgetTest {

    private static final long S = 1_000_000_000L;

    @Test
    void theEnginesCpuTimeOverThePagesCallsIsCountedAgainstTheLimit() {
        PageBudget budget = new PageBudget(Duration.ofSeconds(10));
        assertFalse(budget.exceededWith(9 * S));
        budget.spend(6 * S); // the page's reading
        assertFalse(budget.exceededWith(3 * S), "a second call within what is left");
        assertTrue(budget.exceededWith(5 * S), "6 s and 5 s pass a limit of 10 s, however little wall time went by");
    }

    @Test
    void wallTimeIsBoundedAtTwentyFourTimesTheLimitForAnEngineThatHangsWithoutTheCpu() throws InterruptedException {
        PageBudget budget = new PageBudget(Duration.ofMillis(2)); // 48 ms of wall time
        assertTrue(budget.wallLeft().toMillis() <= 48);
        Thread.sleep(60);
        assertTrue(budget.exceededWith(0), "no CPU used, but past 24 times the limit in wall time");
        assertEquals(Duration.ofMillis(1), budget.wallLeft(), "a wait past the bound is a millisecond, never negative");
    }

    @Test
    void theLimitIsSaidInSecondsOfTheEnginesCpuTime() {
        assertEquals("300 s of the engine's CPU time", new PageBudget(Duration.ofSeconds(300)).inWords());
        assertEquals("0.5 s of the engine's CPU time", new PageBudget(Duration.ofMillis(500)).inWords());
    }
}
