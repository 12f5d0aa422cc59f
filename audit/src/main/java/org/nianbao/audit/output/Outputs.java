package org.nianbao.audit.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three outputs of one {@code nianbao extract} run, read back from its folder. */
public record Outputs(Path dir, List<ReportRow> reports, Map<String, List<CellRow>> cells,
                      Map<String, List<FindingRow>> findings) {

    public Outputs {
        reports = List.copyOf(reports);
        cells = Map.copyOf(cells);
        findings = Map.copyOf(findings);
    }

    /** Reads OUT/reports.csv, cells.csv and findings.csv; an IOException says which is missing or bad. */
    public static Outputs read(Path dir) throws IOException {
        Path reportsFile = dir.resolve("reports.csv");
        Path cellsFile = dir.resolve("cells.csv");
        Path findingsFile = dir.resolve("findings.csv");
        for (Path p : List.of(reportsFile, cellsFile, findingsFile)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("no " + p.getFileName() + " in " + dir + ": not an output folder of nianbao extract");
            }
        }
        CsvTable r = CsvTable.read(reportsFile);
        r.require(reportsFile, "document", "sha256", "format", "status");
        List<ReportRow> reports = new ArrayList<>();
        for (String[] row : r.rows()) {
            reports.add(new ReportRow(r.get(row, "document"), r.get(row, "sha256"), r.get(row, "format"),
                    r.get(row, "template"), r.get(row, "year"), r.get(row, "agency"), r.get(row, "place"),
                    r.get(row, "status"), count(r.get(row, "cells")), count(r.get(row, "findings")),
                    r.get(row, "error")));
        }
        CsvTable c = CsvTable.read(cellsFile);
        c.require(cellsFile, "document", "table", "row", "column", "value", "raw", "location");
        Map<String, List<CellRow>> cells = new LinkedHashMap<>();
        for (String[] row : c.rows()) {
            String origin = c.get(row, "origin");
            CellRow cell = new CellRow(c.get(row, "document"), c.get(row, "table"), c.get(row, "row"),
                    c.get(row, "column"), c.get(row, "value"), c.get(row, "raw"), c.get(row, "location"),
                    origin.isEmpty() ? CellRow.EXTRACTED : origin);
            cells.computeIfAbsent(cell.document(), d -> new ArrayList<>()).add(cell);
        }
        CsvTable f = CsvTable.read(findingsFile);
        f.require(findingsFile, "document", "severity", "rule", "table", "row", "column", "message");
        Map<String, List<FindingRow>> findings = new LinkedHashMap<>();
        for (String[] row : f.rows()) {
            FindingRow finding = new FindingRow(f.get(row, "document"), f.get(row, "severity"), f.get(row, "rule"),
                    f.get(row, "table"), f.get(row, "row"), f.get(row, "column"), f.get(row, "message"),
                    f.get(row, "location"));
            findings.computeIfAbsent(finding.document(), d -> new ArrayList<>()).add(finding);
        }
        return new Outputs(dir, reports, cells, findings);
    }

    public List<CellRow> cellsOf(String document) {
        return cells.getOrDefault(document, List.of());
    }

    public List<FindingRow> findingsOf(String document) {
        return findings.getOrDefault(document, List.of());
    }

    private static int count(String s) {
        try {
            return s.isBlank() ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
