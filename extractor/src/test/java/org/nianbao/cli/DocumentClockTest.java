package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The batch's time limit per document counts the worker's CPU time, so that a scan read slowly by
 * OCR on a loaded machine finishes, while a document that spins or hangs is stopped. The clock is
 * fed readings as a worker and its OCR engine would give them: no test here waits for time to pass.
 */
class DocumentClockTest {

    private static final long S = 1_000_000_000L;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static DocumentClock.Reading at(long wallS, double workerCpuS, double treeCpuS) {
        return new DocumentClock.Reading(wallS * S, (long) (workerCpuS * S), (long) (treeCpuS * S));
    }

    /**
     * A fake slow OCR engine: each page takes 90 s of wall time at a load of 40, of which the engine
     * uses 15 s of CPU and the worker 3 s (straightening, ruling lines). Six pages take nine minutes,
     * where a limit in wall time stopped the document at two.
     */
    @Test
    void aScanReadSlowlyByOcrOnALoadedMachineIsNotStopped() {
        DocumentClock clock = new DocumentClock(LIMIT, at(1000, 2, 2));
        for (int second = 1; second <= 6 * 90; second++) {
            double worker = 2 + 3.0 * second / 90;
            double engine = 15.0 * second / 90;
            assertEquals(Optional.empty(), clock.stop(at(1000 + second, worker, worker + engine)), "at " + second + " s");
        }
    }

    @Test
    void aDocumentSpinningTheWorkersCpuIsStoppedAtTheLimitOfCpuTimeAndSaysSo() {
        DocumentClock clock = new DocumentClock(LIMIT, at(0, 5, 5));
        // at a load of 40 the worker gets a twentieth of a core: 120 s of CPU take 40 minutes
        assertEquals(Optional.empty(), clock.stop(at(2400, 124.9, 124.9)));
        assertEquals(Optional.of("extraction used more than 120 s of CPU time (--timeout) and was stopped"),
                clock.stop(at(2401, 125.1, 125.1)));
    }

    @Test
    void aDocumentUsingNoCpuForTheLengthOfTheLimitIsHungAndStopped() {
        DocumentClock clock = new DocumentClock(LIMIT, at(0, 5, 5));
        assertEquals(Optional.empty(), clock.stop(at(60, 8, 30)));
        assertEquals(Optional.empty(), clock.stop(at(180, 8, 30)), "120 s without CPU: not yet past the limit");
        assertEquals(Optional.of("extraction made no progress for 120 s (no CPU time used, --timeout) and was stopped"),
                clock.stop(at(181, 8, 30)));
    }

    @Test
    void theOcrEnginesCpuAloneIsProgress() {
        DocumentClock clock = new DocumentClock(LIMIT, at(0, 5, 5));
        // the worker waits for the engine, which reads a page for five minutes: not hung
        for (int second = 1; second <= 300; second++) {
            assertEquals(Optional.empty(), clock.stop(at(second, 5, 5 + second * 0.05)), "at " + second + " s");
        }
    }

    @Test
    void whereCpuTimeCannotBeReadWallTimeCounts() {
        DocumentClock clock = new DocumentClock(LIMIT, new DocumentClock.Reading(0, -1, -1));
        assertEquals(Optional.empty(), clock.stop(new DocumentClock.Reading(120 * S, -1, -1)));
        assertEquals(Optional.of("extraction took longer than 120 s and was stopped"),
                clock.stop(new DocumentClock.Reading(121 * S, -1, -1)));
    }
}
