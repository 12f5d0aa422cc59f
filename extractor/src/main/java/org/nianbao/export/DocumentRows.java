package org.nianbao.export;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.SourceDocument;

/**
 * One document's rows of the three CSV tables without their {@code document} column: what the
 * journal keeps and a worker process sends back. The same content found under two names gives the
 * same rows; {@link #withDocument} puts a name in front.
 *
 * @param report the reports.csv row after {@code document}
 * @param cells the cells.csv rows after {@code document}
 * @param findings the findings.csv rows after {@code document}
 */
public record DocumentRows(String[] report, List<String[]> cells, List<String[]> findings) {

    public static final int SHA256 = 0;
    public static final int FORMAT = 1;
    public static final int TEMPLATE = 2;
    public static final int YEAR = 3;
    public static final int AGENCY = 4;
    public static final int STATUS = 5;
    public static final int FINDINGS = 7;

    public static DocumentRows of(DocumentResult r) {
        return new DocumentRows(tail(CsvRows.report("", r, r.findings().size())),
                CsvRows.cells("", r.report()).stream().map(DocumentRows::tail).toList(),
                CsvRows.findings("", r.findings()).stream().map(DocumentRows::tail).toList());
    }

    /** A document that failed before its content was read (missing, not a regular file, too large). */
    public static DocumentRows failed(String sha256, String error) {
        return of(DocumentResult.failed(new SourceDocument("", sha256, Format.UNKNOWN, ""), error, List.of()));
    }

    public String status() {
        return report[STATUS];
    }

    /** {@code row} with {@code document} in front. */
    public static String[] withDocument(String document, String[] row) {
        String[] out = new String[row.length + 1];
        out[0] = document;
        System.arraycopy(row, 0, out, 1, row.length);
        return out;
    }

    private static String[] tail(String[] row) {
        String[] out = new String[row.length - 1];
        System.arraycopy(row, 1, out, 0, out.length);
        return out;
    }

    public void writeTo(DataOutput out) throws IOException {
        writeRow(out, report);
        writeRows(out, cells);
        writeRows(out, findings);
    }

    public static DocumentRows readFrom(DataInput in) throws IOException {
        return new DocumentRows(readRow(in), readRows(in), readRows(in));
    }

    private static void writeRows(DataOutput out, List<String[]> rows) throws IOException {
        out.writeInt(rows.size());
        for (String[] row : rows) {
            writeRow(out, row);
        }
    }

    private static List<String[]> readRows(DataInput in) throws IOException {
        int n = in.readInt();
        List<String[]> rows = new ArrayList<>(Math.min(n, 4096));
        for (int i = 0; i < n; i++) {
            rows.add(readRow(in));
        }
        return rows;
    }

    private static void writeRow(DataOutput out, String[] row) throws IOException {
        out.writeInt(row.length);
        for (String s : row) {
            writeString(out, s);
        }
    }

    private static String[] readRow(DataInput in) throws IOException {
        String[] row = new String[in.readInt()];
        for (int i = 0; i < row.length; i++) {
            row[i] = readString(in);
        }
        return row;
    }

    /** Unlike {@code writeUTF}, any length (a finding may quote a long raw text). */
    public static void writeString(DataOutput out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readString(DataInput in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
