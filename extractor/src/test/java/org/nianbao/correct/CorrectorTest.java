package org.nianbao.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.cli.Main;
import org.nianbao.export.DocumentRows;

class CorrectorTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));

    @TempDir
    Path tmp;

    private static DocumentRows extract(String fixture) throws IOException {
        return DocumentRows.of(Nianbao.extractor(ExtractOptions.defaults())
                .extract(fixture, Files.readAllBytes(FIXTURES.resolve(fixture))));
    }

    private static String sha(DocumentRows rows) {
        return rows.report()[DocumentRows.SHA256];
    }

    private Corrector corrector(String... lines) throws IOException {
        Path file = tmp.resolve("corrections.csv");
        Files.writeString(file, "sha256,table,row,column,value,reason\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return Corrector.read(file);
    }

    /** cells row: table,row,column,value,raw,location[,origin] */
    private static String[] cell(DocumentRows rows, String table, String row, String column) {
        return rows.cells().stream().filter(c -> c[0].equals(table) && c[1].equals(row) && c[2].equals(column))
                .findFirst().orElseThrow();
    }

    /** findings row: severity,rule,table,row,column,message,location */
    private static List<String[]> rule(DocumentRows rows, String rule) {
        return rows.findings().stream().filter(f -> f[1].equals(rule)).toList();
    }

    @Test
    void replacesTheValueKeepsRawAndLocationNotesTheOldValueAndRechecksTheIdentities() throws IOException {
        DocumentRows before = extract("pdf/bordered-2021.pdf");
        String[] old = cell(before, "requests", "new", "natural_person");
        assertEquals("430", old[3]);
        assertEquals(List.of(), rule(before, "requests-balance"));

        DocumentRows after = corrector(sha(before) + ",requests,new,natural_person,999,misprint on p.1").apply(before);

        String[] now = cell(after, "requests", "new", "natural_person");
        assertEquals(List.of("requests", "new", "natural_person", "999", old[4], old[5], "corrected"), List.of(now),
                "raw and location still say what the source says");
        assertEquals("extracted", cell(after, "requests", "new", "commercial")[6]);
        String[] note = rule(after, "corrected").get(0);
        assertEquals(List.of("info", "corrected", "requests", "new", "natural_person",
                "corrected from 430 to 999: misprint on p.1", old[5]), List.of(note));
        assertEquals(1, rule(after, "requests-balance").size(), "the corrected value breaks new + carried_over = …");
        assertTrue(rule(after, "requests-balance").get(0)[5].contains("new 999 + carried_over"));
        assertEquals(1, rule(after, "requests-applicants").size());
        assertEquals(before.cells().size(), after.cells().size());
        assertEquals(List.of(before.report()), List.of(after.report()));
    }

    @Test
    void aCorrectionThatMakesAnIdentityHoldRemovesItsFinding() throws IOException {
        DocumentRows before = extract("text/pipes-2021.md");
        assertEquals(1, rule(before, "appeals-sum").size(), "the fixture prints total 2 over parts adding to 1");

        DocumentRows after = corrector(sha(before) + ",appeals,litigation_after_review,total,1,parts add up to 1")
                .apply(before);

        assertEquals(List.of(), rule(after, "appeals-sum"));
        assertEquals(before.findings().size(), after.findings().size(), "one identity finding gone, one note added");
        assertEquals("1", cell(after, "appeals", "litigation_after_review", "total")[3]);
    }

    @Test
    void aCorrectionWhoseCellOrDocumentIsGoneIsAFinding() throws IOException {
        DocumentRows before = extract("pdf/bordered-2021.pdf");
        String otherSha = "ab".repeat(32);
        Corrector c = corrector(sha(before) + ",active,licensing,previous_count,5,2019 column",
                otherSha + ",appeals,review,total,1,old scrape");

        DocumentRows after = c.apply(before);

        String[] cellGone = rule(after, Corrector.UNMATCHED).get(0);
        assertTrue(cellGone[5].contains("has no cell active/licensing/previous_count"), cellGone[5]);
        assertEquals(before.cells().stream().map(r -> String.join(",", r) + ",extracted").toList(),
                after.cells().stream().map(r -> String.join(",", r)).toList());
        assertEquals(1, c.unmatched().size());
        String[] docGone = c.unmatched().get(0);
        assertTrue(docGone[0].endsWith("corrections.csv"), "the corrections file is the finding's document");
        assertTrue(docGone[6].contains("no document in this batch has sha256 " + otherSha), docGone[6]);
    }

    @Test
    void refusesAFileWithAValueThatIsNotANumberNamingTheLine() throws IOException {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, "sha256,table,row,column,value,reason\n" + "ab".repeat(32)
                + ",requests,new,total,12 34,typo\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Corrector.read(file));
        assertTrue(e.getMessage().contains("line 2: value '12 34' is not a plain decimal"), e.getMessage());
        Files.writeString(file, "sha256,table,row,column,value,reason\n" + "ab".repeat(32)
                + ",requests,nope,total,1,x\n", StandardCharsets.UTF_8);
        e = assertThrows(IOException.class, () -> Corrector.read(file));
        assertTrue(e.getMessage().contains("line 2: requests/nope/total is not a cell"), e.getMessage());
    }

    @Test
    void extractWithCorrectionsMarksCorrectedCellsInATrailingOriginColumnAndAFileErrorIsAUsageError()
            throws IOException {
        Path doc = FIXTURES.resolve("pdf/bordered-2021.pdf");
        Path file = tmp.resolve("c.csv");
        Files.writeString(file, "sha256,table,row,column,value,reason\n" + sha(extract("pdf/bordered-2021.pdf"))
                + ",requests,new,natural_person,999,misprint\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        assertEquals(0, Main.run("extract", "-q", doc.toString(), "-o", out.toString(), "--corrections", file.toString()));

        List<String> cells = Files.readAllLines(out.resolve("cells.csv"));
        assertEquals("document,table,row,column,value,raw,location,origin", cells.get(0));
        assertEquals(1, cells.stream().filter(l -> l.endsWith(",corrected")).count());
        assertTrue(cells.stream().anyMatch(l -> l.contains(",requests,new,natural_person,999,４３０,")
                && l.endsWith(",corrected")));
        assertEquals(cells.size() - 2, cells.stream().filter(l -> l.endsWith(",extracted")).count());
        assertTrue(Files.readString(out.resolve("wide.csv")).contains(",999,"), "wide.csv has the corrected value");

        // the next run without the file: the extracted value again, no origin column (nothing re-extracted)
        assertEquals(0, Main.run("extract", "-q", doc.toString(), "-o", out.toString()));
        List<String> again = Files.readAllLines(out.resolve("cells.csv"));
        assertEquals("document,table,row,column,value,raw,location", again.get(0));
        assertTrue(again.stream().anyMatch(l -> l.contains(",requests,new,natural_person,430,４３０,")));

        Files.writeString(file, "sha256,table\n");
        assertEquals(2, Main.run("extract", "-q", doc.toString(), "-o", tmp.resolve("o2").toString(),
                "--corrections", file.toString()));
        assertFalse(Files.exists(tmp.resolve("o2").resolve("cells.csv")));
    }
}
