package org.nianbao.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.KeySpec;

/**
 * The one place that turns a result into rows of strings: the spec's three CSV tables, wide.csv,
 * and the spreadsheet-safe form of any row.
 */
public final class CsvRows {

    public static final String[] CELLS_HEADER = {"document", "table", "row", "column", "value", "raw", "location"};
    /** With {@code --corrections}: where each value comes from, {@code extracted} or {@code corrected}. */
    public static final String[] CELLS_HEADER_WITH_ORIGIN = {"document", "table", "row", "column", "value", "raw",
        "location", "origin"};
    /** The spec's reports.csv columns, in the spec's order: what {@link #report} makes. */
    public static final String[] REPORTS_HEADER = {"document", "sha256", "format", "template", "year", "agency",
        "status", "cells", "findings", "error"};
    /**
     * reports.csv as written: the spec's columns, then nianbao's extension {@code place} (the agency's
     * administrative area, 沭阳县 of 沭阳县人民政府). Extensions only ever follow the spec's columns,
     * so a consumer that reads by name or by the spec's positions is not disturbed.
     */
    public static final String[] REPORTS_COLUMNS = Stream.concat(Arrays.stream(REPORTS_HEADER), Stream.of("place"))
            .toArray(String[]::new);
    public static final String[] FINDINGS_HEADER = {"document", "severity", "rule", "table", "row", "column",
        "message", "location"};

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

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

    /**
     * wide.csv's header: {@code document, agency, year, template, status}, then one column per cell
     * of the catalog (both formats), named {@code table.row.column}, in the catalog's order.
     */
    public static String[] wideHeader(Catalog catalog) {
        List<String> h = new ArrayList<>(List.of("document", "agency", "year", "template", "status"));
        for (KeySpec k : catalog.specs()) {
            h.add(wideName(k.key().table().id(), k.key().row(), k.key().column()));
        }
        return h.toArray(String[]::new);
    }

    /** One report as a wide.csv row under {@code header}: values as plain numbers, empty where not read. */
    public static String[] wide(String[] header, Map<String, Integer> columns, String document, DocumentRows rows) {
        String[] out = new String[header.length];
        Arrays.fill(out, "");
        String[] r = rows.report();
        out[0] = document;
        out[1] = r[DocumentRows.AGENCY];
        out[2] = r[DocumentRows.YEAR];
        out[3] = r[DocumentRows.TEMPLATE];
        out[4] = r[DocumentRows.STATUS];
        for (String[] c : rows.cells()) {
            Integer i = columns.get(wideName(c[0], c[1], c[2]));
            if (i != null) {
                out[i] = c[3];
            }
        }
        return out;
    }

    /** Column positions of a wide header by name. */
    public static Map<String, Integer> positions(String[] header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            m.put(header[i], i);
        }
        return m;
    }

    private static String wideName(String table, String row, String column) {
        return table + "." + row + "." + column;
    }

    /**
     * A row made safe for spreadsheets ({@code --excel}): a text field beginning with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return, which Excel, LibreOffice and Google
     * Sheets would evaluate as a formula, gets a leading apostrophe, unless it is a plain decimal
     * number such as {@code -11} or {@code +3} (numbers stay numbers).
     */
    public static String[] spreadsheetSafe(String[] row) {
        String[] out = row;
        for (int i = 0; i < row.length; i++) {
            String f = row[i];
            if (!f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(f).matches()) {
                if (out == row) {
                    out = row.clone();
                }
                out[i] = "'" + f;
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
