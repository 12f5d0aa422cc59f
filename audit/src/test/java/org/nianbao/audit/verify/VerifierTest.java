package org.nianbao.audit.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.ICSVWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.ExtractedFixtures;
import org.nianbao.audit.output.Outputs;
import org.nianbao.export.CsvRows;

class VerifierTest {

    @TempDir
    static Path tmp;

    /** Every fixture extracted, shared with the audit pages' tests (one of its cells corrected: verified like any other). */
    private final Outputs all = ExtractedFixtures.outputs();

    @Test
    void findsTheRawTextOfEveryCellOfEveryFixtureAtItsLocation() {
        Verification v = new Verifier(Path.of("")).verify(all);
        assertEquals(List.of(), v.misses());
        assertTrue(v.documents() >= 20 && v.cells() > 4000, v.summary());
        Set<String> formats = all.reports().stream().filter(r -> !all.cellsOf(r.document()).isEmpty())
                .map(r -> r.format()).collect(Collectors.toSet());
        assertEquals(Set.of("text", "pdf", "html", "docx", "doc"), formats, "every format is verified");
    }

    /** Each format's cell is pointed at a neighbour holding other text: verify must say so, for that cell only. */
    @Test
    void reportsACellWhoseLocationPointsAtOtherText() throws Exception {
        Map<String, String> tampered = Map.of(
                "pdf/bordered-2019.pdf", "active/regulations/new_made",
                "text/jishishan.txt", "active/normative_documents/new_made",
                "html/utf8-2019.html", "active/regulations/new_made",
                "docx/merged-2019.docx", "active/regulations/new_made",
                "doc/converted-2019.doc", "active/regulations/new_made");
        Path out = tmp.resolve("tampered");
        Files.createDirectories(out);
        for (String f : List.of("reports.csv", "findings.csv")) {
            Files.copy(all.dir().resolve(f), out.resolve(f));
        }
        List<String[]> rows;
        try (Reader r = Files.newBufferedReader(all.dir().resolve("cells.csv")); CSVReader csv = new CSVReader(r)) {
            rows = csv.readAll();
        }
        int moved = 0;
        for (int i = 1; i < rows.size() - 1; i++) {
            String[] row = rows.get(i);
            String doc = Extracted.FIXTURES.relativize(Path.of(row[0])).toString();
            String key = row[1] + "/" + row[2] + "/" + row[3];
            if (key.equals(tampered.get(doc))) {
                String[] next = rows.get(i + 1);
                assertTrue(!next[5].strip().equals(row[5].strip()), "the neighbour holds other text: " + key);
                row[6] = next[6];
                moved++;
            }
        }
        assertEquals(tampered.size(), moved);
        try (Writer w = Files.newBufferedWriter(out.resolve("cells.csv"), StandardCharsets.UTF_8);
             ICSVWriter csv = CsvRows.writer(w)) {
            csv.writeAll(rows, false);
        }
        Verification v = new Verifier(Path.of("")).verify(Outputs.read(out));
        Set<String> missed = v.misses().stream()
                .map(m -> Extracted.FIXTURES.relativize(Path.of(m.document())) + " " + m.key()).collect(Collectors.toSet());
        Set<String> expected = tampered.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.toSet());
        assertEquals(expected, missed);
        assertTrue(v.misses().get(0).reason().startsWith("there stands '"), v.misses().get(0).reason());
    }

    @Test
    void reportsEveryCellOfASourceThatChangedOrVanishedSinceExtraction() throws Exception {
        Path copy = tmp.resolve("changed.txt");
        Files.copy(Extracted.fixture("text/kangle.txt"), copy);
        Path gone = tmp.resolve("gone.html");
        Files.copy(Extracted.fixture("html/utf8-2019.html"), gone);
        Outputs out = Extracted.extract(tmp.resolve("changed"), copy.toString(), gone.toString());
        assertEquals(List.of(), new Verifier(Path.of("")).verify(out).misses());

        Files.writeString(copy, "\n", StandardOpenOption.APPEND);
        Files.delete(gone);
        Verification v = new Verifier(Path.of("")).verify(out);
        assertEquals(v.cells(), v.misses().size());
        assertTrue(v.misses().stream().filter(m -> m.document().equals(copy.toString()))
                .allMatch(m -> m.reason().startsWith("source file changed since extraction")));
        assertTrue(v.misses().stream().filter(m -> m.document().equals(gone.toString()))
                .allMatch(m -> m.reason().startsWith("source file not found")));
    }
}
