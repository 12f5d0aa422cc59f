package org.nianbao.audit.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.audit.Extracted;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.output.ReportRow;

/**
 * The pages' behaviour in a real browser (Debian's headless Chromium): small harness pages beside
 * the audit pages load one in a frame, act as a person would (click a cell, type a correction, pick
 * a filter, click a header) and list what the page then shows. Skipped, saying so, where no
 * Chromium is installed.
 */
class AuditPagesInChromiumTest {

    private static Optional<Chromium> chromium;
    private static AuditedFixtures site;

    @BeforeAll
    static void findBrowser() throws IOException {
        chromium = Chromium.find();
        if (chromium.isEmpty()) {
            System.err.println("AuditPagesInChromiumTest skipped: no chromium on the PATH (apt-get install chromium)");
            return;
        }
        site = AuditedFixtures.get();
        for (String h : List.of("panel-harness.html", "index-harness.html", "edit-harness.html")) {
            try (InputStream in = AuditPagesInChromiumTest.class.getResourceAsStream(h)) {
                Files.copy(in, site.index.resolveSibling(h), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Document harness(String name, String query) throws Exception {
        assumeTrue(chromium.isPresent(), "no chromium installed");
        Document d = Jsoup.parse(chromium.get().dumpDom(site.index.resolveSibling(name), query));
        assertEquals(List.of("yes"), results(d, "done"), "the harness finished: " + d.select("#result").text());
        assertEquals(List.of(), results(d, "error"));
        return d;
    }

    private static List<String> results(Document d, String name) {
        return d.select("#result li[data-k=" + name + "]").stream().map(Element::wholeText).toList();
    }

    private static Document clickCell(String fixture, String key) throws Exception {
        String page = site.page(fixture).getFileName().toString();
        Document d = harness("panel-harness.html", "?page=" + page + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        assertEquals(List.of(key), results(d, "selected"));
        return d;
    }

    private static CellRow cell(String fixture, String key) {
        ReportRow r = site.report(fixture);
        return site.outputs.cellsOf(r.document()).stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static void showsRawAndLocation(Document d, CellRow c) {
        Element info = d.selectFirst("#copy #cell-info");
        assertTrue(info.text().contains(c.location()), info.text());
        assertTrue(info.selectFirst(".raw").text().contains(c.raw().strip()), info.text());
    }

    @Test
    void clickingAPdfCellShowsItsPageRenderedWithTheCellsBoxDrawnWhereTheLocationSays() throws Exception {
        String key = "requests/granted/total";
        Document d = clickCell("pdf/bordered-2019.pdf", key);
        CellRow c = cell("pdf/bordered-2019.pdf", key);
        showsRawAndLocation(d, c);
        Element view = d.selectFirst("#copy #source-view");
        assertEquals(1, view.select(".pdf-page img").size());
        int width = Integer.parseInt(results(d, "images").get(0));
        assertTrue(width > 800, "the page image loaded: " + width + " px");
        // the box, in percent of the page, is the location's bbox (A4: 595.3 × 841.9 pt) widened by 1.5 pt
        String[] box = c.location().replaceAll(".*bbox:", "").split(",");
        String style = view.selectFirst(".box").attr("style");
        double left = percent(style, "left");
        double top = percent(style, "top");
        assertEquals((Double.parseDouble(box[0]) - 1.5) / 595.3 * 100, left, 0.2, style);
        assertEquals((Double.parseDouble(box[1]) - 1.5) / 841.9 * 100, top, 0.2, style);
    }

    @Test
    void clickingAnHtmlDocxOrDocCellRedrawsTheSourceTableWithTheCellMarked() throws Exception {
        for (String[] f : List.of(new String[] {"html/utf8-2019.html", "requests/granted/commercial"},
                new String[] {"docx/merged-2019.docx", "requests/new/total"},
                new String[] {"doc/converted-2019.doc", "active/regulations/new_made"})) {
            Document d = clickCell(f[0], f[1]);
            CellRow c = cell(f[0], f[1]);
            showsRawAndLocation(d, c);
            Element target = d.selectFirst("#copy table.source-grid td.target");
            assertEquals(c.raw().strip(), target.text(), f[0]);
            int row = Integer.parseInt(c.location().replaceAll(".*row:(\\d+).*", "$1"));
            assertEquals(String.valueOf(row), target.parent().selectFirst("td.rn").text(), f[0] + " row number");
            int col = Integer.parseInt(c.location().replaceAll(".*col:(\\d+).*", "$1"));
            assertEquals(col, target.elementSiblingIndex(), f[0] + " column (after the row-number cell)");
        }
    }

    @Test
    void clickingATextCellShowsTheLinesAroundItWithNumbersAndTheRawTextMarked() throws Exception {
        String key = "active/procurement/amount";
        Document d = clickCell("text/kangle.txt", key);
        CellRow c = cell("text/kangle.txt", key);
        showsRawAndLocation(d, c);
        Element target = d.selectFirst("#copy pre.source-lines span.target");
        assertEquals(c.location().replace("line:", ""), target.selectFirst(".ln").text());
        assertEquals("63744431.4", target.selectFirst("mark").text());
        assertTrue(d.select("#copy pre.source-lines .ln").size() > 10, "lines around it");
        assertTrue(d.selectFirst("#copy #cell-info").text().contains("amount-unit-suspect"), "its finding is listed");
    }

    @Test
    void theIndexFiltersByStatusRuleAndAgencyAndSortsByAColumn() throws Exception {
        Document d = harness("index-harness.html", "");
        Outputs o = site.outputs;
        assertEquals(String.valueOf(o.reports().size()), results(d, "all").get(0));
        List<String> failed = o.reports().stream().filter(r -> r.status().equals("failed")).map(ReportRow::document).toList();
        assertEquals(failed, results(d, "failed"));
        assertEquals(List.of(Extracted.FIXTURES.resolve("text/pipes-2021.md").toString()), results(d, "appealsSum"));
        assertEquals(2, results(d, "agency").size(), "积石山县 and its GBK copy");
        assertEquals("2 of " + o.reports().size() + " shown", results(d, "counter").get(0));
        List<Integer> up = results(d, "ascending").stream().map(Integer::parseInt).toList();
        assertEquals(up.stream().sorted().toList(), up);
        List<Integer> down = results(d, "descending").stream().map(Integer::parseInt).toList();
        assertEquals(up.stream().sorted(Comparator.reverseOrder()).toList(), down);
    }

    @Test
    void aCorrectionTypedOnThePageDownloadsAsACsvThatExtractApplies() throws Exception {
        String fixture = "html/utf8-2019.html";
        String key = "requests/new/natural_person";
        String page = site.page(fixture).getFileName().toString();
        Document d = harness("edit-harness.html", "?page=" + page + "&key=" + key + "&value=1921&reason="
                + URLEncoder.encode("misread, 见原表", StandardCharsets.UTF_8));
        assertTrue(results(d, "refused").get(0).startsWith("Not a plain decimal number"), results(d, "refused").toString());
        assertTrue(results(d, "cellClass").get(0).contains("edited"));
        assertEquals("1921", results(d, "cellText").get(0));
        assertEquals("1 correction", results(d, "count").get(0));
        assertEquals("true", results(d, "downloadEnabled").get(0));
        String csv = results(d, "csv").get(0);
        String sha = site.report(fixture).sha256();
        assertEquals("sha256,table,row,column,value,reason\n" + sha + ",requests,new,natural_person,1921,\"misread, 见原表\"\n",
                csv);

        Path file = Files.createTempFile("corrections", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("corrected");
        Outputs corrected = Extracted.extract(out, Extracted.fixture(fixture).toString(), "--corrections", file.toString());
        CellRow c = corrected.cells().values().iterator().next().stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow();
        assertEquals("1921", c.value());
        assertEquals(CellRow.CORRECTED, c.origin());
    }

    private static double percent(String style, String property) {
        return Double.parseDouble(style.replaceAll(".*" + property + ": ([-\\d.]+)%.*", "$1"));
    }
}
