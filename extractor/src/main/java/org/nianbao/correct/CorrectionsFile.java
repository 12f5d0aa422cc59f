package org.nianbao.correct;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.TableId;

/**
 * Reads a corrections file: CSV with the header {@code sha256,table,row,column,value,reason} (any
 * order, extra columns ignored), as the audit pages write it. A value is plain decimal, or empty for
 * a blank cell. A file that breaks these rules is refused whole, naming the line: applying half of
 * an auditor's corrections would be worse than none.
 */
public final class CorrectionsFile {

    private static final List<String> COLUMNS = List.of("sha256", "table", "row", "column", "value", "reason");

    private CorrectionsFile() {
    }

    public static List<Correction> read(Path file, Catalog catalog) throws IOException {
        List<String[]> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            rows = csv.readAll();
        } catch (CsvException e) {
            throw new IOException(file + ": not valid CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": empty; the header is " + String.join(",", COLUMNS));
        }
        Map<String, Integer> at = new HashMap<>();
        String[] header = rows.get(0);
        for (int i = 0; i < header.length; i++) {
            at.put(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        for (String c : COLUMNS) {
            if (!at.containsKey(c)) {
                throw new IOException(file + ": no column '" + c + "'; the header is " + String.join(",", COLUMNS));
            }
        }
        List<Correction> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int line = i + 1;
            if (r.length == 1 && r[0].isBlank()) {
                continue;
            }
            String sha = field(r, at, "sha256").toLowerCase(Locale.ROOT);
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new IOException(file + " line " + line + ": sha256 '" + sha + "' is not 64 hex digits");
            }
            String table = field(r, at, "table");
            TableId t = TableId.fromId(table).orElseThrow(() -> new IOException(file + " line " + line
                    + ": unknown table '" + table + "' (active, requests or appeals)"));
            CanonicalKey key;
            try {
                key = CanonicalKey.of(t, field(r, at, "row"), field(r, at, "column"));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " line " + line + ": " + e.getMessage(), e);
            }
            if (!catalog.contains(key)) {
                throw new IOException(file + " line " + line + ": " + key + " is not a cell of either format");
            }
            if (!seen.add(sha + " " + key)) {
                throw new IOException(file + " line " + line + ": a second correction of " + key + " in " + sha);
            }
            out.add(new Correction(line, sha, key, value(field(r, at, "value"), file, line), field(r, at, "reason")));
        }
        return out;
    }

    private static CellValue value(String s, Path file, int line) throws IOException {
        if (s.isEmpty()) {
            return CellValue.blank();
        }
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            throw new IOException(file + " line " + line + ": value '" + s + "' is not a plain decimal number "
                    + "(like -11 or 4555.771; empty for a blank cell)");
        }
        return CellValue.number(new BigDecimal(s));
    }

    private static String field(String[] r, Map<String, Integer> at, String name) {
        int i = at.get(name);
        return i < r.length ? r[i].strip() : "";
    }
}
