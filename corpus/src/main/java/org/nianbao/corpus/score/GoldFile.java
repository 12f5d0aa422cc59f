package org.nianbao.corpus.score;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.corpus.generate.ExpectedFinding;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;

/**
 * The gold files beside a document {@code D}: {@code D.gold.csv} ({@code table,row,column,value})
 * and, optionally, {@code D.gold-findings.csv} ({@code rule,table,row,column}). Hand-written gold
 * for real documents uses the same files.
 */
public final class GoldFile {

    public static final String CELLS_SUFFIX = ".gold.csv";
    public static final String FINDINGS_SUFFIX = ".gold-findings.csv";
    private static final String[] CELLS_HEADER = {"table", "row", "column", "value"};
    private static final String[] FINDINGS_HEADER = {"rule", "table", "row", "column"};

    private GoldFile() {
    }

    public static Path cellsOf(Path document) {
        return document.resolveSibling(document.getFileName() + CELLS_SUFFIX);
    }

    public static Path findingsOf(Path document) {
        return document.resolveSibling(document.getFileName() + FINDINGS_SUFFIX);
    }

    public static void write(Path document, Gold gold) throws IOException {
        try (Writer w = Files.newBufferedWriter(cellsOf(document), StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(w)) {
            csv.writeNext(CELLS_HEADER, false);
            gold.cells().forEach((k, v) -> csv.writeNext(new String[] {k.table().id(), k.row(), k.column(), v}, false));
        }
        try (Writer w = Files.newBufferedWriter(findingsOf(document), StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(w)) {
            csv.writeNext(FINDINGS_HEADER, false);
            for (ExpectedFinding f : gold.findings()) {
                csv.writeNext(new String[] {f.rule(), f.table(), f.row(), f.column()}, false);
            }
        }
    }

    public static Gold read(Path document) throws IOException {
        Map<CanonicalKey, String> cells = new LinkedHashMap<>();
        for (String[] f : rows(cellsOf(document), CELLS_HEADER)) {
            TableId t = TableId.fromId(f[0]).orElseThrow(() -> new IOException(cellsOf(document) + ": unknown table " + f[0]));
            if (cells.put(CanonicalKey.of(t, f[1], f[2]), f[3].strip()) != null) {
                throw new IOException(cellsOf(document) + ": " + f[0] + "/" + f[1] + "/" + f[2] + " twice");
            }
        }
        List<ExpectedFinding> findings = new ArrayList<>();
        if (Files.exists(findingsOf(document))) {
            for (String[] f : rows(findingsOf(document), FINDINGS_HEADER)) {
                findings.add(new ExpectedFinding(f[0], f[1], f[2], f[3]));
            }
        }
        return new Gold(cells, findings);
    }

    private static List<String[]> rows(Path file, String[] header) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
            String[] first = csv.readNext();
            if (first == null || !Arrays.equals(first, header)) {
                throw new IOException(file + ": the header must be " + String.join(",", header));
            }
            List<String[]> out = new ArrayList<>();
            String[] f;
            while ((f = csv.readNext()) != null) {
                if (f.length == 1 && f[0].isBlank()) {
                    continue;
                }
                if (f.length != header.length) {
                    throw new IOException(file + ": a line with " + f.length + " fields: " + String.join(",", f));
                }
                out.add(f);
            }
            return out;
        } catch (CsvValidationException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
