package org.nianbao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.Nianbao;
import org.nianbao.corpus.generate.CorpusGenerator;
import org.nianbao.corpus.generate.Rendering;
import org.nianbao.corpus.score.CellError;
import org.nianbao.corpus.score.CorpusScore;
import org.nianbao.corpus.score.DocumentScore;
import org.nianbao.corpus.score.Tally;

/**
 * The accuracy ratchet: a corpus generated deterministically (every rendering but PDF, which needs
 * a CJK font and is committed pre-generated under {@code src/test/resources/corpus}) is scored, and
 * the build fails when any silent error occurs or when a figure falls below
 * {@code accuracy-record.csv}. The record only moves up, by a commit that says why; the figures of
 * every run are written to {@code target/accuracy-current.csv} for that purpose, with each group's
 * false-alarm rate beside them, and the false alarms by rendering and rule to
 * {@code target/false-alarms-current.csv}.
 */
class AccuracyRatchetTest {

    static final long SEED = 2024;
    static final int DOCUMENTS = 300;
    /**
     * The false-alarm rate (correct cells under a warning that is not an identity rule) may not rise
     * above this: 3.33 % on 29 Nov 2026, once split headers were read back (docs/decoder.md), from
     * 6.2 %; 2.97 % once table 三's rows were weighed against the column identities and Debian
     * html2text's cut headers read back (branch colident); 2.38 % once a separator after a row's last
     * cell no longer hid kept blanks and 总计 was proved by the row identity (branch fa9); 1.93 % once
     * Debian html2text's headers were read with two columns cut past reading and in tables with
     * full-width digits (a value that may be cut flagged at its cell instead), and table 四's blanks
     * proved by header positions in Markdown (branch fa10): issue 9's target of 2 %, now the ceiling.
     * Lowered as false alarms fall; raised once, to 2.4 % (30 Nov 2026), when an info finding stopped
     * standing in for the placement-assumed warning (TableSink): 1.99 → 2.37 %, the price of a silent
     * error found on Chromium's prints (a -1 read into the wrong column of table 二 under an info only).
     * 1.84 % (branch fa12) once table 二's headers wrapped over two lines were joined, so its blocks'
     * columns are named rather than assumed, and a table whose text prints an empty field between two
     * values is taken to keep its blank cells, so a row ending blank lost none (docs/decoder.md):
     * below issue 9's target of 2 %; 1.24 % (444 documents) once pdftotext default's table 三 header
     * was read from its blocks (branch pdfdef12) and Chromium's stacked headers by column (chrom12):
     * the ceiling 1.3 %; 1.08 % once Debian html2text's filled values and cut headers were read from
     * the file's bytes (branch h2t15, 30 Nov): the ceiling 1.2 %; 1.00 % once lynx and pdftotext -raw rows that
     * lost blanks were weighed against the column identities past their cap and -raw's 自然人 run onto the
     * stub's note was read (branch lyn16): the ceiling 1.1 %; 0.75 % once -raw headers printed letter-spaced, a
     * character a line or with a unit note were read, rows printing empty fields kept their blanks in every row,
     * Debian html2text's values that fill their column were proved whole by an identity and its labels wrapped
     * onto a row's bottom line stopped making a second row of blanks (branch fa18): the ceiling 0.9 %.
     */
    static final double FALSE_ALARM_CEILING = 0.009;

