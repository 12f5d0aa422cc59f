package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the CLI (SIGTERM, as {@code kill} and service managers send; Ctrl-C is SIGINT to the
 * same effect) stops its workers at once, not after the document they are reading, and the
 * journal keeps the documents that were finished.
 */
class BatchStopTest {

    private static final Path TEXT = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"), "text");
    private static final List<String> LIMITS = List.of("--worker-memory", "4096", "--max-text-bytes", "100000000");

    @TempDir
    Path tmp;

    /** A running batch: the CLI, its worker reading an enormous report after a first one was finished. */
    private record Running(Process cli, List<ProcessHandle> workers, Path in, Path out) {
    }

    private Running start() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TEXT.resolve("kangle.txt"), in.resolve("a-first.txt"));
        // 8,000 copies of a report (57 MB) keep a worker busy for over a minute of CPU
        String one = Files.readString(TEXT.resolve("xiayi.txt"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b-enormous.txt"), one.repeat(8000), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract", "-q", "-j", "1",
                "-o", out.toString(), in.toString()));
        cmd.addAll(LIMITS);
        Process cli = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path journal = out.resolve(".nianbao/journal");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        // the first report is in the journal (a few KB) and the worker has gone on to the enormous one
        while (cli.isAlive() && !(Files.exists(journal) && Files.size(journal) > 2_000) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(2_000);
        List<ProcessHandle> workers = cli.descendants().toList();
        assertTrue(cli.isAlive() && !workers.isEmpty(), "the batch is still reading, in a worker");
        return new Running(cli, workers, in, out);
    }

    private static void assertStopWithin(int seconds, List<ProcessHandle> workers) throws InterruptedException {
        long stopBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (workers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < stopBy) {
            Thread.sleep(50);
        }
        List<String> left = workers.stream().filter(ProcessHandle::isAlive).map(h -> h.info().commandLine().orElse("?"))
                .toList();
        workers.forEach(ProcessHandle::destroyForcibly); // never leave one behind, even when failing
        assertEquals(List.of(), left, "workers still running");
    }

    @Test
    void sigtermStopsTheWorkersAtOnceAndTheJournalKeepsWhatWasFinished() throws Exception {
        Running r = start();
        r.cli().destroy(); // SIGTERM
        assertTrue(r.cli().waitFor(30, TimeUnit.SECONDS), "the CLI stops on SIGTERM");
        assertStopWithin(10, r.workers());

        Files.delete(r.in().resolve("b-enormous.txt"));
        StringWriter err = new StringWriter();
        List<String> again = new ArrayList<>(List.of("extract", "-j", "1", "-o", r.out().toString(), r.in().toString()));
        again.addAll(LIMITS);
        assertEquals(0, Main.commandLine(List.of()).setErr(new java.io.PrintWriter(err, true))
                .execute(again.toArray(String[]::new)));
        assertTrue(err.toString().contains("0 extracted now, 1 unchanged since the last run"), err.toString());
    }

    @Test
    void workersWhoseCliWasKilledWithSigkillStopWithinSeconds() throws Exception {
        Running r = start();
        r.cli().destroyForcibly(); // SIGKILL: no shutdown hook runs; each worker watches its parent
        assertTrue(r.cli().waitFor(30, TimeUnit.SECONDS));
        assertStopWithin(15, r.workers());
    }
}
