package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.reconstruct.GridDrawing.draw;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextLine;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

class DocxFormatReaderTest {

    private final DocxFormatReader reader = new DocxFormatReader(new ValueParser()::isValue);

    /** A .docx whose body is the given WordprocessingML. */
    private static byte[] docx(String body) throws IOException, XmlException {
        String xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(xml).getDocument().getBody());
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String p(String... runs) {
        StringBuilder sb = new StringBuilder("<w:p>");
        for (String r : runs) {
            sb.append("<w:r><w:t xml:space=\"preserve\">").append(r).append("</w:t></w:r>");
        }
        return sb.append("</w:p>").toString();
    }

    private static String tc(String props, String text) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + p(text) + "</w:tc>";
    }


    /** The red-team case with its custom XML part's entries rewritten: {@code item} the part's new text (null to drop it). */
    private static byte[] boundReport(String item) throws IOException {
        byte[] original = Files.readAllBytes(Path.of("../corpus/redteam/docx-content-control-data-binding-stale-2019.docx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(original));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("customXml/item1.xml")) {
                    if (item == null) {
                        continue;
                    }
                    bytes = item.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
            }
        }
        return out.toByteArray();
    }

    @Test
    void doubtsAContentControlWhoseBoundValueIsNotItsCachedText() throws IOException {
        // LibreOffice draws the part's 252 where the control caches 250
        GridCell stale = DocFormatReaderTest.valueAfter(reader.read(
                Files.readAllBytes(Path.of("../corpus/redteam/docx-content-control-data-binding-stale-2019.docx"))), "规章", 3);
        assertEquals("250", stale.text());
        assertTrue(stale.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL && n.text().equals("250")
                && n.how().contains("'252'")), stale.notes().toString());
        // the part agreeing with the cached text: nothing to doubt
        String agreeing = "<report xmlns=\"urn:nianbao:report\"><gz_total> 250 </gz_total></report>";
        assertEquals(List.of(), DocFormatReaderTest.valueAfter(reader.read(boundReport(agreeing)), "规章", 3).notes());
        // the part missing, or the XPath finding nothing in it (another namespace): the value shown is unknown
        for (String item : new String[] {null, "<report xmlns=\"urn:other\"><gz_total>250</gz_total></report>"}) {
            GridCell cell = DocFormatReaderTest.valueAfter(reader.read(boundReport(item)), "规章", 3);
            assertTrue(cell.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL), String.valueOf(item));
        }
    }

    @Test
    void expandsGridSpanAndVerticalMerges() throws Exception {
        String tbl = "<w:tbl><w:tr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", "A") + tc("", "B")
                + "</w:tr><w:tr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge/>", "") + tc("", "C")
                + "</w:tr><w:tr>" + tc("", "D") + tc("<w:gridSpan w:val=\"2\"/>", "E") + "</w:tr></w:tbl>";
        CellGrid g = reader.read(docx(tbl)).grids().get(0);
        assertEquals("A|^|B\n^|^|C\nD|E|^\n", draw(g));
        assertEquals("table:1 row:2 col:2", g.rows().get(1).get(1).where().render());
        assertEquals("table:1 row:3 col:2", g.rows().get(2).get(1).where().render());
    }

    @Test
    void joinsTextSplitIntoRunsAndKeepsParagraphsAsLines() throws Exception {
        String tbl = "<w:tbl><w:tr><w:tc>" + p("本年新", "制作数量") + p("（单位：", "件）") + "</w:tc><w:tc>"
                + "<w:p><w:r><w:t>13</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr>"
                + "<w:t>89</w:t></w:r><w:del><w:r><w:delText>0</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>";
        List<GridCell> row = reader.read(docx(tbl)).grids().get(0).rows().get(0);
        assertEquals("本年新制作数量\n（单位：件）", row.get(0).text());
        assertEquals("1389", row.get(1).text());
    }

    @Test
    void findsTablesInContentControlsAndNumbersThemInOrder() throws Exception {
        String body = p("示例县2020年政府信息公开", "工作年度报告")
                + "<w:tbl><w:tr>" + tc("", "规章") + tc("", "3") + "</w:tr></w:tbl>"
                + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                + "<w:sdt><w:sdtPr><w:tag w:val=\"t\"/></w:sdtPr><w:sdtContent><w:tbl>"
                + "<w:sdt><w:sdtContent><w:tr>" + tc("", "行政许可") + tc("", "7") + "</w:tr></w:sdtContent></w:sdt>"
                + "</w:tbl></w:sdtContent></w:sdt>" + p("说明");
        DocumentContent c = reader.read(docx(body));
        assertEquals(2, c.grids().size());
        assertEquals("行政许可|7\n", draw(c.grids().get(1)));
        assertEquals("table:2 row:1 col:2", c.grids().get(1).rows().get(0).get(1).where().render());
        assertEquals(List.of("示例县2020年政府信息公开工作年度报告", "说明"), c.text().stream().map(TextLine::text).toList());
    }

    @Test
    void readsNestedTablesOnceAndTheLayoutTableAsText() throws Exception {
        String inner = "<w:tbl><w:tr>" + tc("", "规章") + tc("", "3") + "</w:tr></w:tbl>";
        String body = "<w:tbl><w:tr><w:tc>" + p("标题") + inner + p("") + "</w:tc></w:tr></w:tbl>";
        DocumentContent c = reader.read(docx(body));
        assertEquals(1, c.grids().size());
        assertEquals("table:2 row:1 col:2", c.grids().get(0).rows().get(0).get(1).where().render());
        assertEquals(List.of("标题"), c.text().stream().map(TextLine::text).toList());
    }

    @Test
    void notesEmptyCellsWhenAFloatingTextBoxWithANumberIsAnchoredOutsideTheTables() throws Exception {
        // red team 8 and a VML-only sibling: the box stands over the empty 行政强制 cell on the page
        for (String name : List.of("textbox-value-2021.docx", "textbox-vml-after-2021.docx")) {
            DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam", name)));
            GridCell cell = DocFormatReaderTest.valueAfter(c, "行政强制", 1);
            assertEquals("", cell.text(), name);
            assertEquals(List.of(org.nianbao.reconstruct.CellNote.Kind.COVERED),
                    cell.notes().stream().map(org.nianbao.reconstruct.CellNote::kind).toList(), name);
            assertTrue(DocFormatReaderTest.valueAfter(c, "行政处罚", 1).notes().isEmpty(), name);
        }
    }

    @Test
    void notesEveryCellWithTextWhenAFilledFrameOrBoxWithANumberMayCoverIt() throws Exception {
        // red team 13a: a white frame (w:framePr) holding 834 over the cell still holding 791; fixer 13c:
        // the same as LibreOffice saves it back, a white DrawingML box anchored in a label cell
        for (String name : List.of("frame-cover-2019.docx", "textbox-white-cover-2019.docx")) {
            DocumentContent c = reader.read(Files.readAllBytes(Path.of("../corpus/redteam", name)));
            GridCell cell = DocFormatReaderTest.valueAfter(c, "行政许可", 3);
            assertEquals("791", cell.text(), name);
            assertTrue(cell.notes().stream().anyMatch(n -> n.kind() == org.nianbao.reconstruct.CellNote.Kind.COVERED
                    && n.how().contains("834")), name + " " + cell.notes());
        }
        // a frame without fill is placed like a box without one: it may stand over an empty cell only
        String table = "<w:tbl><w:tr>" + tc("", "规章") + tc("", "3") + tc("", "") + "</w:tr></w:tbl>";
        String frame = "<w:p><w:pPr><w:framePr w:w=\"1100\" w:h=\"290\" w:vAnchor=\"page\" w:hAnchor=\"page\""
                + " w:x=\"8205\" w:y=\"4868\"/>%s</w:pPr><w:r><w:t>834</w:t></w:r></w:p>";
        DocumentContent clear = reader.read(docx(String.format(frame, "") + table));
        assertTrue(clear.grids().get(0).rows().get(0).get(1).notes().isEmpty());
        assertEquals(1, clear.grids().get(0).rows().get(0).get(2).notes().size());
        DocumentContent filled = reader.read(docx(String.format(frame,
                "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFFFF\"/>") + table));
        assertEquals(1, filled.grids().get(0).rows().get(0).get(1).notes().size());
        // a frame of words (a heading placed by position) says nothing
        DocumentContent words = reader.read(docx(String.format(frame.replace("834", "附表"),
                "<w:shd w:val=\"clear\" w:fill=\"FFFFFF\"/>") + table));
        assertTrue(words.grids().get(0).rows().get(0).get(1).notes().isEmpty());
    }

    @Test
    void saysADamagedDocumentCannotBeOpened() {
        DocumentContent c = reader.read(new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertTrue(c.failed());
        assertTrue(c.failure().startsWith("the Word document is damaged"), c.failure());
    }

    @Test
    void readsTheHeadersASectionPrintsAndNoOther() throws Exception {
        for (boolean titlePage : new boolean[] {true, false}) {
            byte[] bytes;
            try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                doc.createParagraph().createRun().setText("正文");
                doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                        .setText("每页页眉");
                doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.FIRST).createParagraph().createRun()
                        .setText("首页页眉");
                var section = doc.getDocument().getBody().getSectPr();
                if (section.isSetTitlePg()) {
                    section.unsetTitlePg();
                }
                if (titlePage) {
                    section.addNewTitlePg();
                }
                doc.write(out);
                bytes = out.toByteArray();
            }
            List<String> text = reader.read(bytes).text().stream().map(TextLine::text).toList();
            assertTrue(text.contains("每页页眉"), text.toString());
            // a first-page header without w:titlePg is never printed by Word or LibreOffice
            assertEquals(titlePage, text.contains("首页页眉"), text.toString());
        }
    }

    @Test
    void readsAReviewersCommentLeftInTheFileAsRunningText() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("正文");
            doc.createComments().createComment(java.math.BigInteger.ONE).createParagraph().createRun()
                    .setText("“规章”的“对外公开总数量”250件系笔误，应为252件。");
            doc.write(out);
            bytes = out.toByteArray();
        }
        List<String> text = reader.read(bytes).text().stream().map(TextLine::text).toList();
        // Word shows comments beside the page: an agency's correction left as a comment is seen
        assertTrue(text.contains("“规章”的“对外公开总数量”250件系笔误，应为252件。"), text.toString());
    }
}
