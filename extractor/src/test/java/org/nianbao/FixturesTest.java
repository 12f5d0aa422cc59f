package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nianbao.export.CsvRows;
import org.nianbao.model.DocumentResult;

/**
 * Every document under {@code fixtures/} against its hand-verified expected outputs, the siblings
 * {@code <case>.<ext>.cells.csv} and {@code <case>.<ext>.findings.csv}. All fixtures run; every
 * mismatch is reported; the test fails once at the end (PDFBox's convention). The actual outputs
 * and a line diff are written to {@code target/fixture-output/} for review. A missing expected file
 * is a failure: nothing is ever accepted unseen.
 */
class FixturesTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private static final Path OUTPUT = Path.of("target", "fixture-output");

    @Test
    void everyFixtureExtractsToItsExpectedCellsAndFindings() throws IOException {
        List<Path> inputs = inputs();
        assertTrue(inputs.size() >= 5, "fixtures found under " + FIXTURES.toAbsolutePath());
        Extractor extractor = Nianbao.extractor(ExtractOptions.defaults());
        List<String> problems = new ArrayList<>();
        for (Path input : inputs) {
            String name = FIXTURES.relativize(input).toString().replace('\\', '/');
            DocumentResult result = extractor.extract(name, Files.readAllBytes(input));
            compare(name, "cells.csv", render(CsvRows.CELLS_HEADER, CsvRows.cells(name, result.report())), problems);
            compare(name, "findings.csv", render(CsvRows.FINDINGS_HEADER, CsvRows.findings(name, result.findings())),
                    problems);
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " fixture output(s) differ from the expected files (actual outputs and diffs in "
                    + OUTPUT.toAbsolutePath() + "):\n" + String.join("\n", problems));
        }
    }

    private static List<Path> inputs() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURES)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static void compare(String name, String kind, String actual, List<String> problems) throws IOException {
        Path expectedFile = FIXTURES.resolve(name + "." + kind);
        Path actualFile = OUTPUT.resolve(name + "." + kind);
        Files.createDirectories(actualFile.getParent());
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
        if (!Files.exists(expectedFile)) {
            problems.add(name + ": no expected " + kind + " (the actual output is in " + actualFile
                    + "; check it against the source cell by cell before copying it)");
            return;
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            String diff = LineDiff.diff(expected, actual);
            Files.writeString(OUTPUT.resolve(name + "." + kind + ".diff"), diff, StandardCharsets.UTF_8);
            problems.add(name + " " + kind + ":\n" + diff.indent(4));
        }
    }

    private static String render(String[] header, List<String[]> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (ICSVWriter w = CsvRows.writer(out)) {
            w.writeNext(header, false);
            for (String[] row : rows) {
                w.writeNext(row, false);
            }
        }
        return out.toString();
    }
}
