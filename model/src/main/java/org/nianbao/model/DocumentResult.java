package org.nianbao.model;

import java.util.List;
import java.util.Objects;

/**
 * What extracting one document gives: its identity, the report, every finding, a status, and for
 * a failed document a one-line error a person understands. {@code Nianbao.extract} always returns
 * one of these.
 */
public record DocumentResult(SourceDocument document, CanonicalReport report, List<Finding> findings,
                             Status status, String error) {

    public DocumentResult {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
        findings = List.copyOf(findings);
        error = error == null ? "" : error;
        if (status == Status.FAILED && error.isBlank()) {
            throw new IllegalArgumentException("a failed document says why");
        }
    }

    public static DocumentResult failed(SourceDocument document, String error, List<Finding> findings) {
        return new DocumentResult(document, CanonicalReport.empty(), findings, Status.FAILED, error);
    }
}
