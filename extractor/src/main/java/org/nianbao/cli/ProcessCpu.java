package org.nianbao.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time of a worker process and of the processes it started (its OCR engine), as the
 * operating system counts it ({@link ProcessHandle.Info#totalCpuDuration}: {@code /proc} on Linux).
 * A started process that ends (an engine killed at a page's limit and started again) takes its CPU
 * time out of the live processes' sum: the time each one was last seen to have used is kept, so the
 * tree's figure never falls.
 */
final class ProcessCpu {

    private final ProcessHandle worker;
    private final Map<Long, Long> seen = new HashMap<>();

    ProcessCpu(ProcessHandle worker) {
        this.worker = worker;
    }

    /** The clock's reading now. */
    synchronized DocumentClock.Reading read() {
        long wall = System.nanoTime();
        long own = cpu(worker);
        if (own < 0) {
            return new DocumentClock.Reading(wall, -1, -1);
        }
        seen.put(worker.pid(), own);
        worker.descendants().forEach(p -> {
            long c = cpu(p);
            if (c >= 0) {
                seen.merge(p.pid(), c, Math::max);
            }
        });
        return new DocumentClock.Reading(wall, own, seen.values().stream().mapToLong(Long::longValue).sum());
    }

    private static long cpu(ProcessHandle p) {
        Optional<Duration> d = p.info().totalCpuDuration();
        return d.map(Duration::toNanos).orElse(-1L);
    }
}
