package org.nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.Nianbao;
import org.nianbao.cli.Main;
import org.nianbao.export.CsvRows;
import org.nianbao.model.DocumentResult;

/**
 * The job in Spark's local mode against {@code nianbao extract} on the bundled fixtures (text, HTML,
 * DOCX, DOC and PDF, broken ones included, and two reports of one agency whose carried requests
 * disagree, a {@code cross-year} finding).
 */
class SparkJobTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"))
            .toAbsolutePath().normalize();

    private static SparkSession spark;

    /** The rows {@code nianbao extract} writes for the fixtures. */
    private static Cli cli;

    private record Cli(Set<List<String>> cells, Set<List<String>> findings, Set<List<String>> reports) {
    }

    @BeforeAll
    static void start(@TempDir Path cliOut) throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("nianbao-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        assertEquals(1, Main.run("extract", "-q", "-j", "2", FIXTURES.toString(), "-o", cliOut.toString()),
                "some fixtures are partial or failed on purpose");
        cli = new Cli(csvRows(cliOut.resolve("cells.csv")), csvRows(cliOut.resolve("findings.csv")),
                csvRows(cliOut.resolve("reports.csv")));
        assertTrue(cli.findings.stream().anyMatch(f -> f.get(2).equals("cross-year")));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void writesTheCellsFindingsAndReportsTheCliWritesOnTheFixtures(@TempDir Path out) {
        ExtractionJob.Summary s = run(FIXTURES, out, OutputFormat.PARQUET, false, ExtractOptions.defaults());

        assertEquals(cli.reports.size(), s.total());
        assertFalse(cli.cells.isEmpty());
        assertSameRows(cli.cells, parquet(out.resolve("cells"), CsvRows.CELLS_HEADER));
        assertSameRows(cli.findings, parquet(out.resolve("findings"), CsvRows.FINDINGS_HEADER));
        assertSameRows(cli.reports, parquet(out.resolve("reports"), CsvRows.REPORTS_COLUMNS));
    }

    @Test
    void writesCsvPartFilesWithAHeaderPartitionedByYearKeepingTheRawTextExactly(@TempDir Path out) throws IOException {
        Path text = FIXTURES.resolve("text"); // padded raw cells (积石山县), GBK, Markdown: what CSV could spoil
        run(text, out, OutputFormat.CSV, false, ExtractOptions.defaults());

        Set<List<String>> cells = new HashSet<>();
        List<Path> parts = partFiles(out.resolve("cells"), ".csv");
        assertFalse(parts.isEmpty());
        for (Path part : parts) {
            assertTrue(part.getParent().getFileName().toString().startsWith("year="), part.toString());
            List<String[]> rows = readCsv(part);
            assertEquals(List.of(CsvRows.CELLS_HEADER), List.of(rows.get(0)), part + " starts with the header");
            cells.addAll(csvRows(part));
        }
        Set<List<String>> expected = new HashSet<>(cli.cells);
        expected.removeIf(c -> !c.get(0).startsWith(text + "/"));
        assertFalse(expected.isEmpty());
        assertSameRows(expected, cells);
    }

    @Test
    void skipExistingExtractsOnlyDocumentsWhoseSha256IsNotInTheOutput(@TempDir Path in, @TempDir Path out)
            throws IOException {
        Files.copy(FIXTURES.resolve("text/xiayi.txt"), in.resolve("xiayi.txt"));
        Files.copy(FIXTURES.resolve("html/utf8-2019.html"), in.resolve("utf8-2019.html"));
        assertEquals(2, run(in, out, OutputFormat.PARQUET, true, ExtractOptions.defaults()).total());

        Files.copy(FIXTURES.resolve("docx/official-2021.docx"), in.resolve("official-2021.docx"));
        Files.copy(FIXTURES.resolve("text/xiayi.txt"), in.resolve("xiayi-again.txt")); // same bytes, other name
        ExtractionJob.Summary second = run(in, out, OutputFormat.PARQUET, true, ExtractOptions.defaults());

        assertEquals(1, second.total(), "only the new DOCX is extracted");
        Set<List<String>> reports = parquet(out.resolve("reports"), CsvRows.REPORTS_COLUMNS);
        Set<String> documents = new HashSet<>();
        reports.forEach(r -> documents.add(r.get(0)));
        assertEquals(Set.of(in + "/xiayi.txt", in + "/utf8-2019.html", in + "/official-2021.docx"), documents);
        assertEquals(3, reports.size());
        Set<List<String>> expected = cellsExtractedDirectly(in);
        expected.removeIf(c -> c.get(0).endsWith("xiayi-again.txt"));
        assertSameRows(expected, parquet(out.resolve("cells"), CsvRows.CELLS_HEADER));
    }

    @Test
    void aFileOverTheSizeLimitIsAFailedRowAndIsNeverRead(@TempDir Path in, @TempDir Path out) throws IOException {
        Files.copy(FIXTURES.resolve("text/xiayi.txt"), in.resolve("xiayi.txt"));
        Files.copy(FIXTURES.resolve("pdf/bordered-2019.pdf"), in.resolve("bordered-2019.pdf"));
        long limit = Files.size(in.resolve("xiayi.txt"));
        assertTrue(Files.size(in.resolve("bordered-2019.pdf")) > limit);

        ExtractionJob.Summary s = run(in, out, OutputFormat.PARQUET, false, ExtractOptions.defaults().withMaxBytes(limit));

        assertEquals(2, s.total());
        List<Row> pdf = spark.read().parquet(out.resolve("reports").toString())
                .where("document like '%bordered-2019.pdf'").collectAsList();
        assertEquals(1, pdf.size());
        assertEquals("failed", pdf.get(0).getAs("status"));
        assertEquals("file is " + Files.size(in.resolve("bordered-2019.pdf")) + " bytes, over the limit of " + limit
                + " bytes", pdf.get(0).getAs("error"));
    }

    @Test
    void aDocumentPastTheTimeLimitIsAFailedRowAndTheJobGoesOn(@TempDir Path in, @TempDir Path out) throws IOException {
        Files.copy(FIXTURES.resolve("pdf/bordered-2019.pdf"), in.resolve("bordered-2019.pdf"));
        Files.copy(FIXTURES.resolve("pdf/bordered-2021.pdf"), in.resolve("bordered-2021.pdf"));

        ExtractionJob.Summary s = run(in, out, OutputFormat.PARQUET, false,
                ExtractOptions.defaults().withTimeLimit(Duration.ofMillis(1)));

        assertEquals(2, s.failed(), "a PDF takes far longer than 1 ms");
        for (Row r : spark.read().parquet(out.resolve("reports").toString()).collectAsList()) {
            assertEquals("extraction took longer than 1 ms and was stopped", r.getAs("error"));
        }
    }

    private static ExtractionJob.Summary run(Path in, Path out, OutputFormat format, boolean skip,
                                             ExtractOptions options) {
        return new ExtractionJob(spark).run(new JobSpec(List.of(in.toString()), out.toString(), format, skip, options));
    }

    /** The cells of every document under {@code dir}, each extracted by the extractor, named as the CLI names them. */
    private static Set<List<String>> cellsExtractedDirectly(Path dir) throws IOException {
        Extractor extractor = Nianbao.extractor(ExtractOptions.defaults());
        Set<List<String>> cells = new HashSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                DocumentResult r = extractor.extract(p);
                CsvRows.cells(p.toString(), r.report()).forEach(row -> cells.add(List.of(row)));
            }
        }
        return cells;
    }

    /** The rows of a CSV file after its header. */
    private static Set<List<String>> csvRows(Path file) throws IOException {
        List<String[]> rows = readCsv(file);
        Set<List<String>> out = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> out.add(List.of(r)));
        return out;
    }

    /** The rows of a Parquet output in the CLI's columns, nulls as the CLI's empty text. */
    private static Set<List<String>> parquet(Path dir, String[] header) {
        Set<List<String>> rows = new HashSet<>();
        for (Row r : spark.read().parquet(dir.toString()).selectExpr(header).collectAsList()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                row.add(r.isNullAt(i) ? "" : r.get(i).toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<Path> partFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(suffix))
                    .toList();
        }
    }

    private static List<String[]> readCsv(Path part) throws IOException {
        try (Reader r = Files.newBufferedReader(part, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
            return new ArrayList<>(csv.readAll());
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(part + ": " + e.getMessage(), e);
        }
    }

    /** Equal sets, or a failure listing the rows only one side has. */
    private static void assertSameRows(Set<List<String>> expected, Set<List<String>> actual) {
        Set<List<String>> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<List<String>> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "missing " + missing.size() + ": " + first(missing)
                + "\nextra " + extra.size() + ": " + first(extra));
    }

    private static String first(Set<List<String>> rows) {
        return rows.stream().limit(5).map(List::toString).reduce("", (a, b) -> a + "\n  " + b);
    }
}
