package org.nianbao.audit.page;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.audit.output.FindingRow;
import org.nianbao.audit.output.ReportRow;

/**
 * The batch at a glance: one row per document with its status, format, template, year, agency,
 * cells, findings by severity and failed identities, sortable by any column and filterable by
 * status, rule and agency; each row links to the document's page.
 */
final class IndexPage {

    /** A document of the index and the name of its page. */
    record Entry(AuditedDocument doc, String page) {
    }

    private static final List<String> COLUMNS = List.of("document", "status", "format", "template", "year", "agency",
            "place", "cells", "errors", "warnings", "info", "failed identities");
    private static final List<String> NUMERIC = List.of("year", "cells", "errors", "warnings", "info", "failed identities");

    private IndexPage() {
    }

    static Document render(List<Entry> entries, String outputs) {
        Document d = Pages.shell("nianbao audit — " + outputs, "index-page");
        Element body = d.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("nianbao audit");
        Map<String, Long> byStatus = entries.stream()
                .collect(Collectors.groupingBy(e -> e.doc().report().status(), Collectors.counting()));
        header.appendElement("p").addClass("summary").text(entries.size() + " documents from " + outputs + ": "
                + byStatus.getOrDefault("ok", 0L) + " ok, " + byStatus.getOrDefault("partial", 0L) + " partial, "
                + byStatus.getOrDefault("failed", 0L) + " failed");

        Element filters = body.appendElement("form").addClass("filters").attr("id", "filters");
        Element status = filters.appendElement("label").text("status ").appendElement("select").attr("id", "f-status");
        status.appendElement("option").attr("value", "").text("any");
        for (String s : List.of("ok", "partial", "failed")) {
            status.appendElement("option").attr("value", s).text(s);
        }
        Element rule = filters.appendElement("label").text(" rule ").appendElement("select").attr("id", "f-rule");
        rule.appendElement("option").attr("value", "").text("any");
        new TreeSet<>(entries.stream().flatMap(e -> e.doc().findings().stream()).map(FindingRow::rule).toList())
                .forEach(r -> rule.appendElement("option").attr("value", r).text(r));
        filters.appendElement("label").text(" agency ").appendElement("input").attr("type", "search")
                .attr("id", "f-agency").attr("placeholder", "name or part of it");
        filters.appendElement("span").attr("id", "shown").addClass("shown");

        Element table = body.appendElement("table").addClass("documents").attr("id", "documents");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String c : COLUMNS) {
            head.appendElement("th").attr("data-sort", NUMERIC.contains(c) ? "number" : "text").attr("tabindex", "0")
                    .text(c);
        }
        Element rows = table.appendElement("tbody");
        for (Entry e : entries) {
            ReportRow r = e.doc().report();
            List<FindingRow> f = e.doc().findings();
            Element tr = rows.appendElement("tr").attr("data-status", r.status()).attr("data-agency", r.agency())
                    .attr("data-rules", String.join(" ", new TreeSet<>(f.stream().map(FindingRow::rule).toList())));
            tr.appendElement("td").appendElement("a").attr("href", e.page()).text(r.document());
            tr.appendElement("td").addClass("status-" + r.status()).text(r.status());
            tr.appendElement("td").text(r.format());
            tr.appendElement("td").text(r.template());
            tr.appendElement("td").text(r.year());
            tr.appendElement("td").text(r.agency());
            tr.appendElement("td").text(r.place());
            tr.appendElement("td").text(e.doc().cells().size() + "");
            for (String severity : List.of("error", "warning", "info")) {
                tr.appendElement("td").addClass("n-" + severity)
                        .text("" + f.stream().filter(x -> x.severity().equals(severity)).count());
            }
            tr.appendElement("td").addClass("n-failed").text("" + e.doc().failedIdentities());
        }
        Pages.finish(d, "{}");
        return d;
    }
}
