package org.nianbao.ocr;

import java.time.Duration;

/**
 * A page's time limit, counted in the CPU time the engine spends on it rather than in wall time.
 * On a machine shared with other work the wall time of a page grows with the load (45–50 s a page
 * at load averages of 20–45 on 2 cores, where the engine needs about 11 s of CPU), and a limit in
 * wall time cut pages that were being read normally, only slowly; the CPU the engine spends is
 * about the same whatever the load, so the limit stops what it is for — a page the engine cannot
 * get through — and not a busy machine. Wall time is bounded too, at {@link #WALL_FACTOR} times the
 * limit, for an engine that hangs without using the CPU. Where the engine's CPU time cannot be
 * read (no {@code /proc}), wall time counts.
 */
final class PageBudget {

    /** Wall time allowed per second of the limit: a process at a load of 40 on 2 cores gets about 1/20 of a core. */
    static final int WALL_FACTOR = 24;

    private final Duration limit;
    private final long wallDeadline;
    private long spent;
    private final PageCost cost = new PageCost();

    PageBudget(Duration limit) {
        this.limit = limit;
        this.wallDeadline = System.nanoTime() + Math.min(limit.toNanos(), Long.MAX_VALUE / (2L * WALL_FACTOR))
                * WALL_FACTOR;
    }

    /** Whether a call that has used {@code cpu} nanoseconds of the engine's CPU so far is past the page's limit. */
    boolean exceededWith(long cpu) {
        return spent + cpu > limit.toNanos() || System.nanoTime() > wallDeadline;
    }

    /** Counts a finished call's CPU time against the page. */
    void spend(long cpu) {
        spent += Math.max(0, cpu);
    }

    /** Where the page's time goes, stage by stage. */
    PageCost cost() {
        return cost;
    }

    /** Wall time left before the page's bound on wall time (at least a millisecond). */
    Duration wallLeft() {
        return Duration.ofNanos(Math.max(1_000_000L, wallDeadline - System.nanoTime()));
    }

    /** The limit in words, as the finding of a page stopped gives it. */
    String inWords() {
        double s = limit.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s of the engine's CPU time";
    }
}
