package org.nianbao.audit.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;
import org.nianbao.audit.source.Presence;
import org.nianbao.audit.source.Probe;
import org.nianbao.audit.source.SourceFile;
import org.nianbao.audit.source.SourceView;
import org.nianbao.model.Location;

/**
 * Re-finds every cell's raw text at its location in its source document. A corrected cell is checked
 * like any other: its raw text is still what the source says, only its value was replaced.
 */
public final class Verifier {

    private final Path root;

    /** @param root the folder relative document names are resolved against (where extract ran) */
    public Verifier(Path root) {
        this.root = root;
    }

    public Verification verify(Outputs outputs) {
        List<Miss> misses = new ArrayList<>();
        int documents = 0;
        int cells = 0;
        int ocr = 0;
        for (ReportRow report : outputs.reports()) {
            List<CellRow> rows = outputs.cellsOf(report.document());
            if (rows.isEmpty()) {
                continue;
            }
            documents++;
            cells += rows.size();
            List<CellRow> readable = rows.stream().filter(c -> !byOcr(c)).toList();
            ocr += rows.size() - readable.size();
            misses.addAll(verify(report, readable));
        }
        return new Verification(documents, cells, misses, ocr);
    }

    private List<Miss> verify(ReportRow report, List<CellRow> rows) {
        SourceFile file = SourceFile.load(root, report.document(), report.sha256());
        if (file.failure().isPresent()) {
            return rows.stream().map(c -> miss(c, file.problem())).toList();
        }
        List<Miss> misses = new ArrayList<>();
        List<Probe> probes = new ArrayList<>();
        List<CellRow> probed = new ArrayList<>();
        for (CellRow c : rows) {
            Optional<Location> where = c.where();
            if (where.isEmpty()) {
                misses.add(miss(c, c.location().isBlank() ? "no location" : "not a location: " + c.location()));
            } else {
                probes.add(new Probe(c.raw(), where.get()));
                probed.add(c);
            }
        }
        try (SourceView view = SourceView.open(report.format(), file.bytes(), file.path())) {
            List<Presence> found = view.find(probes);
            for (int i = 0; i < probed.size(); i++) {
                if (!found.get(i).found()) {
                    misses.add(miss(probed.get(i), "there stands '" + found.get(i).seen() + "'"));
                }
            }
        } catch (IOException | RuntimeException e) {
            probed.forEach(c -> misses.add(miss(c, "cannot open the source as " + report.format() + ": " + e.getMessage())));
        }
        return misses;
    }

    private static boolean byOcr(CellRow c) {
        return c.where().filter(l -> l instanceof Location.PageBox b && b.ocr()).isPresent();
    }

    private static Miss miss(CellRow c, String reason) {
        return new Miss(c.document(), c.key(), c.raw(), c.location(), reason);
    }
}
