package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document past its time limit or its memory budget fails alone; the others are extracted. */
class WorkerIsolationTest {

    private static final Path TEXT = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"), "text");

    @TempDir
    Path tmp;

    /**
     * An enormous report ({@code copies} copies of one) before two ordinary ones: 3,000 copies (21 MB)
     * need over 64 MB to read; 8,000 copies (57 MB) take over a minute of CPU (21 MB took 23 s).
     */
    private Path batch(int copies) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String one = Files.readString(TEXT.resolve("xiayi.txt"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a-enormous.txt"), one.repeat(copies), StandardCharsets.UTF_8);
        Files.copy(TEXT.resolve("kangle.txt"), in.resolve("b.txt"));
        Files.copy(TEXT.resolve("gansu-office.txt"), in.resolve("c.txt"));
        return in;
    }

    private List<String> run(Path in, String... limits) throws IOException {
        Path out = tmp.resolve("out-" + limits[0]);
        List<String> args = new java.util.ArrayList<>(List.of("extract", "-q", "-j", "1", in.toString(), "-o",
                out.toString()));
        args.addAll(List.of(limits));
        assertEquals(1, Main.run(args.toArray(String[]::new)));
        return Files.readAllLines(out.resolve("reports.csv"), StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentPastItsTimeLimitIsStoppedAndTheNextOnesAreExtracted() throws IOException {
        // 10 s of the worker's CPU time: generous for the ordinary reports in a fresh worker, whatever the
        // load (both take under 1 s of it: they pass with --timeout 1), and a sixth of what the enormous
        // one needs; the document is stopped when its time is up, so the limit is what the test costs
        List<String> rows = run(batch(8000), "--timeout", "10", "--worker-memory", "4096", "--max-text-bytes", "100000000");
        assertTrue(rows.get(1).endsWith(",failed,0,0,extraction used more than 10 s of CPU time (--timeout) and was "
                + "stopped,"), rows.get(1));
        assertTrue(rows.get(2).contains(",ok,198,"), rows.get(2));
        assertTrue(rows.get(3).contains(",ok,198,"), rows.get(3));
    }

    @Test
    void aDocumentNeedingMoreThanTheMemoryBudgetFailsAloneAndSaysSo() throws IOException {
        List<String> rows = run(batch(3000), "--worker-memory", "64", "--max-text-bytes", "100000000");
        assertTrue(rows.get(1).endsWith(",failed,0,0,reading it needed more than the 64 MB of memory a document may "
                + "use (--worker-memory),"), rows.get(1));
        assertTrue(rows.get(2).contains(",ok,198,"), rows.get(2));
        assertTrue(rows.get(3).contains(",ok,198,"), rows.get(3));
    }

    @Test
    void aTextDocumentOverTheBudgetForHtmlAndTextFailsUnreadAndSaysSo() throws IOException {
        Path in = batch(300);
        long size = Files.size(in.resolve("a-enormous.txt"));
        List<String> rows = run(in, "--max-text-bytes", "1000000");
        assertTrue(rows.get(1).endsWith(",failed,0,0,\"the text document is " + size + " bytes, over the budget of 1000000 "
                + "bytes for HTML and text (--max-text-bytes)\","), rows.get(1));
        assertTrue(rows.get(2).contains(",ok,198,"), rows.get(2));
        assertTrue(rows.get(3).contains(",ok,198,"), rows.get(3));
    }
}
