package org.nianbao.map;

import java.util.List;
import java.util.Objects;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Finding;

/**
 * The canonical report read from a document's grids, before validation.
 *
 * @param complete every table found and every expected cell read as a number or a blank
 * @param emptyReason why nothing was extracted, for a report with no cells
 */
public record MappedReport(CanonicalReport report, List<Finding> findings, boolean complete, String emptyReason) {
    public MappedReport {
        Objects.requireNonNull(report, "report");
        findings = List.copyOf(findings);
        emptyReason = emptyReason == null ? "" : emptyReason;
    }
}
