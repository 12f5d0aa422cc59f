package org.nianbao.cli;

import java.time.Duration;
import java.util.Optional;
import org.nianbao.Extractor;

/**
 * A document's time limit in a worker process (the batch's {@code --timeout}), counted in the CPU
 * time the worker spends on it rather than in wall time. On a machine shared with other work the
 * wall time of a document grows with the load: a scanned report of 3 pages, read by OCR at 40–90 s a
 * page at load averages of 25–40 on 2 cores, could not finish within 120 s of wall time, though it
 * needs a fraction of that in CPU. The CPU a document takes is about the same whatever the load, so
 * the limit stops what it is for — a document the reader cannot get through — and not a busy machine.
 *
 * <p>The OCR engine (a process the worker starts) is not counted here: each page it reads has its own
 * budget of the engine's CPU time ({@code -Dnianbao.ocr.pageSeconds}, 300 s by default; a page past it
 * fails alone, flagged), and pages are at most {@code --max-pages}, so a scan's time grows with the
 * pages it sends to OCR and stays bounded. What the worker itself does, OCR's own work on the page
 * image included (straightening, ruling lines, about 3 s a page), counts.
 *
 * <p>A document that uses no CPU at all, in the worker or the engine, for as long as the limit is
 * hung (a read blocked for ever, a deadlock): it is stopped then, whatever the CPU limit. Where CPU
 * time cannot be read (no {@code /proc}), wall time counts, as it did before.
 */
final class DocumentClock {

    /**
     * What the clock reads at one moment, in nanoseconds.
     *
     * @param wall a monotonic wall clock ({@link System#nanoTime})
     * @param workerCpu the worker process's own CPU time, or -1 where it cannot be read
     * @param treeCpu the CPU time of the worker and every process it started (the OCR engine),
     *     never falling when one of them ends, or -1 where it cannot be read
     */
    record Reading(long wall, long workerCpu, long treeCpu) {
    }

    private final Duration limit;
    private final Reading start;
    /** The last reading at which the worker or the engine had used more CPU than before. */
    private Reading lastProgress;

    DocumentClock(Duration limit, Reading start) {
        this.limit = limit;
        this.start = start;
        this.lastProgress = start;
    }

    /** Why the document is to be stopped at this reading, in words for its failure; else empty. */
    Optional<String> stop(Reading now) {
        long max = limit.toNanos();
        if (now.workerCpu() < 0 || start.workerCpu() < 0) {
            return now.wall() - start.wall() > max
                    ? Optional.of("extraction took longer than " + Extractor.inWords(limit) + " and was stopped")
                    : Optional.empty();
        }
        if (now.workerCpu() - start.workerCpu() > max) {
            return Optional.of("extraction used more than " + Extractor.inWords(limit)
                    + " of CPU time (--timeout) and was stopped");
        }
        if (now.treeCpu() > lastProgress.treeCpu() || now.workerCpu() > lastProgress.workerCpu()) {
            lastProgress = now;
        } else if (now.wall() - lastProgress.wall() > max) {
            return Optional.of("extraction made no progress for " + Extractor.inWords(limit)
                    + " (no CPU time used, --timeout) and was stopped");
        }
        return Optional.empty();
    }
}
