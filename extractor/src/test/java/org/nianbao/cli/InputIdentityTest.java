package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input gets one row under a key of its own, whatever its name's bytes and whatever it is. */
class InputIdentityTest {

    private static final Path TEXT = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"), "text");

    @TempDir
    Path tmp;

    private static List<String> reports(Path out) throws IOException {
        return Files.readAllLines(out.resolve("reports.csv"), StandardCharsets.UTF_8);
    }

    private static int sh(String script, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", script).directory(dir.toFile()).inheritIO().start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        return p.exitValue();
    }

    @Test
    void twoGbkNamedReportsKeepTwoKeysAndIdenticalFilesAreReportedForEachPath() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Charset gbk = Charset.forName("GBK");
        // the shell writes the names as raw GBK bytes, as a Windows archive unpacked on Linux leaves them
        String a = hex("甲县2019.txt".getBytes(gbk));
        String b = hex("乙县2019.txt".getBytes(gbk));
        assertEquals(0, sh("cp '" + TEXT.resolve("xiayi.txt").toAbsolutePath() + "' \"$(printf '" + a + "')\" && cp '"
                + TEXT.resolve("kangle.txt").toAbsolutePath() + "' \"$(printf '" + b + "')\" && cp '"
                + TEXT.resolve("kangle.txt").toAbsolutePath() + "' same-as-b.txt", in));
        Path out = tmp.resolve("out");
        assertEquals(0, Main.run("extract", "-q", "-j", "1", in.toString(), "-o", out.toString()));
        List<String> rows = reports(out);
        assertEquals(4, rows.size(), rows::toString);
        // in the order of the names' bytes: 's' (0x73) before 0xBC before 0xD2
        assertTrue(rows.get(1).startsWith(in + "/same-as-b.txt,"), rows.get(1));
        assertTrue(rows.get(2).startsWith(in + "/%BC%D7%CF%D82019.txt,"), rows.get(2));
        assertTrue(rows.get(3).startsWith(in + "/%D2%D2%CF%D82019.txt,"), rows.get(3));
        assertEquals(rows.get(1).substring(rows.get(1).indexOf(',')), rows.get(3).substring(rows.get(3).indexOf(',')),
                "the same content gives the same row");
    }

    @Test
    void aGbkNameInAFileListIsFoundByItsBytes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String a = hex("甲县2019.txt".getBytes(Charset.forName("GBK")));
        assertEquals(0, sh("cp '" + TEXT.resolve("xiayi.txt").toAbsolutePath() + "' \"$(printf '" + a + "')\" && "
                + "printf '" + in.toAbsolutePath() + "/" + a + "\\0' > ../list", in));
        Path out = tmp.resolve("out");
        assertEquals(0, Main.run("extract", "-q", "-j", "1", "--files-from", tmp.resolve("list").toString(), "-0",
                "-o", out.toString()));
        assertTrue(reports(out).get(1).startsWith(in.toAbsolutePath() + "/%BC%D7%CF%D82019.txt,"), reports(out).get(1));
        assertTrue(reports(out).get(1).contains(",ok,198,"), reports(out).get(1));
    }

    @Test
    void namedPipesSymlinkLoopsAndBrokenLinksGetARowAndNeverBlockTheBatch() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TEXT.resolve("xiayi.txt"), in.resolve("b-report.txt"));
        assumeTrue(sh("mkfifo a-pipe && ln -s c-loop c-loop && ln -s nowhere d-broken && ln -s .. e-up", in) == 0,
                "mkfifo and ln are needed");
        Path out = tmp.resolve("out");
        assertEquals(1, Main.run("extract", "-q", "-j", "1", "--timeout", "30", in.toString(), "-o", out.toString()));
        List<String> rows = reports(out);
        assertEquals(6, rows.size(), rows::toString);
        assertTrue(rows.get(1).endsWith(",failed,0,0,not a regular file: a named pipe (FIFO); not read"), rows.get(1));
        assertTrue(rows.get(2).contains(",ok,198,"), rows.get(2));
        assertTrue(rows.get(3).endsWith("not a regular file: a symbolic link loop; not read"), rows.get(3));
        assertTrue(rows.get(4).endsWith("not a regular file: a broken symbolic link; not read"), rows.get(4));
        assertTrue(rows.get(5).endsWith("not a regular file: a symbolic link to a folder (links to folders are not "
                + "followed); not read"), rows.get(5));
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("\\%03o", x & 0xFF));
        }
        return s.toString();
    }
}