    @Test
    void accuracyNeverFallsBelowTheRecordAndNoErrorIsSilent(@TempDir Path dir) throws Exception {
        // PDF and the real tools' text are committed pre-generated: CI need not have the font or the tools;
        // scans need OCR (seconds a page): OcrFixturesTest covers them
        List<Rendering> renderings = Arrays.stream(Rendering.values())
                .filter(r -> r != Rendering.PDF && r.toolName().isEmpty() && !r.scanned()).toList();
        new CorpusGenerator(Optional.empty()).generate(dir, DOCUMENTS, SEED, renderings);
        Extractor extractor = Nianbao.extractor(ExtractOptions.defaults());
        List<DocumentScore> docs = new ArrayList<>(CorpusScore.run(dir, extractor).documents());
        docs.addAll(CorpusScore.run(committedCorpus(), extractor).documents());
        CorpusScore score = CorpusScore.of(docs);

        Map<String, Tally> current = figures(score);
        writeCurrent(current);
        writeFalseAlarms(score);
        List<String> silent = score.worst(Integer.MAX_VALUE).stream().filter(CellError::silent)
                .map(e -> e.document() + " " + e.key() + " expected=" + e.expected() + " got=" + e.got()
                        + " raw=" + e.raw() + " at=" + e.location()).toList();
        assertEquals(List.of(), silent.subList(0, Math.min(20, silent.size())),
                silent.size() + " silent errors: a wrong or missing value with no finding at its cell");

        List<String> below = new ArrayList<>();
        for (Map.Entry<String, double[]> r : record().entrySet()) {
            Tally t = current.get(r.getKey());
            if (t == null) {
                below.add(r.getKey() + ": no longer in the corpus");
                continue;
            }
            double[] now = {t.cellAccuracy(), (double) t.exactDocuments() / t.documents(), t.findingRecall()};
            String[] names = {"cell accuracy", "exact documents", "finding recall"};
            for (int i = 0; i < now.length; i++) {
                if (floor(now[i]) < r.getValue()[i]) {
                    below.add(String.format(Locale.ROOT, "%s: %s %.4f below the record %.4f", r.getKey(), names[i],
                            now[i], r.getValue()[i]));
                }
            }
        }
        assertTrue(below.isEmpty(), "accuracy fell below accuracy-record.csv:\n" + String.join("\n", below));
        assertTrue(score.overall().falseAlarmRate() <= FALSE_ALARM_CEILING, String.format(Locale.ROOT,
                "false alarms %.2f %% of correct cells, above the ceiling of %.2f %%",
                100 * score.overall().falseAlarmRate(), 100 * FALSE_ALARM_CEILING));
    }

    private static Path committedCorpus() throws URISyntaxException {
        return Path.of(AccuracyRatchetTest.class.getResource("/corpus").toURI());
    }

    /** Figures per detected format ({@code format:text}) and per rendering ({@code rendering:text-markdown}). */
    private static Map<String, Tally> figures(CorpusScore score) {
        Map<String, Tally> out = new LinkedHashMap<>();
        score.byFormat().forEach((k, t) -> out.put("format:" + k, t));
        score.byGroup().forEach((k, t) -> out.put("rendering:" + k, t));
        out.put("all", score.overall());
        return out;
    }

    /** Figures are recorded with four decimals, rounded down, so a run equal to the record passes. */
    private static double floor(double x) {
        return Math.floor(x * 10_000 + 1e-9) / 10_000;
    }

    private static Map<String, double[]> record() throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (InputStream in = AccuracyRatchetTest.class.getResourceAsStream("/accuracy-record.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals("group,cell_accuracy,exact_documents,finding_recall", lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                out.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
            }
        }
        return out;
    }

    /**
     * The record's columns, then the false-alarm rate (not in the record: the ceiling above ratchets it),
     * rounded up so that a figure copied from here is never below the run's.
     */
    private static void writeCurrent(Map<String, Tally> figures) throws IOException {
        StringBuilder sb = new StringBuilder("group,cell_accuracy,exact_documents,finding_recall,false_alarm_rate\n");
        figures.forEach((k, t) -> sb.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f%n", k, floor(t.cellAccuracy()),
                floor((double) t.exactDocuments() / t.documents()), floor(t.findingRecall()), ceil(t.falseAlarmRate()))));
        write("accuracy-current.csv", sb);
    }

    /** The false alarms by rendering and by the rules that raise them: where to look next (issue 9). */
    private static void writeFalseAlarms(CorpusScore score) throws IOException {
        StringBuilder sb = new StringBuilder("rendering,rules,right_cells_flagged\n");
        score.falseAlarmsByGroupAndRule().forEach((group, rules) -> rules.forEach((rule, n) ->
                sb.append(group).append(',').append(rule).append(',').append(n).append('\n')));
        write("false-alarms-current.csv", sb);
    }

    private static double ceil(double x) {
        return Math.max(0, Math.ceil(x * 10_000 - 1e-9) / 10_000);
    }

    private static void write(String name, CharSequence text) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve(name), text, StandardCharsets.UTF_8);
    }
}
