package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;

/**
 * Extracts every HTML, DOCX and DOC fixture and compares cells and findings, row by row, with the
 * hand-verified expectations beside it ({@code <case>.<ext>.cells.csv}, {@code .findings.csv}).
 * Main's FixturesTest covers all formats the same way; this one keeps these formats checked on
 * their own branch.
 */
class WordAndHtmlFixturesTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private static final Extractor EXTRACTOR = Nianbao.extractor(ExtractOptions.defaults());

    static Stream<String> documents() throws IOException {
        List<String> names = new ArrayList<>();
        for (String format : List.of("html", "docx", "doc")) {
            Path dir = FIXTURES.resolve(format);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> !f.getFileName().toString().endsWith(".csv"))
                            .forEach(f -> names.add(format + "/" + f.getFileName()));
                }
            }
        }
        return names.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void extractsTheAuthoredCellsAndFindings(String name) throws IOException, CsvException {
        DocumentResult result = EXTRACTOR.extract(name, Files.readAllBytes(FIXTURES.resolve(name)));
        List<String> cells = new ArrayList<>();
        for (ExtractedCell c : result.report().cells()) {
            cells.add(String.join("|", name, c.key().table().id(), c.key().row(), c.key().column(), c.value().render(),
                    c.source().raw(), c.source().where().render()));
        }
        List<String> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            findings.add(String.join("|", name, f.severity().id(), f.rule(), f.scope().tableId(), f.scope().row(),
                    f.scope().column(), f.message(), f.where().render()));
        }
        assertEquals(String.join("\n", expected(name + ".cells.csv")), String.join("\n", cells), name + " cells");
        assertEquals(String.join("\n", expected(name + ".findings.csv")), String.join("\n", findings),
                name + " findings (status " + result.status() + ", error '" + result.error() + "')");
    }

    private static List<String> expected(String csv) throws IOException, CsvException {
        try (Reader in = Files.newBufferedReader(FIXTURES.resolve(csv), StandardCharsets.UTF_8);
             CSVReader reader = new CSVReader(in)) {
            List<String[]> rows = reader.readAll();
            return rows.subList(1, rows.size()).stream().map(r -> String.join("|", r)).toList();
        }
    }
}
