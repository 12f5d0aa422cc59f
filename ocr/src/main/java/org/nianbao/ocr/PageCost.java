package org.nianbao.ocr;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a page's time goes, stage by stage: the CPU time this thread spends on the page's Java
 * work (straightening, ruling lines, the cells' ink, writing images), and for each engine call the
 * engine's CPU time, the pixels of the image it was given and the share of its time its detector
 * and its recogniser took (the engine's own wall clock, split so: CPU time is per process, not per
 * network). CPU times are the figures that do not grow with the machine's load. A stage runs from
 * {@link #stage} to the next one; {@link #lines} gives one line per stage for the cost file
 * ({@code -Dnianbao.ocr.costs=FILE}, docs/ocr.md).
 */
final class PageCost {

    /** One stage's totals. */
    private static final class Totals {
        long javaNanos;
        long engineNanos;
        int calls;
        long pixels;
        double detectorMillis;
        double recogniserMillis;
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Totals> stages = new LinkedHashMap<>();
    private Totals current;
    private long since;

    /** Starts stage {@code name} (a stage named again adds to its totals); the one before it ends here. */
    void stage(String name) {
        long now = cpu();
        if (current != null) {
            current.javaNanos += now - since;
        }
        current = stages.computeIfAbsent(name, n -> new Totals());
        since = now;
    }

    /** An engine call of the current stage: its CPU time, its image's pixels, its detector's and recogniser's time. */
    void engine(long cpuNanos, long pixels, double detectorMillis, double recogniserMillis) {
        if (current == null) {
            stage("other");
        }
        current.engineNanos += Math.max(0, cpuNanos);
        current.calls++;
        current.pixels += pixels;
        current.detectorMillis += detectorMillis;
        current.recogniserMillis += recogniserMillis;
    }

    /**
     * One tab-separated line per stage, each starting with {@code prefix}: stage, Java CPU ms,
     * engine CPU ms, engine calls, megapixels given to the engine, detector ms, recogniser ms. Ends
     * the current stage.
     */
    String lines(String prefix) {
        stage("other");
        StringBuilder out = new StringBuilder();
        stages.forEach((name, t) -> {
            if (t.javaNanos > 0 || t.calls > 0) {
                out.append(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%.2f\t%.0f\t%.0f%n", prefix, name,
                        t.javaNanos / 1_000_000, t.engineNanos / 1_000_000, t.calls, t.pixels / 1e6,
                        t.detectorMillis, t.recogniserMillis));
            }
        });
        return out.toString();
    }

    private long cpu() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
