package org.nianbao.fixturegen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.fixturegen.Golden.ExpectedFinding;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;

/**
 * Generates the fixtures of text a reader does not see or sees struck out, footnote markers, and
 * the smaller markup cases of issue 10 (docs/invariant.md, docs/fixtures.md): an HTML page and a
 * DOCX whose value cells hold the perturbations, a page whose tables are divs, and a DOCX whose
 * body is an altChunk HTML part. Every perturbed cell's expected value is the truth, its raw the
 * visible text, and its finding written here by hand. Run by tools/make-unseen-fixtures.sh, which
 * also has LibreOffice re-save the DOCX (real tracked changes) and convert it to Word 97.
 */
public final class MakeUnseenFixtures {

    private static final String NARRATIVE = "本年度，本机关坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》。";

    private MakeUnseenFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args.length > 0 ? args[0] : "fixtures");
        Path work = Path.of(args.length > 1 ? args[1] : "target/unseen-fixtures");
        Files.createDirectories(work);
        unseenHtml(fixtures);
        divTables(fixtures);
        revisionsDocx(fixtures, work);
        altChunk(fixtures);
    }

    private static CanonicalKey req(String row, String column) {
        return CanonicalKey.of(TableId.REQUESTS, row, column);
    }

    private static String v(Truth t, CanonicalKey k) {
        return t.values.get(k).raw();
    }

    private static ExpectedFinding at(String rule, CanonicalKey k, String message, String where) {
        return new ExpectedFinding("info", rule, k.table().id(), k.row(), k.column(), message, where);
    }

    /** Struck, hidden (inline, class, id, white, 1 px, visibility), markers, ZWSP, input, 1×1 inner table, hidden row. */
    private static void unseenHtml(Path fixtures) throws IOException {
        Truth t = Truth.y2019("示例县2020年政府信息公开工作年度报告", 1000);
        HtmlPage p = new HtmlPage(HtmlPage.Style.PLAIN);
        List<ExpectedFinding> f = new ArrayList<>();
        CanonicalKey k;

        k = req("new", "natural_person");
        long struck = Long.parseLong(v(t, k)) + 3;
        p.markup(k, "<del>" + struck + "</del>" + v(t, k));
        f.add(at("text-struck", k, "struck-out '" + struck + "' (<del>) was not read; the value is the text left standing: '"
                + v(t, k) + "'", null));
        k = req("new", "commercial");
        p.markup(k, "<s>" + (Long.parseLong(v(t, k)) + 10) + "</s> " + v(t, k));
        f.add(at("text-struck", k, "struck-out '" + (Long.parseLong(v(t, k)) + 10)
                + "' (<s>) was not read; the value is the text left standing: '" + v(t, k) + "'", null));
        k = req("granted", "natural_person");
        p.markup(k, "<span class=\"xg-old\">" + (Long.parseLong(v(t, k)) - 1) + "</span>" + v(t, k));
        f.add(at("text-struck", k, "struck-out '" + (Long.parseLong(v(t, k)) - 1) + "' (text-decoration: line-through) "
                + "was not read; the value is the text left standing: '" + v(t, k) + "'", null));
        k = req("granted", "commercial");
        p.markup(k, "<span class=\"hid\">9</span>" + v(t, k));
        f.add(at("text-hidden", k, "hidden '9' (display:none) is not shown on the page and was not read", null));
        k = req("granted", "research");
        p.markup(k, "<span style=\"color:#ffffff\">8</span>" + v(t, k));
        f.add(at("text-hidden", k, "hidden '8' (text colour #ffffff on a background of the same colour) is not shown "
                + "on the page and was not read", null));
        k = req("granted", "social_welfare");
        p.markup(k, v(t, k) + "<span style=\"font-size:1px\">7</span>");
        f.add(at("text-hidden", k, "hidden '7' (font-size:1px) is not shown on the page and was not read", null));
        k = req("granted", "legal_service");
        p.markup(k, "<span id=\"v2\">6</span>" + v(t, k));
        f.add(at("text-hidden", k, "hidden '6' (visibility:hidden) is not shown on the page and was not read", null));
        k = req("partially_granted", "natural_person");
        p.markup(k, v(t, k) + "<sup>1</sup>");
        t.with(k, new Truth.Value(v(t, k) + "¹", v(t, k)));
        f.add(at("footnote-marker", k, "footnote marker '¹' after the number was kept out of the value "
                + t.values.get(k).value(), null));
        k = req("partially_granted", "commercial");
        p.markup(k, v(t, k) + "①");
        t.with(k, new Truth.Value(v(t, k) + "①", v(t, k)));
        f.add(at("footnote-marker", k, "footnote marker '①' after the number was kept out of the value "
                + t.values.get(k).value(), null));
        k = req("partially_granted", "research");
        p.markup(k, v(t, k).charAt(0) + "&#8203;" + v(t, k).substring(1) + "&shy;");
        k = req("partially_granted", "social_welfare");
        p.markup(k, "<input type=\"text\" class=\"num\" value=\"" + v(t, k) + "\" readonly>");
        k = CanonicalKey.of(TableId.ACTIVE, "regulations", "new_made");
        p.markup(k, "<table class=\"inner\"><tr><td>" + v(t, k) + "</td></tr></table>");
        k = CanonicalKey.of(TableId.APPEALS, "review", "upheld");
        p.markup(k, "<span style=\"visibility:hidden\">0</span>" + v(t, k));
        f.add(at("text-hidden", k, "hidden '0' (visibility:hidden) is not shown on the page and was not read", null));

        reportHtml(p, t);
        String html = p.html(t.title, "utf-8", "")
                .replace("</title>", "</title>\n<style type=\"text/css\">\n/* 修订痕迹 */\n.xg-old { color:#c00; "
                        + "text-decoration: line-through }\n.hid{display:none}\n#v2 { visibility : hidden }\n"
                        + ".num { border:none; width:4em }\n@media print { .noprint { display:none } }\n"
                        + ".hdr { background-color:#1F4E79; color:#FFFFFF }\n</style>")
                // an earlier year's title left in the page, hidden
                .replace("<h1>", "<p style=\"display:none\">示例县2018年政府信息公开工作年度报告</p>\n<h1>")
                // white text on a painted header cell shows
                .replace("<td colspan=\"7\">申请人情况</td>", "<td colspan=\"7\" class=\"hdr\">申请人情况</td>")
                // a print-only rule hides nothing on screen
                .replace("<p>五、存在的主要问题及改进情况</p>", "<p class=\"noprint\">五、存在的主要问题及改进情况</p>");
        // a row the page hides, after the last row of table 二: an old year's figures
        int endOfActive = html.lastIndexOf("</table>", html.indexOf("<p>三、收到和处理政府信息公开申请情况</p>"));
        html = html.substring(0, endOfActive) + "<tr style=\"display:none\"><td>规章</td><td>99</td><td>98</td>"
                + "<td>97</td></tr>\n" + html.substring(endOfActive);
        Files.writeString(fixtures.resolve("html/unseen-2019.html"), html, StandardCharsets.UTF_8);
        Golden.write(fixtures.resolve("html/unseen-2019.html"), "html/unseen-2019.html", t, p.locations(),
                located(f, p));
    }

    /** Findings at a cell are located where the cell is. */
    private static List<ExpectedFinding> located(List<ExpectedFinding> f, HtmlPage p) {
        return located(f, p.locations());
    }

    private static List<ExpectedFinding> located(List<ExpectedFinding> f, java.util.Map<CanonicalKey, String> at) {
        return f.stream().map(e -> e.location() != null ? e : new ExpectedFinding(e.severity(), e.rule(), e.table(),
                e.row(), e.column(), e.message(), at.get(CanonicalKey.of(TableId.fromId(e.table()).orElseThrow(), e.row(), e.column()))))
                .toList();
    }

    private static HtmlPage reportHtml(HtmlPage p, Truth t) {
        return p.heading(t.title).para(NARRATIVE).para("二、主动公开政府信息情况").table(OfficialTables.active(t))
                .para("三、收到和处理政府信息公开申请情况").table(OfficialTables.requests(t))
                .para("四、政府信息公开行政复议、行政诉讼情况").table(OfficialTables.appeals(t))
                .para("五、存在的主要问题及改进情况").para(NARRATIVE);
    }

    /** The three tables as CSS tables of divs, as some site builders write them. */
    private static void divTables(Path fixtures) throws IOException {
        Truth t = Truth.y2021("示例区2022年政府信息公开工作年度报告", 1100);
        HtmlPage p = new HtmlPage(HtmlPage.Style.PLAIN).heading(t.title).para(NARRATIVE).para("二、主动公开政府信息情况")
                .divTable(OfficialTables.active(t)).para("三、收到和处理政府信息公开申请情况")
                .divTable(OfficialTables.requests(t)).para("四、政府信息公开行政复议、行政诉讼情况")
                .divTable(OfficialTables.appeals(t));
        String html = p.html(t.title, "utf-8", "").replace("</title>", "</title>\n<style>\n.tbl{display:table;"
                + "border-collapse:collapse}\n.tr{display:table-row}\n.td{display:table-cell;border:1px solid #333;"
                + "padding:2px 4px}\n</style>");
        Files.writeString(fixtures.resolve("html/div-table-2021.html"), html, StandardCharsets.UTF_8);
        Golden.write(fixtures.resolve("html/div-table-2021.html"), "html/div-table-2021.html", t, p.locations(),
                List.of());
    }

    private static String run(String props, String text) {
        return "<w:r>" + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t xml:space=\"preserve\">"
                + text + "</w:t></w:r>";
    }

    /** Tracked changes, struck, hidden, white and 1 pt runs, a superscript marker. */
    private static void revisionsDocx(Path fixtures, Path work) throws IOException {
        Truth t = Truth.y2019("示例县水务局2020年政府信息公开工作年度报告", 1200);
        DocxBuilder d = new DocxBuilder();
        List<ExpectedFinding> f = new ArrayList<>();
        CanonicalKey k;

        k = req("new", "natural_person");
        long old = Long.parseLong(v(t, k)) + 3;
        d.runs(k, "<w:del w:id=\"11\" w:author=\"王科员\" w:date=\"2021-01-20T09:12:00Z\">"
                + "<w:r><w:delText>" + old + "</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"12\" w:author=\"王科员\" w:date=\"2021-01-20T09:12:00Z\">" + run("", v(t, k)) + "</w:ins>");
        f.add(at("text-struck", k, "struck-out '" + old + "' (deleted revision (w:del)) was not read; the value is the "
                + "text left standing: '" + v(t, k) + "'", null));
        k = req("new", "commercial");
        String s = String.valueOf(Long.parseLong(v(t, k)) + 20);
        d.runs(k, run("<w:strike/>", s.substring(0, 1)) + run("<w:strike/>", s.substring(1)) + run("", v(t, k)));
        f.add(at("text-struck", k, "struck-out '" + s + "' (strike-through (w:strike)) was not read; the value is the "
                + "text left standing: '" + v(t, k) + "'", null));
        k = req("new", "research");
        d.runs(k, run("<w:dstrike/>", "0") + run("", v(t, k)));
        f.add(at("text-struck", k, "struck-out '0' (double strike-through (w:dstrike)) was not read; the value is the "
                + "text left standing: '" + v(t, k) + "'", null));
        k = req("granted", "commercial");
        d.runs(k, run("<w:vanish/>", "9") + run("", v(t, k)));
        f.add(at("text-hidden", k, "hidden '9' (hidden text (w:vanish)) is not shown on the page and was not read", null));
        k = req("granted", "research");
        d.runs(k, run("", v(t, k)) + run("<w:color w:val=\"FFFFFF\"/>", "8"));
        f.add(at("text-hidden", k, "hidden '8' (white text (w:color FFFFFF)) is not shown on the page and was not read",
                null));
        k = req("granted", "social_welfare");
        d.runs(k, run("<w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/>", "7") + run("", v(t, k)));
        f.add(at("text-hidden", k, "hidden '7' (font size 2 half-points) is not shown on the page and was not read", null));
        k = req("partially_granted", "natural_person");
        d.runs(k, run("", v(t, k)) + run("<w:vertAlign w:val=\"superscript\"/>", "2"));
        t.with(k, new Truth.Value(v(t, k) + "²", v(t, k)));
        f.add(at("footnote-marker", k, "footnote marker '²' after the number was kept out of the value "
                + t.values.get(k).value(), null));

        d.heading(t.title).para(NARRATIVE).para("二、主动公开政府信息情况").table(OfficialTables.active(t))
                .para("三、收到和处理政府信息公开申请情况").table(OfficialTables.requests(t))
                .para("四、政府信息公开行政复议、行政诉讼情况").table(OfficialTables.appeals(t))
                .para("五、存在的主要问题及改进情况").para(NARRATIVE);
        Path file = fixtures.resolve("docx/revisions-2019.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            d.write(out);
        }
        List<ExpectedFinding> located = located(f, d.locations());
        Golden.write(file, "docx/revisions-2019.docx", t, d.locations(), located);
        // LibreOffice re-saves it as DOCX and as Word 97 (tools/make-unseen-fixtures.sh); same content
        Files.copy(file, work.resolve("revisions-2019-source.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // LibreOffice gives table 四's 总计 (rowspan 2) two grid columns (599 + 1 twips): the litigation
        // columns after it move one grid column right (checked in its word/document.xml)
        java.util.Map<CanonicalKey, String> lo = new java.util.LinkedHashMap<>(d.locations());
        lo.replaceAll((key, where) -> key.table() == TableId.APPEALS && !key.row().equals("review")
                ? where.replaceFirst("col:(\\d+)$", "col:" + (Integer.parseInt(where.replaceAll(".*col:", "")) + 1))
                : where);
        Golden.write(fixtures.resolve("docx/revisions-2019-libreoffice.docx"), "docx/revisions-2019-libreoffice.docx",
                t, lo, located);
        // binary Word names the same run properties without their XML names
        List<ExpectedFinding> doc = located.stream().map(e -> new ExpectedFinding(e.severity(), e.rule(), e.table(),
                e.row(), e.column(), e.message().replace("deleted revision (w:del)", "deleted revision")
                        .replace("strike-through (w:strike)", "strike-through")
                        .replace("double strike-through (w:dstrike)", "double strike-through")
                        .replace("hidden text (w:vanish)", "hidden text (fVanish)")
                        .replace("white text (w:color FFFFFF)", "white text")
                        .replace("font size 2 half-points", "font size 1.0 pt"), e.location())).toList();
        Golden.write(fixtures.resolve("doc/revisions-2019.doc"), "doc/revisions-2019.doc", t, d.locations(), doc);
    }

    /** A DOCX whose whole body is an altChunk importing the report as an HTML part. */
    private static void altChunk(Path fixtures) throws IOException {
        Truth t = Truth.y2021("示例县2021年政府信息公开工作年度报告", 1300);
        HtmlPage p = reportHtml(new HtmlPage(HtmlPage.Style.PLAIN), t);
        byte[] html = p.html(t.title, "utf-8", "").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try {
            new DocxBuilder().altChunk("htmlChunk1").write(first);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = fixtures.resolve("docx/altchunk-2021.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(first.toByteArray()));
             OutputStream out = Files.newOutputStream(file)) {
            PackagePartName name = PackagingURIHelper.createPartName("/word/afchunk.htm");
            PackagePart part = doc.getPackage().createPart(name, "text/html");
            try (OutputStream o = part.getOutputStream()) {
                o.write(html);
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk", "htmlChunk1");
            doc.write(out);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        Golden.write(file, "docx/altchunk-2021.docx", t, p.locations(), List.of());
    }
}
