package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch as a researcher runs it overnight: killed, rerun, fed new files. */
class ResumableBatchTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private static final List<String> OUTPUTS = List.of("cells.csv", "findings.csv", "reports.csv", "wide.csv");

    @TempDir
    Path tmp;

    /** 13 text and HTML fixtures in three variants each (a trailing newline or two: other bytes, same report). */
    private static final Set<String> BATCH = Set.of("html/gbk-2021.html", "html/saved-as-doc.doc", "html/saved-page",
            "html/split-2021.html", "html/utf8-2019.html", "html/word-2019.htm", "text/gansu-office.txt",
            "text/jishishan-gbk.txt", "text/jishishan.txt", "text/kangle.txt", "text/pipes-2021.md", "text/xiayi.txt",
            "text/yanchi-dashuikeng.txt");

    /** The 13 fixtures in three variants: a run long enough to be killed part-way. */
    private Path batch() throws IOException {
        return batch(3);
    }

    /** The 13 fixtures, {@code variants} copies each under {@code v0/}, {@code v1/} … */
    private Path batch(int variants) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // a fixed set of fixtures, so that fixtures added later do not change the counts below
        for (String format : List.of("text", "html")) {
            try (Stream<Path> s = Files.list(FIXTURES.resolve(format))) {
                for (Path f : s.filter(p -> BATCH.contains(format + "/" + p.getFileName())).sorted().toList()) {
                    byte[] b = Files.readAllBytes(f);
                    for (int v = 0; v < variants; v++) {
                        Path copy = Files.createDirectories(in.resolve("v" + v)).resolve(format + "-" + f.getFileName());
                        Files.write(copy, b);
                        Files.writeString(copy, "\n".repeat(v), java.nio.file.StandardOpenOption.APPEND);
                    }
                }
            }
        }
        return in;
    }

    private static Process cli(Path out, String umask, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract", "-q", "-j", "1",
                "-o", out.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void assertSameOutputs(Path expected, Path actual) throws IOException {
        for (String name : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRunKilledWithSigkillAndRerunEndsWithTheBytesOfAnUninterruptedRun() throws Exception {
        Path in = batch();
        Path whole = tmp.resolve("whole");
        Process p = cli(whole, "022", in.toString());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());

        Path killed = tmp.resolve("killed");
        Process k = cli(killed, "027", in.toString());
        Path journal = killed.resolve(".nianbao/journal");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (k.isAlive() && !(Files.exists(journal) && Files.size(journal) > 20_000) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(k.isAlive(), "the run ended before it could be killed part-way");
        k.destroyForcibly(); // SIGKILL
        k.waitFor();
        assertTrue(OUTPUTS.stream().noneMatch(n -> Files.exists(killed.resolve(n))), "no output before the batch is done");
        long journalled = Files.size(journal);

        Process again = cli(killed, "027", in.toString());
        assertTrue(again.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue());
        assertSameOutputs(whole, killed);
        assertTrue(Files.size(journal) >= journalled, "the rerun continued the journal");
        assertEquals(List.of(".nianbao", "cells.csv", "findings.csv", "reports.csv", "wide.csv"), names(killed));
        assertEquals(List.of("journal", "lock"), names(killed.resolve(".nianbao")), "no temporary file survives");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(killed.resolve("cells.csv"))),
                "modes follow the umask (027)");
    }

    @Test
    void aRunKilledWhileJournallingIdenticalFilesAndRerunEndsWithTheBytesOfAnUninterruptedRun() throws Exception {
        // identical files are journalled without a sync each (docs/batch.md): what a kill leaves must still resume
        Path in = Files.createDirectories(tmp.resolve("same"));
        byte[] report = Files.readAllBytes(FIXTURES.resolve("text/kangle.txt"));
        for (int i = 0; i < 1500; i++) {
            Files.write(in.resolve(String.format("copy-%04d.txt", i)), report);
        }
        Path whole = tmp.resolve("whole");
        Process p = cli(whole, "022", in.toString());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());

        Path killed = tmp.resolve("killed");
        Process k = cli(killed, "022", in.toString());
        Path journal = killed.resolve(".nianbao/journal");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (k.isAlive() && !(Files.exists(journal) && Files.size(journal) > 20_000) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(k.isAlive(), "the run ended before it could be killed part-way");
        k.destroyForcibly(); // SIGKILL
        k.waitFor();

        String s = summary(killed, in.toString());
        assertTrue(s.matches("(?s).*\\b\\d+ extracted now, [1-9]\\d* unchanged since the last run.*"), s);
        assertSameOutputs(whole, killed);
    }

    private static String summary(Path out, String... inputs) {
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("extract", "-j", "1", "-o", out.toString()));
        args.addAll(List.of(inputs));
        Main.commandLine(List.of()).setErr(new java.io.PrintWriter(err, true)).execute(args.toArray(String[]::new));
        return err.toString().strip();
    }

    @Test
    void aRerunExtractsOnlyTheFilesAddedOrChangedAndDropsTheRemovedOnes() throws IOException {
        // one copy of each fixture: what a rerun keeps, extracts and drops does not depend on how many
        // files there are, and the batch is extracted whole three times below
        Path in = batch(1);
        int n; // the text and HTML fixtures
        try (Stream<Path> files = Files.walk(in)) {
            n = (int) files.filter(Files::isRegularFile).count();
        }
        Path out = tmp.resolve("out");
        String first = summary(out, in.toString());
        assertTrue(first.contains(n + " extracted now, 0 unchanged"), first);
        String second = summary(out, in.toString());
        assertTrue(second.contains("0 extracted now, " + n + " unchanged"), second);

        Files.delete(in.resolve("v0/text-xiayi.txt"));
        Files.writeString(in.resolve("v0/text-kangle.txt"), "\n\n\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(in.resolve("v0/added.txt"), Files.readString(FIXTURES.resolve("text/jishishan.txt")) + "\n".repeat(5));
        Files.copy(in.resolve("v0/added.txt"), in.resolve("v0/added-again.txt"));
        String s = summary(out, in.toString());
        assertTrue(s.contains((n + 1) + " documents:"), s);
        assertTrue(s.contains("2 extracted now, " + (n - 2) + " unchanged since the last run, 1 identical to another file"), s);
        assertTrue(s.startsWith("nianbao: 1 document(s) of earlier runs"), s);

        Path fresh = tmp.resolve("fresh");
        summary(fresh, in.toString());
        assertSameOutputs(fresh, out);
        assertTrue(summary(out, "--fresh", in.toString()).contains(n + " extracted now, 0 unchanged since the last run, "
                + "1 identical"));
        assertSameOutputs(fresh, out);
    }

    @Test
    void aRerunWithAnotherOcrSettingExtractsAgainInsteadOfReusingTheOtherSettingsResults() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(FIXTURES.resolve("text/kangle.txt"), in.resolve("kangle.txt"));
        Path out = tmp.resolve("out");
        assertTrue(summary(out, "--no-ocr", in.toString()).contains("1 extracted now, 0 unchanged"));
        assertTrue(summary(out, "--no-ocr", in.toString()).contains("0 extracted now, 1 unchanged"));
        String s = summary(out, in.toString());
        assertTrue(s.contains("1 extracted now, 0 unchanged"), s);
        assertTrue(summary(out, in.toString()).contains("0 extracted now, 1 unchanged"));
        assertTrue(summary(out, "--no-ocr", in.toString()).contains("1 extracted now, 0 unchanged"));
    }
}
