package org.nianbao.read.script;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.background.JavaScriptJob;
import org.htmlunit.javascript.background.JavaScriptJobManager;

/**
 * Runs a page's timers ({@code setTimeout}, {@code setInterval}, the prelude's animation frames and idle callbacks)
 * one by one in the order of the times they are due, without waiting for those times: as Chromium's virtual time
 * ({@code --virtual-time-budget}), the clock jumps to the next timer when nothing else is left to do, and the
 * page's own clock ({@code Date}, {@code performance.now()}, set in the prelude) jumps with it. A page's count-up
 * animation of two seconds or its correction after 1.5 s is thus run to its end in a few milliseconds.
 *
 * <p>HtmlUnit's own event loop (a thread of its own, on the wall clock) is never started ({@link HtmlUnitScripts}),
 * so the timers run on the thread that loaded the page, one at a time. After each of them the page's
 * {@code MutationObserver}s that watch children are told what changed (the prelude's {@code __nianbaoMutations}).
 */
final class VirtualTime {

    /** How far the clock may be moved on: well past the slowest effect a report page plays as it loads. */
    static final long HORIZON_MS = 60_000;
    /** How many timers may run (a 16 ms animation frame loop runs 3,750 times in a minute). */
    static final int MAX_RUNS = 4_000;
    /** How long, after the page stopped settling, it is watched for which cells it still changes. */
    static final long WATCH_MS = 5_000;
    /** How many times in a row the observers may be told of changes they themselves make. */
    private static final int MAX_OBSERVER_ROUNDS = 50;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final HtmlPage page;
    private final JavaScriptJobManager jobs;
    private final long cpuBudgetNanos;
    private long elapsed;
    private int runs;

    /** @param cpuBudget how much of the thread's processor time the timers may take, in all */
    VirtualTime(HtmlPage page, java.time.Duration cpuBudget) {
        this.page = page;
        this.jobs = page.getEnclosingWindow().getJobManager();
        this.cpuBudgetNanos = THREADS.isCurrentThreadCpuTimeSupported()
                ? THREADS.getCurrentThreadCpuTime() + cpuBudget.toNanos() : Long.MAX_VALUE;
    }

    /**
     * Runs the timers due within {@code span} ms of the page's clock from now, at most {@code maxRuns} of them,
     * telling the observers after each; answers whether the page settled: no timer is left at all.
     */
    boolean run(long span, int maxRuns) {
        long until = elapsed + span;
        int limit = runs + maxRuns;
        tellObservers();
        while (runs < limit && !overBudget()) {
            JavaScriptJob next = jobs.getEarliestJob();
            if (next == null) {
                return true;
            }
            long wait = next.getTargetExecutionTime() - System.currentTimeMillis();
            if (wait > 0) {
                if (elapsed + wait > until) {
                    return false;
                }
                advance(wait);
            }
            if (!jobs.runSingleJob(next)) {
                return false; // not run (another job came first): the page is taken as not settled, never spun on
            }
            runs++;
            tellObservers();
        }
        return jobs.getEarliestJob() == null;
    }

    /** How long the page's clock was moved on past the wall clock, in ms. */
    long elapsed() {
        return elapsed;
    }

    /** How many timers ran. */
    int runs() {
        return runs;
    }

    /**
     * Moves every timer waiting {@code ms} nearer (all by as much, so their order — and the queue's — stays) and
     * the page's clock on by as much. The job manager lets one visit every job only through a filter it asks of
     * each; the visit is used to move them.
     */
    private void advance(long ms) {
        jobs.getJobCount(job -> {
            job.setTargetExecutionTime(job.getTargetExecutionTime() - ms);
            return false;
        });
        elapsed += ms;
        page.executeJavaScript("window.__nianbaoAdvance && window.__nianbaoAdvance(" + ms + ")");
    }

    private void tellObservers() {
        for (int round = 0; round < MAX_OBSERVER_ROUNDS; round++) {
            Object told = page.executeJavaScript("window.__nianbaoMutations ? window.__nianbaoMutations() : 0")
                    .getJavaScriptResult();
            if (!(told instanceof Number n) || n.intValue() == 0) {
                return;
            }
        }
    }

    private boolean overBudget() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.getCurrentThreadCpuTime() > cpuBudgetNanos;
    }

    /** {@code ms} in seconds, for a message. */
    static String seconds(long ms) {
        return TimeUnit.MILLISECONDS.toSeconds(ms) + " s";
    }
}
