package org.nianbao.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nianbao.correct.Corrector;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;

/** The spec's three CSV tables as rows of strings: headers and one document's rows. */
public final class CsvRows {

    public static final String[] CELLS_HEADER = {"document", "table", "row", "column", "value", "raw", "location"};
    /** With {@code --corrections}: where each value comes from, {@code extracted} or {@code corrected}. */
    public static final String[] CELLS_HEADER_WITH_ORIGIN = {"document", "table", "row", "column", "value", "raw",
        "location", "origin"};
    public static final String[] REPORTS_HEADER = {"document", "sha256", "format", "template", "year", "agency",
        "status", "cells", "findings", "error"};
    public static final String[] FINDINGS_HEADER = {"document", "severity", "rule", "table", "row", "column",
        "message", "location"};

    private CsvRows() {
    }

    /** A writer in the outputs' dialect: RFC 4180 quoting where needed, LF line ends, UTF-8 by the caller. */
    public static ICSVWriter writer(Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    public static List<String[]> cells(String document, CanonicalReport report) {
        List<String[]> rows = new ArrayList<>(report.cells().size());
        for (ExtractedCell c : report.cells()) {
            rows.add(new String[] {document, c.key().table().id(), c.key().row(), c.key().column(),
                c.value().render(), c.source().raw(), c.source().where().render()});
        }
        return rows;
    }

    /** The cells with a trailing {@code origin}: {@code corrected} where a {@code corrected} finding names the cell. */
    public static List<String[]> cellsWithOrigin(String document, DocumentResult result) {
        List<String[]> rows = new ArrayList<>();
        for (String[] row : cells(document, result.report())) {
            boolean corrected = result.findings().stream().anyMatch(f -> f.rule().equals(Corrector.RULE)
                    && f.scope().tableId().equals(row[1]) && f.scope().row().equals(row[2])
                    && f.scope().column().equals(row[3]));
            String[] out = Arrays.copyOf(row, row.length + 1);
            out[row.length] = corrected ? "corrected" : "extracted";
            rows.add(out);
        }
        return rows;
    }

    public static List<String[]> findings(String document, List<Finding> findings) {
        List<String[]> rows = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            rows.add(finding(document, f));
        }
        return rows;
    }

    public static String[] finding(String document, Finding f) {
        return new String[] {document, f.severity().id(), f.rule(), f.scope().tableId(), f.scope().row(),
            f.scope().column(), f.message(), f.where().render()};
    }

    /** The reports.csv row; {@code findings} is passed because batch checks may add to a document's count. */
    public static String[] report(String document, DocumentResult r, int findings) {
        CanonicalReport rep = r.report();
        return new String[] {document, r.document().sha256(), r.document().format().id(), rep.template().id(),
            rep.year().isPresent() ? Integer.toString(rep.year().getAsInt()) : "", rep.agency(), r.status().id(),
            Integer.toString(rep.cells().size()), Integer.toString(findings), oneLine(r.error())};
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
