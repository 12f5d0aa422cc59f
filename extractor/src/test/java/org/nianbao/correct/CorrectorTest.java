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
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.TableId;

class CorrectorTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private static final CanonicalKey NEW_NATURAL = CanonicalKey.of(TableId.REQUESTS, "new", "natural_person");
    private static final CanonicalKey AFTER_REVIEW_TOTAL = CanonicalKey.of(TableId.APPEALS, "litigation_after_review",
            "total");

    @TempDir
    Path tmp;

    private static DocumentResult extract(String fixture) throws IOException {
        return Nianbao.extractor(ExtractOptions.defaults()).extract(fixture, Files.readAllBytes(FIXTURES.resolve(fixture)));
    }

    private Corrector corrector(String... lines) throws IOException {
        Path file = tmp.resolve("corrections.csv");
        Files.writeString(file, "sha256,table,row,column,value,reason\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return Corrector.read(file);
    }

    private static List<Finding> rule(DocumentResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void replacesTheValueKeepsRawAndLocationNotesTheOldValueAndRechecksTheIdentities() throws IOException {
        DocumentResult before = extract("pdf/bordered-2021.pdf");
        ExtractedCell old = before.report().cell(NEW_NATURAL).orElseThrow();
        assertEquals("430", old.value().render());
        assertEquals(List.of(), rule(before, "requests-balance"));

        DocumentResult after = corrector(before.document().sha256() + ",requests,new,natural_person,999,misprint on p.1")
                .apply(before);

        ExtractedCell now = after.report().cell(NEW_NATURAL).orElseThrow();
        assertEquals("999", now.value().render());
        assertEquals(old.source(), now.source(), "raw and location still say what the source says");
        Finding note = rule(after, "corrected").get(0);
        assertEquals("corrected from 430 to 999: misprint on p.1", note.message());
        assertTrue(note.scope().covers(NEW_NATURAL));
        assertEquals(1, rule(after, "requests-balance").size(), "the corrected value breaks new + carried_over = …");
        assertEquals(1, rule(after, "requests-applicants").size());
        assertEquals(before.report().cells().size(), after.report().cells().size());
        assertEquals(before.status(), after.status());
    }

    @Test
    void aCorrectionThatMakesAnIdentityHoldRemovesItsFinding() throws IOException {
        DocumentResult before = extract("text/pipes-2021.md");
        assertEquals(1, rule(before, "appeals-sum").size(), "the fixture prints total 2 over parts adding to 1");

        DocumentResult after = corrector(before.document().sha256()
                + ",appeals,litigation_after_review,total,1,parts add up to 1").apply(before);

        assertEquals(List.of(), rule(after, "appeals-sum"));
        assertEquals(before.findings().size(), after.findings().size(), "one identity finding gone, one note added");
        assertEquals("1", after.report().cell(AFTER_REVIEW_TOTAL).orElseThrow().value().render());
    }

    @Test
    void aCorrectionWhoseCellOrDocumentIsGoneIsAFinding() throws IOException {
        DocumentResult before = extract("pdf/bordered-2021.pdf");
        String otherSha = "ab".repeat(32);
        Corrector c = corrector(before.document().sha256() + ",active,licensing,previous_count,5,2019 column",
                otherSha + ",appeals,review,total,1,old scrape");

        DocumentResult after = c.apply(before);

        Finding cellGone = rule(after, Corrector.UNMATCHED).get(0);
        assertTrue(cellGone.message().contains("has no cell active/licensing/previous_count"), cellGone.message());
        assertEquals(before.report().cells(), after.report().cells());
        Finding docGone = c.unmatched().get(0);
        assertEquals(1, c.unmatched().size());
        assertTrue(docGone.message().contains("no document in this batch has sha256 " + otherSha), docGone.message());
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
        DocumentResult r = extract("pdf/bordered-2021.pdf");
        Path file = tmp.resolve("c.csv");
        Files.writeString(file, "sha256,table,row,column,value,reason\n" + r.document().sha256()
                + ",requests,new,natural_person,999,misprint\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        assertEquals(0, Main.run("extract", "-q", doc.toString(), "-o", out.toString(), "--corrections", file.toString()));

        List<String> cells = Files.readAllLines(out.resolve("cells.csv"));
        assertEquals("document,table,row,column,value,raw,location,origin", cells.get(0));
        assertEquals(1, cells.stream().filter(l -> l.endsWith(",corrected")).count());
        assertTrue(cells.stream().anyMatch(l -> l.contains(",requests,new,natural_person,999,４３０,")
                && l.endsWith(",corrected")));
        assertEquals(cells.size() - 2, cells.stream().filter(l -> l.endsWith(",extracted")).count());

        Files.writeString(file, "sha256,table\n");
        assertEquals(2, Main.run("extract", "-q", doc.toString(), "-o", tmp.resolve("o2").toString(),
                "--corrections", file.toString()));
        assertFalse(Files.exists(tmp.resolve("o2").resolve("cells.csv")));
    }
}
