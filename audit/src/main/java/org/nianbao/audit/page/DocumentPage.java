package org.nianbao.audit.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.output.FindingRow;
import org.nianbao.audit.output.ReportRow;
import org.nianbao.model.KeySpec;

/**
 * One document's audit page: its tables in the official layout, values coloured by state, a panel
 * showing the selected cell's raw text, location, findings and source, the identity checklist, the
 * findings, and corrections the auditor records on the page (downloadable as corrections.csv).
 */
final class DocumentPage {

    private DocumentPage() {
    }

    static Document render(AuditedDocument doc, SourceExcerpts source) {
        ReportRow r = doc.report();
        String title = (r.agency().isEmpty() ? r.document() : r.agency()) + (r.year().isEmpty() ? "" : " " + r.year());
        Document d = Pages.shell(title + " — nianbao audit", "doc-page");
        Element body = d.body();
        Element header = body.appendElement("header");
        header.appendElement("a").attr("href", "index.html").addClass("back").text("← all documents");
        header.appendElement("h1").text(title);
        Element facts = header.appendElement("dl").addClass("facts");
        fact(facts, "document", r.document());
        fact(facts, "status", r.status()).addClass("status-" + r.status());
        fact(facts, "format", r.format());
        fact(facts, "template", r.template());
        if (!r.place().isEmpty()) {
            fact(facts, "place", r.place());
        }
        fact(facts, "cells", doc.cells().size() + " of " + doc.shown().size());
        fact(facts, "sha256", r.sha256()).addClass("sha");
        if (!r.error().isEmpty()) {
            fact(facts, "error", r.error()).addClass("error");
        }
        if (source.source().get("problem") instanceof String problem) {
            fact(facts, "source", problem).addClass("error");
        }
        Element legend = header.appendElement("p").addClass("legend");
        for (CellState s : CellState.values()) {
            legend.appendElement("span").addClass("v").addClass("st-" + s.id()).text(s.id());
        }

        Element main = body.appendElement("main");
        new OfficialLayout(doc).appendTo(main.appendElement("div").addClass("tables"));
        Element panel = main.appendElement("aside").attr("id", "panel");
        panel.appendElement("p").addClass("hint").text("Select a value to see where it stands in the source.");
        panel.appendElement("div").attr("id", "cell-info");
        panel.appendElement("div").attr("id", "source-view");
        panel.appendElement("div").attr("id", "editor");
        Element corrections = panel.appendElement("div").attr("id", "corrections");
        corrections.appendElement("span").attr("id", "correction-count").text("0 corrections");
        corrections.appendElement("button").attr("type", "button").attr("id", "download").attr("disabled", "")
                .text("Download corrections.csv");

        checklist(body.appendElement("section").attr("id", "identities"), doc);
        findings(body.appendElement("section").attr("id", "findings"), doc);
        Pages.finish(d, Json.write(data(doc, source)));
        return d;
    }

    private static Element fact(Element dl, String name, String value) {
        dl.appendElement("dt").text(name);
        return dl.appendElement("dd").text(value);
    }

    private static void checklist(Element section, AuditedDocument doc) {
        long failed = doc.failedIdentities();
        section.appendElement("h2").text("Identities: " + failed + " failed of " + doc.checklist().size());
        Element list = section.appendElement("ol").addClass("checklist");
        for (ChecklistItem i : doc.checklist()) {
            Element li = list.appendElement("li").addClass(i.status()).attr("data-rule", i.rule());
            li.appendElement("span").addClass("mark").text(switch (i.status()) {
                case "failed" -> "✗";
                case "holds" -> "✓";
                default -> "–";
            });
            li.appendElement("code").text(i.rule());
            li.appendElement("span").addClass("what").text(" " + i.description());
            if (!i.left().isEmpty()) {
                Element sides = li.appendElement("div").addClass("sides");
                sides.appendElement("span").addClass("left").text(i.left());
                sides.appendElement("span").addClass("op").text(i.failed() ? " ≠ " : " = ");
                sides.appendElement("span").addClass("right").text(i.right());
            } else if (i.status().equals("unchecked")) {
                li.appendElement("div").addClass("sides").text("not checked: a cell is missing or unreadable");
            }
            Element keys = li.appendElement("div").addClass("keys");
            for (String k : i.keys()) {
                keys.appendElement("a").attr("href", "#").attr("data-goto", k).text(k);
                keys.appendText(" ");
            }
        }
    }

    private static void findings(Element section, AuditedDocument doc) {
        section.appendElement("h2").text("Findings: " + doc.findings().size());
        Element table = section.appendElement("table").addClass("findings");
        Element head = table.appendElement("tr");
        for (String h : List.of("severity", "rule", "concerns", "message", "location")) {
            head.appendElement("th").text(h);
        }
        int n = 0;
        for (FindingRow f : doc.findings()) {
            Element tr = table.appendElement("tr").addClass("sev-" + f.severity()).attr("id", "finding-" + n++);
            tr.appendElement("td").text(f.severity());
            tr.appendElement("td").appendElement("code").text(f.rule());
            String scope = f.aboutCells() ? f.table() + "/" + f.row() + "/" + f.column() : "document";
            Element concerns = tr.appendElement("td");
            if (f.aboutCells()) {
                concerns.appendElement("a").attr("href", "#").attr("data-scope", scope).text(scope);
            } else {
                concerns.text(scope);
            }
            tr.appendElement("td").text(f.message());
            tr.appendElement("td").text(f.location());
        }
    }

    private static Map<String, Object> data(AuditedDocument doc, SourceExcerpts source) {
        ReportRow r = doc.report();
        Map<String, Object> cells = new LinkedHashMap<>();
        for (KeySpec s : doc.shown()) {
            String key = s.key().toString();
            Map<String, Object> c = new LinkedHashMap<>();
            CellRow row = doc.cell(key).orElse(null);
            c.put("label", s.rowLabelPath() + " | " + s.columnLabel());
            c.put("state", doc.state(key).id());
            c.put("value", row == null ? "" : row.value());
            c.put("raw", row == null ? "" : row.raw());
            c.put("location", row == null ? "" : row.location());
            c.put("findings", doc.findingsAt(key));
            source.at(key).ifPresent(src -> c.put("src", src));
            cells.put(key, c);
        }
        List<Object> findings = new ArrayList<>();
        for (FindingRow f : doc.findings()) {
            findings.add(Map.of("severity", f.severity(), "rule", f.rule(), "message", f.message(),
                    "location", f.location()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("document", r.document());
        data.put("sha256", r.sha256());
        data.put("format", r.format());
        data.put("cells", cells);
        data.put("findings", findings);
        data.put("source", source.source());
        return data;
    }
}
