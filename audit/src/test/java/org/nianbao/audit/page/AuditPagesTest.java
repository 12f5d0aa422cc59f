package org.nianbao.audit.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The structure of the audit pages, read with jsoup. Behaviour in a browser: {@code AuditPagesInChromiumTest}. */
class AuditPagesTest {

    private final AuditedFixtures site = AuditedFixtures.get();

    @Test
    void theIndexListsEveryDocumentWithItsFiguresAndLinksToAPageThatExists() throws IOException {
        Document index = Jsoup.parse(site.index.toFile(), "UTF-8");
        Elements rows = index.select("#documents tbody tr");
        assertEquals(site.outputs.reports().size(), rows.size());
        assertEquals(List.of("document", "status", "format", "template", "year", "agency", "place", "cells", "errors",
                "warnings", "info", "failed identities"), index.select("#documents thead th").eachText());
        for (Element tr : rows) {
            assertTrue(Files.isRegularFile(site.index.resolveSibling(tr.selectFirst("a").attr("href"))), tr.text());
        }
        Element pipes = rows.stream().filter(r -> r.text().contains("pipes-2021.md")).findFirst().orElseThrow();
        assertEquals("ok", pipes.attr("data-status"));
        assertEquals("某某市生态环境局", pipes.attr("data-agency"));
        assertTrue(pipes.attr("data-rules").contains("appeals-sum"));
        assertEquals("1", pipes.selectFirst("td.n-failed").text(), "appeals-sum fails in the pipes fixture");
        Set<String> rules = site.outputs.findings().values().stream().flatMap(List::stream).map(f -> f.rule())
                .collect(Collectors.toSet());
        assertEquals(rules, Set.copyOf(index.select("#f-rule option[value~=.]").eachAttr("value")));
        assertEquals(List.of("", "ok", "partial", "failed"), index.select("#f-status option").eachAttr("value"));
    }

