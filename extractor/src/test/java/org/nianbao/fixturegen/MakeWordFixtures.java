package org.nianbao.fixturegen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.fixturegen.Golden.ExpectedFinding;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.TableId;

/**
 * Generates the HTML, DOCX and (through LibreOffice, see tools/make-word-fixtures.sh) DOC fixtures
 * with their expected outputs. Run it from the repository root:
 * {@code tools/make-word-fixtures.sh}. Each document's numbers come from a {@link Truth}; the
 * expected cells are that truth and the positions the writers placed it at.
 */
public final class MakeWordFixtures {

    private static final String NARRATIVE = "本年度，本机关坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，"
            + "持续深化政务公开工作。";

    private MakeWordFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args.length > 0 ? args[0] : "fixtures");
        Path work = Path.of(args.length > 1 ? args[1] : "target/word-fixtures");
        Files.createDirectories(fixtures.resolve("html"));
        Files.createDirectories(fixtures.resolve("docx"));
        Files.createDirectories(fixtures.resolve("doc"));
        Files.createDirectories(work);

        // a UTF-8 page declaring its charset, headers as th in thead
        Truth utf8 = Truth.y2019("示例县2020年政府信息公开工作年度报告", 0);
        HtmlPage p = report(new HtmlPage(HtmlPage.Style.THEAD), utf8, false);
        html(fixtures, "html/utf8-2019.html", p.html(utf8.title, "utf-8", ""), StandardCharsets.UTF_8, utf8, p, List.of());

        // a GBK page declaring nothing
        Truth gbk = Truth.y2021("示例市2022年政府信息公开工作年度报告", 100);
        p = report(new HtmlPage(HtmlPage.Style.PLAIN), gbk, false);
        html(fixtures, "html/gbk-2021.html", p.html(gbk.title, "", ""), Charset.forName("GBK"), gbk, p,
                List.of(ExpectedFinding.document("info", "charset-detected",
                        "no charset declared; decoded as GB18030 detected from the bytes")));

        // Word's "save as web page", declared gb2312 but holding a GBK-only character (堃); one blank cell
        Truth word = Truth.y2019("堃城县2020年政府信息公开工作年度报告", 200)
                .with(CanonicalKey.of(TableId.ACTIVE, "other_services", "change"), new Truth.Value("", ""));
        p = report(new HtmlPage(HtmlPage.Style.WORD), word, false);
        html(fixtures, "html/word-2019.htm", p.html(word.title, "gb2312", ""), Charset.forName("GBK"), word, p, List.of());

        // navigation and layout tables around the data tables; table 三 split into two tables
        Truth split = Truth.y2021("示例区2021年政府信息公开工作年度报告", 300);
        p = new HtmlPage(HtmlPage.Style.PLAIN).navigation("首页", "政府信息公开", "年度报告").openLayout();
        p = report(p, split, true).closeLayout();
        html(fixtures, "html/split-2021.html", p.html(split.title, "utf-8", ""), StandardCharsets.UTF_8, split, p,
                List.of());

        // mislabelled: a Word web page saved with a .doc name
        Truth asDoc = Truth.y2021("示例镇2021年政府信息公开工作年度报告", 400);
        p = report(new HtmlPage(HtmlPage.Style.WORD), asDoc, false);
        html(fixtures, "html/saved-as-doc.doc", p.html(asDoc.title, "utf-8", ""), StandardCharsets.UTF_8, asDoc, p,
                List.of());

        // mislabelled: a saved page without extension, UTF-8 without declaration, a comment before <html>
        Truth noExt = Truth.y2019("示例乡2019年政府信息公开工作年度报告", 500);
        p = report(new HtmlPage(HtmlPage.Style.PLAIN), noExt, false);
        html(fixtures, "html/saved-page", p.html(noExt.title, "",
                "<!-- saved from url=(0052)http://www.example.gov.cn/xxgk/ndbg/202101/t2021.html -->\n"),
                StandardCharsets.UTF_8, noExt, p, List.of());

        // gridSpan/vMerge, split runs, table 三 broken by a page break, its second part in a content control
        Truth merged = Truth.y2019("示例县交通运输局2020年政府信息公开工作年度报告", 600);
        DocxBuilder d = docx(new DocxBuilder(), merged, true);
        docx(fixtures, "docx/merged-2019.docx", d, merged);

        Truth official = Truth.y2021("示例市生态环境局2022年政府信息公开工作年度报告", 700);
        d = docx(new DocxBuilder(), official, false);
        docx(fixtures, "docx/official-2021.docx", d, official);

        // mislabelled: a DOCX named .pdf
        Truth named = Truth.y2021("示例县2023年政府信息公开工作年度报告", 800);
        d = docx(new DocxBuilder(), named, false);
        docx(fixtures, "docx/docx-named.pdf", d, named);

        // the source of the legacy .doc: LibreOffice converts it (tools/make-word-fixtures.sh)
        Truth legacy = Truth.y2019("示例县教育局2020年政府信息公开工作年度报告", 900);
        d = docx(new DocxBuilder(), legacy, false);
        try (OutputStream out = Files.newOutputStream(work.resolve("converted-2019.docx"))) {
            d.write(out);
        }
        Golden.write(fixtures.resolve("doc/converted-2019.doc"), "doc/converted-2019.doc", legacy, d.locations(),
                List.of());
    }

    private static HtmlPage report(HtmlPage p, Truth t, boolean splitRequests) {
        p.heading(t.title).para(NARRATIVE).para("一、总体情况").para(NARRATIVE).para("二、主动公开政府信息情况")
                .table(OfficialTables.active(t)).para("三、收到和处理政府信息公开申请情况");
        if (splitRequests) {
            for (Grid g : OfficialTables.splitAt(OfficialTables.requests(t), 10)) {
                p.table(g);
            }
        } else {
            p.table(OfficialTables.requests(t));
        }
        return p.para("四、政府信息公开行政复议、行政诉讼情况").table(OfficialTables.appeals(t))
                .para("五、存在的主要问题及改进情况").para(NARRATIVE).para("六、其他需要报告的事项").para("无。");
    }

    private static DocxBuilder docx(DocxBuilder d, Truth t, boolean pageBroken) {
        d.heading(t.title).para(NARRATIVE).para("一、总体情况").para(NARRATIVE).para("二、主动公开政府信息情况")
                .table(OfficialTables.active(t)).para("三、收到和处理政府信息公开申请情况");
        if (pageBroken) {
            List<Grid> parts = OfficialTables.splitAt(OfficialTables.requests(t), 10);
            d.table(parts.get(0)).pageBreak().tableInContentControl(parts.get(1), "申请情况续表");
        } else {
            d.table(OfficialTables.requests(t));
        }
        return d.para("四、政府信息公开行政复议、行政诉讼情况").table(OfficialTables.appeals(t))
                .para("五、存在的主要问题及改进情况").para(NARRATIVE).para("六、其他需要报告的事项").para("无。");
    }

    private static void html(Path fixtures, String name, String html, Charset cs, Truth t, HtmlPage p,
                             List<ExpectedFinding> findings) throws IOException {
        Path file = fixtures.resolve(name);
        Files.write(file, html.getBytes(cs));
        Golden.write(file, name, t, p.locations(), findings);
    }

    private static void docx(Path fixtures, String name, DocxBuilder d, Truth t) throws IOException {
        Path file = fixtures.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            d.write(out);
        }
        Golden.write(file, name, t, d.locations(), List.of());
    }
}
