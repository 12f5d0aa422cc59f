package org.nianbao.audit.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.AuditCommands;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.output.Outputs;
import org.nianbao.cli.Main;

class OutputDiffTest {

    @TempDir
    Path tmp;

    /** Two scrapes of one site: a value changed on the site, one report taken down, one put up. */
    @Test
    void twoScrapesDifferByTheChangedCellAndTheDocumentsAddedAndRemoved() throws IOException {
        Path one = Files.createDirectories(tmp.resolve("scrape-1/site"));
        Path two = Files.createDirectories(tmp.resolve("scrape-2/site"));
        Files.copy(Extracted.fixture("text/jishishan.txt"), one.resolve("jishishan.txt"));
        Files.copy(Extracted.fixture("text/xiayi.txt"), one.resolve("xiayi.txt"));
        List<String> lines = new ArrayList<>(Files.readAllLines(Extracted.fixture("text/jishishan.txt")));
        assertEquals("\t382", lines.get(44), "line 45 holds 行政许可's 上一年项目数量");
        lines.set(44, "\t383");
        Files.write(two.resolve("jishishan.txt"), lines, StandardCharsets.UTF_8);
        Files.copy(Extracted.fixture("text/kangle.txt"), two.resolve("kangle.txt"));
        Outputs a = Extracted.extract(tmp.resolve("out-1"), one.toString());
        Outputs b = Extracted.extract(tmp.resolve("out-2"), two.toString());

        OutputDiff.Result r = OutputDiff.compare(a, b);

        assertEquals("site/", OutputDiff.commonFolder(a.reports()).replaceAll(".*scrape-1/", ""));
        Difference changed = r.differences().stream().filter(d -> d.change().equals("changed")).findFirst().orElseThrow();
        assertEquals(List.of("jishishan.txt", "active", "licensing", "previous_count", "changed", "value raw", "382", "383",
                "382", "383"), List.of(changed.csv()));
        assertEquals(1, r.cellsChanged());
        assertEquals(198, r.cellsRemoved(), "xiayi.txt's cells");
        assertEquals(198, r.cellsAdded(), "kangle.txt's cells");
        assertEquals(1, r.documentsAdded());
        assertEquals(1, r.documentsRemoved());
        assertTrue(r.differences().stream().anyMatch(d -> d.document().equals("xiayi.txt")
                && d.change().equals("document-removed") && d.before().equals("ok")));
        assertEquals("2 documents in A, 2 in B (1 added, 1 removed); cells: 198 added, 198 removed, 1 changed, "
                + "in 3 documents", r.summary());
    }

    @Test
    void theCommandWritesDiffCsvAndExitsZeroOnlyWhenTheOutputsAreIdentical() throws IOException {
        Path doc = Files.copy(Extracted.fixture("text/kangle.txt"), tmp.resolve("kangle.txt"));
        Outputs before = Extracted.extract(tmp.resolve("before"), doc.toString());
        Path corrections = tmp.resolve("corrections.csv");
        Files.writeString(corrections, "sha256,table,row,column,value,reason\n" + before.reports().get(0).sha256()
                + ",active,procurement,amount,6374.44314,stated in 元\n", StandardCharsets.UTF_8);
        Extracted.extract(tmp.resolve("after"), doc.toString(), "--corrections", corrections.toString());
        Path diff = tmp.resolve("diff.csv");

        int status = Main.commandLine(AuditCommands.all()).execute("diff", tmp.resolve("before").toString(),
                tmp.resolve("after").toString(), "-o", diff.toString());

        assertEquals(1, status);
        assertEquals(List.of("document,table,row,column,change,fields,value_a,value_b,raw_a,raw_b",
                "kangle.txt,active,procurement,amount,changed,value origin,63744431.4,6374.44314,63744431.4,63744431.4"),
                Files.readAllLines(diff));
        assertEquals(0, Main.commandLine(AuditCommands.all()).execute("diff", tmp.resolve("before").toString(),
                tmp.resolve("before").toString(), "-o", diff.toString()));
        assertEquals(1, Files.readAllLines(diff).size(), "identical: the header only");
        assertEquals(3, Main.commandLine(AuditCommands.all()).execute("diff", tmp.resolve("before").toString(),
                tmp.resolve("nowhere").toString(), "-o", diff.toString()));
    }
}