    @Test
    void aDocumentPageDrawsTheThreeTablesInTheOfficialLayoutWithEveryCellKeyed() throws IOException {
        Document page = site.parse("html/utf8-2019.html");
        assertEquals(198, page.select("td[data-key]").size(), "a 2019 report has 198 cells");
        assertEquals(List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"),
                page.select("section.form-table h2").eachText());
        Element active = page.selectFirst("table[data-table=active]");
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"),
                active.select("th.block").eachText());
        assertTrue(active.select("th").eachText().containsAll(List.of("本年新制作数量", "上一年项目数量", "本年增/减",
                "采购总金额", "规章", "其他对外管理服务事项")));
        Element requests = page.selectFirst("table[data-table=requests]");
        Element applicants = requests.select("tr.head").get(0).select("th").stream()
                .filter(th -> th.text().equals("申请人情况")).findFirst().orElseThrow();
        assertEquals("6", applicants.attr("colspan"), "申请人情况 over 自然人 and the five 法人或其他组织 columns");
        Element outcomes = requests.select("th.row-label").stream().filter(th -> th.text().equals("三、本年度办理结果"))
                .findFirst().orElseThrow();
        assertEquals("20", outcomes.attr("rowspan"), "（一）…（六） of 2019: 1 + 1 + 8 + 3 + 5 + 1 rows");
        Element appeals = page.selectFirst("table[data-table=appeals]");
        Elements values = appeals.select("tr:not(.head) td[data-key]");
        assertEquals(15, values.size(), "table 四 is one row of fifteen");
        assertEquals("appeals/review/upheld", values.get(0).attr("data-key"));
        assertEquals("appeals/litigation_after_review/total", values.get(14).attr("data-key"));
        assertTrue(appeals.select("th").eachText().containsAll(List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉")));
        // the value shown is the value of cells.csv
        assertEquals(site.outputs.cellsOf(site.report("html/utf8-2019.html").document()).stream()
                        .filter(c -> c.key().equals("requests/granted/commercial")).findFirst().orElseThrow().value(),
                page.selectFirst("td[data-key=requests/granted/commercial]").text());
    }

    @Test
    void a2021ReportShowsTheColumnsAndRowsOf2021() throws IOException {
        Document page = site.parse("docx/official-2021.docx");
        assertEquals(200, page.select("td[data-key]").size());
        assertTrue(page.select("th").eachText().containsAll(List.of("本年制发件数", "本年处理决定数量", "本年收费金额（单位：万元）",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.其他")));
        assertTrue(page.select("td[data-key=active/other_services/change]").isEmpty());
    }

    @Test
    void valuesAreColouredByState() throws IOException {
        assertEquals(Set.of("st-read"), states(site.parse("html/utf8-2019.html")));
        Document kangle = site.parse("text/kangle.txt");
        assertTrue(kangle.selectFirst("td[data-key=active/procurement/amount]").hasClass("st-flagged"),
                "an amount implausible in 万元 is a warning");
        assertTrue(kangle.selectFirst("td[data-key=active/regulations/new_made]").hasClass("st-read"),
                "an info note (approximate label elsewhere) does not flag a cell");
        Document partial = site.parse("pdf/scanned-last-page.pdf");
        assertEquals(198 - 64, partial.select("td.st-missing").size(), "page 2 is a scan: its cells are missing");
        assertTrue(partial.select("td.st-missing").stream().allMatch(td -> td.text().isEmpty()));
        Document corrected = site.parse(AuditedFixtures.PDF);
        Element c = corrected.selectFirst("td[data-key=" + AuditedFixtures.CORRECTED_KEY + "]");
        assertTrue(c.hasClass("st-corrected"));
        assertEquals("402", c.text());
    }

    @Test
    void aFailingIdentityFlagsOnlyTheCellsItInvolves() throws IOException {
        Document pipes = site.parse("text/pipes-2021.md");
        Set<String> flagged = Set.copyOf(pipes.select("td.st-flagged").eachAttr("data-key"));
        assertTrue(flagged.containsAll(Set.of("appeals/litigation_after_review/total",
                "appeals/litigation_after_review/upheld")), flagged.toString());
        assertFalse(flagged.contains("appeals/review/total"));
    }

    @Test
    void theChecklistPutsFailedIdentitiesFirstWithBothSidesAndTheirCells() throws IOException {
        Document pipes = site.parse("text/pipes-2021.md");
        Elements items = pipes.select("ol.checklist li");
        // 7 columns × 2 + 25 rows (2021) + 3 appeals rows
        assertEquals(7 * 2 + 25 + 3, items.size());
        Element first = items.get(0);
        assertTrue(first.hasClass("failed"));
        assertEquals("appeals-sum", first.attr("data-rule"));
        assertEquals("total 2", first.selectFirst(".left").text());
        assertEquals("upheld 1 + corrected 0 + other 0 + pending 0 = 1", first.selectFirst(".right").text());
        assertEquals(List.of("appeals/litigation_after_review/total", "appeals/litigation_after_review/upheld",
                        "appeals/litigation_after_review/corrected", "appeals/litigation_after_review/other",
                        "appeals/litigation_after_review/pending"), first.select(".keys a").eachAttr("data-goto"));
        assertTrue(items.get(1).hasClass("holds"));
        assertTrue(pipes.selectFirst("h2:containsOwn(Identities)").text().startsWith("Identities: 1 failed"));
        // findings link to the cells they concern
        assertTrue(pipes.select("table.findings a[data-scope]").eachAttr("data-scope")
                .contains("appeals/litigation_after_review/"));
    }

    @Test
    void everyPageWorksFromDiskWithNothingFromTheNetwork() throws IOException {
        Path dir = site.index.getParent();
        assertTrue(Files.isRegularFile(dir.resolve("audit.css")) && Files.isRegularFile(dir.resolve("audit.js")));
        try (Stream<Path> files = Files.list(dir)) {
            // the pages this tool writes (the browser tests put their harness pages beside them)
            for (Path p : files.filter(f -> f.getFileName().toString().matches("index.html|doc-\\d+\\.html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                for (Element e : d.select("[src], [href]")) {
                    String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                    assertFalse(url.matches("(?i)^(https?:)?//.*"), p + " fetches " + url);
                    if (!url.startsWith("#")) {
                        assertTrue(Files.exists(dir.resolve(url)), p + " links to a missing " + url);
                    }
                }
                String data = d.selectFirst("script#data").data();
                for (String img : data.split("\"img\":\"")) {
                    if (img.startsWith("img/")) {
                        String file = img.substring(0, img.indexOf('"'));
                        assertTrue(Files.isRegularFile(dir.resolve(file)), p + " shows a missing " + file);
                    }
                }
            }
        }
    }

    private static Set<String> states(Document d) {
        return d.select("td[data-key]").stream().flatMap(td -> td.classNames().stream())
                .filter(c -> c.startsWith("st-")).collect(Collectors.toSet());
    }
}
