package org.nianbao.export;

import com.opencsv.ICSVWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nianbao.agency.AgencyName;
import org.nianbao.agency.AgencyNames;
import org.nianbao.correct.Corrector;
import org.nianbao.model.Catalog;

/**
 * Writes a batch's outputs from its journal, document by document in input order, so they are the
 * same bytes however the runs that made the journal were interrupted, and memory does not grow with
 * the batch: a first pass builds the compact cross-year index, the second writes cells.csv,
 * findings.csv, reports.csv and wide.csv side by side and commits them together.
 */
public final class BatchOutput {

    /** Documents by status, over the whole batch. */
    public record Counts(int ok, int partial, int failed) {
        public int total() {
            return ok + partial + failed;
        }
    }

    private final boolean spreadsheet;
    private final String[] wideHeader;
    private final Map<String, Integer> wideColumns;

    private final Corrector corrector;

    /** @param spreadsheet {@code --excel}: a UTF-8 BOM first, formula-like text neutralised */
    public BatchOutput(Catalog catalog, boolean spreadsheet) {
        this(catalog, spreadsheet, Corrector.none());
    }

    /** @param corrector the auditor's corrections, applied to each document as it is written */
    public BatchOutput(Catalog catalog, boolean spreadsheet, Corrector corrector) {
        this.corrector = corrector;
        this.spreadsheet = spreadsheet;
        this.wideHeader = CsvRows.wideHeader(catalog);
        this.wideColumns = CsvRows.positions(wideHeader);
    }

    /**
     * Writes the outputs of the documents {@code keys}, in their order, from {@code journal}. Per
     * document nothing stays in memory: the cross-year index and each document's agency (split once,
     * in the first pass) are kept in scratch files of {@code out}.
     */
    public Counts write(OutFolder out, Journal journal, DocumentKeys keys) throws IOException {
        Path agencyFile = Files.createTempFile(out.scratch(), "agencies.", ".new");
        try (CrossYearIndex crossYear = CrossYearIndex.inFolder(out.scratch())) {
            AgencyNames agencies = new AgencyNames();
            try (DataOutputStream split = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(agencyFile)))) {
                keys.forEach(key -> {
                    DocumentRows rows = corrector.apply(journal.rows(key));
                    AgencyName agency = agencies.split(rows.report()[DocumentRows.AGENCY]);
                    crossYear.add(key, agency.key(), rows);
                    DocumentRows.writeString(split, agency.key());
                    DocumentRows.writeString(split, agency.place());
                });
            }
            try (DataInputStream split = new DataInputStream(new BufferedInputStream(Files.newInputStream(agencyFile)))) {
                return write(out, journal, keys, crossYear, split);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the cross-year file
        } finally {
            Files.deleteIfExists(agencyFile);
        }
    }

    /** The second pass; {@code agencies} gives each document's agency key and place, in order. */
    private Counts write(OutFolder out, Journal journal, DocumentKeys keys, CrossYearIndex crossYear,
                         DataInputStream agencies) throws IOException {
        int[] byStatus = new int[3];
        try (OutFolder.Outputs files = out.outputs()) {
            ICSVWriter cells = open(files, "cells.csv", corrector.cellsHeader());
            ICSVWriter findings = open(files, "findings.csv", CsvRows.FINDINGS_HEADER);
            ICSVWriter reports = open(files, "reports.csv", CsvRows.REPORTS_COLUMNS);
            ICSVWriter wide = open(files, "wide.csv", wideHeader);
            keys.forEach(key -> {
                DocumentRows rows = corrector.apply(journal.rows(key));
                String agency = DocumentRows.readString(agencies);
                String place = DocumentRows.readString(agencies);
                for (String[] c : rows.cells()) {
                    put(cells, DocumentRows.withDocument(key, c));
                }
                for (String[] f : rows.findings()) {
                    put(findings, DocumentRows.withDocument(key, f));
                }
                List<String[]> more = crossYear.findings(key, agency, rows);
                for (String[] f : more) {
                    put(findings, f);
                }
                String[] report = DocumentRows.withDocument(key, rows.report());
                report[DocumentRows.FINDINGS + 1] = Integer.toString(rows.findings().size() + more.size());
                put(reports, withPlace(report, place));
                put(wide, CsvRows.wide(wideHeader, wideColumns, key, rows));
                byStatus[switch (rows.status()) {
                    case "ok" -> 0;
                    case "partial" -> 1;
                    default -> 2;
                }]++;
            });
            for (String[] f : corrector.unmatched()) {
                put(findings, f);
            }
            for (ICSVWriter w : List.of(cells, findings, reports, wide)) {
                w.flush();
                if (w.checkError()) {
                    throw new IOException("writing an output file failed", w.getException());
                }
            }
            files.commit();
        }
        return new Counts(byStatus[0], byStatus[1], byStatus[2]);
    }

    /** reports.csv's trailing {@code place}: the agency's administrative area, for grouping by region. */
    private static String[] withPlace(String[] row, String place) {
        String[] out = Arrays.copyOf(row, row.length + 1);
        out[row.length] = place;
        return out;
    }

    private ICSVWriter open(OutFolder.Outputs files, String name, String[] header) throws IOException {
        Writer w = files.create(name);
        if (spreadsheet) {
            w.write('\uFEFF');
        }
        ICSVWriter csv = CsvRows.writer(w);
        csv.writeNext(header, false);
        return csv;
    }

    private void put(ICSVWriter w, String[] row) {
        w.writeNext(spreadsheet ? CsvRows.spreadsheetSafe(row) : row, false);
    }
}
