package org.nianbao.audit.output;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSV output read back by column name, so extra trailing columns (the {@code origin} of corrected
 * cells, {@code place} in reports.csv) and outputs written before a column existed both read fine.
 */
record CsvTable(Map<String, Integer> columns, List<String[]> rows) {

    static CsvTable read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            if (all.isEmpty()) {
                throw new IOException(file + " is empty: not an output of nianbao extract");
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] header = all.get(0);
            for (int i = 0; i < header.length; i++) {
                columns.put(header[i].replace("\uFEFF", "").strip(), i);
            }
            return new CsvTable(Map.copyOf(columns), List.copyOf(all.subList(1, all.size())));
        } catch (CsvException e) {
            throw new IOException(file + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** The named field of a row, empty when the column or the field is absent. */
    String get(String[] row, String column) {
        Integer i = columns.get(column);
        return i == null || i >= row.length ? "" : row[i];
    }

    void require(Path file, String... names) throws IOException {
        for (String n : names) {
            if (!columns.containsKey(n)) {
                throw new IOException(file + " has no column '" + n + "': not an output of nianbao extract");
            }
        }
    }
}
