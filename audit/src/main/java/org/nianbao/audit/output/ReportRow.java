package org.nianbao.audit.output;

/** One line of reports.csv. {@code place} is empty in outputs written before it existed. */
public record ReportRow(String document, String sha256, String format, String template, String year, String agency,
                        String place, String status, int cells, int findings, String error) {
}
