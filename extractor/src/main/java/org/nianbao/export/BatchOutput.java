package org.nianbao.export;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;

/**
 * The three outputs of a batch. Cells and findings stream to temporary files as documents finish;
 * reports.csv is written at the end, once batch-wide checks (cross-year) have added their
 * findings. Nothing appears under the final names until {@link #commit} moves all three into place.
 */
public final class BatchOutput implements AutoCloseable {

    private final AtomicOutput cellsFile;
    private final AtomicOutput findingsFile;
    private final AtomicOutput reportsFile;
    private final ICSVWriter cells;
    private final ICSVWriter findings;
    private final List<Pending> reports = new ArrayList<>();

    private record Pending(String document, DocumentResult result) {
    }

    private final boolean origins;

    public BatchOutput(Path dir) throws IOException {
        this(dir, false);
    }

    /** @param origins whether cells.csv says where each value comes from (with corrections) */
    public BatchOutput(Path dir, boolean origins) throws IOException {
        this.origins = origins;
        this.cellsFile = new AtomicOutput(dir.resolve("cells.csv"));
        this.findingsFile = new AtomicOutput(dir.resolve("findings.csv"));
        this.reportsFile = new AtomicOutput(dir.resolve("reports.csv"));
        this.cells = csv(cellsFile);
        this.findings = csv(findingsFile);
        cells.writeNext(origins ? CsvRows.CELLS_HEADER_WITH_ORIGIN : CsvRows.CELLS_HEADER, false);
        findings.writeNext(CsvRows.FINDINGS_HEADER, false);
    }

    private static ICSVWriter csv(AtomicOutput out) {
        return CsvRows.writer(out.writer());
    }

    public void add(String document, DocumentResult result) throws IOException {
        for (String[] row : origins ? CsvRows.cellsWithOrigin(document, result)
                : CsvRows.cells(document, result.report())) {
            cells.writeNext(row, false);
        }
        for (String[] row : CsvRows.findings(document, result.findings())) {
            findings.writeNext(row, false);
        }
        check(cells);
        check(findings);
        reports.add(new Pending(document, result));
    }

    /** Findings about something other than an input (a corrections file); they have no reports.csv row. */
    public void addFindings(String document, List<Finding> more) throws IOException {
        for (String[] row : CsvRows.findings(document, more)) {
            findings.writeNext(row, false);
        }
        check(findings);
    }

    /**
     * Adds the batch-wide findings, writes reports.csv and moves all three files into place.
     *
     * @param extra findings per document name from checks across documents
     */
    public void commit(Map<String, List<Finding>> extra) throws IOException {
        ICSVWriter rep = csv(reportsFile);
        rep.writeNext(CsvRows.REPORTS_HEADER, false);
        for (Pending p : reports) {
            List<Finding> more = extra.getOrDefault(p.document, List.of());
            for (Finding f : more) {
                findings.writeNext(CsvRows.finding(p.document, f), false);
            }
            rep.writeNext(CsvRows.report(p.document, p.result, p.result.findings().size() + more.size()), false);
        }
        rep.flush();
        check(rep);
        cells.flush();
        findings.flush();
        check(cells);
        check(findings);
        cellsFile.commit();
        findingsFile.commit();
        reportsFile.commit();
    }

    private static void check(ICSVWriter w) throws IOException {
        if (w.checkError()) {
            throw new IOException("writing an output file failed", w.getException());
        }
    }

    @Override
    public void close() throws IOException {
        try (cellsFile; findingsFile; reportsFile) {
            // closing drops whatever was not committed
        }
    }
}
