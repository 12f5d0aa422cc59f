package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.reconstruct.GridDrawing.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/** The DOCX reader's "visible text" (docs/invariant.md), run by run. */
class DocxVisibleTextTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final DocxFormatReader reader = new DocxFormatReader(new ValueParser()::isValue);

    private static byte[] docx(String body) throws IOException, XmlException {
        return docx(body, null);
    }

    /** A DOCX of {@code body} with a styles part holding {@code styles} (docDefaults and w:style elements), if not null. */
    private static byte[] docx(String body, String styles) throws IOException, XmlException {
        String xml = "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(xml).getDocument().getBody());
            if (styles != null) {
                doc.createStyles().setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory
                        .parse("<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>").getStyles());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String run(String props, String text) {
        return "<w:r>" + (props.isEmpty() ? "" : "<w:rPr>" + props + "</w:rPr>") + "<w:t>" + text + "</w:t></w:r>";
    }

    private GridCell cell(String tcPr, String paragraphContent) throws IOException, XmlException {
        DocumentContent c = reader.read(docx("<w:tbl><w:tr><w:tc><w:p>" + run("", "规章") + "</w:p></w:tc><w:tc>"
                + tcPr + "<w:p>" + paragraphContent + "</w:p></w:tc></w:tr></w:tbl>"));
        return c.grids().get(0).rows().get(0).get(1);
    }

    /** The cell beside 规章 as one paragraph numbered by a level of {@code levelXml} ({@code w:lvl} content), holding {@code runs}. */
    private GridCell numberedCell(String levelXml, String runs) throws IOException, XmlException {
        String body = "<w:document xmlns:w=\"" + W + "\"><w:body><w:tbl><w:tr><w:tc><w:p>" + run("", "规章")
                + "</w:p></w:tc><w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                + runs + "</w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
        String numbering = "<w:numbering xmlns:w=\"" + W + "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                + levelXml + "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(body).getDocument().getBody());
            doc.createNumbering().setNumbering(org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory
                    .parse(numbering).getNumbering());
            doc.write(out);
            return reader.read(out.toByteArray()).grids().get(0).rows().get(0).get(1);
        }
    }

    @Test
    void doubtsACellWhoseListNumberDrawsAFigureThatIsNotRead() throws Exception {
        String decimal = "<w:start w:val=\"%s\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%%1\"/><w:suff w:val=\"nothing\"/>";
        // LibreOffice draws 1250 and 250: the label before the figure, and the label that is the figure
        for (GridCell c : List.of(numberedCell(decimal.formatted("1"), run("", "250")), numberedCell(decimal.formatted("250"), ""),
                numberedCell(decimal.formatted("1") + "<w:rPr><w:vanish/></w:rPr>", run("", "250")))) {
            assertTrue(c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL), c.notes().toString());
        }
        // a white label is unseen in Word and LibreOffice (LibreOffice draws " 250"); a label before words changes no figure
        assertTrue(numberedCell(decimal.formatted("1") + "<w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr>", run("", "250"))
                .notes().isEmpty());
        assertTrue(numberedCell(decimal.formatted("1"), run("", "申请人撤回")).notes().isEmpty());
        assertTrue(numberedCell("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/>", run("", "250")).notes().isEmpty());
    }

    /** The cell beside 规章 as one paragraph with {@code pPr} and {@code runs}, in a DOCX with {@code numbering} and {@code styles} parts. */
    private GridCell styledNumberedCell(String pPr, String runs, String numbering, String styles) throws Exception {
        String body = "<w:document xmlns:w=\"" + W + "\"><w:body><w:tbl><w:tr><w:tc><w:p>" + run("", "规章")
                + "</w:p></w:tc><w:tc><w:p><w:pPr>" + pPr + "</w:pPr>" + runs + "</w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(body).getDocument().getBody());
            doc.createNumbering().setNumbering(org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory
                    .parse("<w:numbering xmlns:w=\"" + W + "\">" + numbering + "</w:numbering>").getNumbering());
            doc.createStyles().setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory
                    .parse("<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>").getStyles());
            doc.write(out);
            return reader.read(out.toByteArray()).grids().get(0).rows().get(0).get(1);
        }
    }

    private static final String DECIMAL_FROM_1 = "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
            + "<w:lvlText w:val=\"%1\"/><w:suff w:val=\"nothing\"/></w:lvl>";

    private static boolean doubted(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL);
    }

    @Test
    void doubtsACellNumberedByItsParagraphStyleOrAStyleThatOneIsBasedOn() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">" + DECIMAL_FROM_1 + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"TableNum\"><w:name w:val=\"Table Num\"/><w:basedOn w:val=\"ListNumber\"/></w:style>";
        // LibreOffice draws 1250 for both (docx-list-number-style-before-figure-2019.docx and its sibling)
        assertTrue(doubted(styledNumberedCell("<w:pStyle w:val=\"ListNumber\"/>", run("", "250"), numbering, styles)));
        assertTrue(doubted(styledNumberedCell("<w:pStyle w:val=\"TableNum\"/>", run("", "250"), numbering, styles)));
        // the paragraph's own numId 0 takes the style's number away
        assertTrue(styledNumberedCell("<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>",
                run("", "250"), numbering, styles).notes().isEmpty());
    }

    @Test
    void doubtsACellNumberedThroughAListStyle() throws Exception {
        // Word's list style: num 1's definition links to the list style TableList, whose numId 2 has the levels
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"TableList\"/>" + DECIMAL_FROM_1
                + "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"TableList\"/></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String styles = "<w:style w:type=\"numbering\" w:styleId=\"TableList\"><w:name w:val=\"TableList\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>";
        assertTrue(doubted(styledNumberedCell("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", run("", "250"),
                numbering, styles)));
        // a list style linking to itself numbers nothing (no loop)
        String loop = numbering.replace("<w:abstractNumId w:val=\"0\"/></w:num>", "<w:abstractNumId w:val=\"1\"/></w:num>");
        assertTrue(styledNumberedCell("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", run("", "250"),
                loop, styles).notes().isEmpty());
    }

    @Test
    void readsAPhoneticGuideOverANumberAsARaisedMarkAfterItsBase() throws Exception {
        GridCell c = cell("", "<w:ruby><w:rubyPr><w:rubyAlign w:val=\"center\"/></w:rubyPr><w:rt>" + run("", "1")
                + "</w:rt><w:rubyBase>" + run("", "51") + "</w:rubyBase></w:ruby>");
        assertEquals("51\u00B9", c.text());
    }

    @Test
    void notesACellWhoseOnlyContentIsAPictureAsCovered() throws Exception {
        for (String pic : List.of("<w:r><w:drawing/></w:r>", "<w:r><w:pict/></w:r>")) {
            GridCell c = cell("", pic);
            assertEquals("", c.text(), pic);
            assertEquals(CellNote.Kind.COVERED, c.notes().get(0).kind(), pic);
        }
        // a picture beside the number, a picture in a deleted revision, an empty cell: not noted
        assertTrue(cell("", run("", "51") + "<w:r><w:drawing/></w:r>").notes().isEmpty());
        assertTrue(cell("", "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:drawing/></w:r></w:del>").notes().isEmpty());
        assertTrue(cell("", "").notes().isEmpty());
    }

    @Test
    void leavesDeletedRevisionsAndStruckRunsOutAndNotesThem() throws Exception {
        GridCell c = cell("", "<w:del w:id=\"1\" w:author=\"a\" w:date=\"2021-01-01T00:00:00Z\"><w:r><w:delText>10</w:delText></w:r>"
                + "<w:r><w:delText>07</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\">" + run("", "1004") + "</w:ins>");
        assertEquals("1004", c.text());
        assertEquals(CellNote.struck("1007", "deleted revision (w:del)"), c.notes().get(0));
        for (String strike : new String[] {"<w:strike/>", "<w:dstrike w:val=\"true\"/>"}) {
            c = cell("", run(strike, "10") + run(strike, "07") + run("", "1004"));
            assertEquals("1004", c.text(), strike);
            assertEquals("1007", c.notes().get(0).text(), strike);
            assertEquals(CellNote.Kind.STRUCK, c.notes().get(0).kind(), strike);
        }
        assertEquals("1004", cell("", run("<w:strike w:val=\"0\"/>", "1004")).text());
    }

    @Test
    void leavesHiddenRunsOutAndNotesThem() throws Exception {
        for (String hide : new String[] {"<w:vanish/>", "<w:color w:val=\"FFFFFF\"/>", "<w:sz w:val=\"2\"/>",
                "<w:color w:val=\"ffffff\" w:themeColor=\"background1\"/>"}) {
            GridCell c = cell("", run("", "68") + run(hide, "725"));
            assertEquals("68", c.text(), hide);
            assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind(), hide);
            assertEquals("725", c.notes().get(0).text(), hide);
        }
    }

    @Test
    void doubtsACellWithARunScaledToAHairline() throws Exception {
        GridCell c = cell("", run("<w:w w:val=\"1\"/>", "9") + run("", "185444"));
        assertEquals("9185444", c.text(), "read as written ...");
        assertEquals(CellNote.Kind.DOUBTFUL, c.notes().get(0).kind(), "... but the 1 % run is a hairline: in doubt");
        assertEquals("9", c.notes().get(0).text());
        GridCell narrow = cell("", run("<w:w w:val=\"66\"/>", "9") + run("", "185444"));
        assertEquals("9185444", narrow.text());
        assertTrue(narrow.notes().isEmpty(), "a condensed but legible run is shown");
    }

    @Test
    void readsWhiteTextOnAShadedCell() throws Exception {
        assertEquals("25", cell("<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/></w:tcPr>",
                run("<w:color w:val=\"FFFFFF\"/>", "25")).text());
        assertEquals("25", cell("", run("<w:color w:val=\"FFFFFF\"/><w:highlight w:val=\"darkBlue\"/>", "25")).text());
    }

    @Test
    void paintsAHighlightOverTheRunsShading() throws Exception {
        // red team 12c (docx-highlight-over-shading-2021.docx): white on a black shading under a white
        // highlight does not show, as LibreOffice draws it; white on a dark highlight over a white shading does
        GridCell hidden = cell("", run("<w:color w:val=\"FFFFFF\"/><w:highlight w:val=\"white\"/>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"000000\"/>", "5") + run("", "48"));
        assertEquals("48", hidden.text());
        assertEquals(CellNote.Kind.HIDDEN, hidden.notes().get(0).kind());
        assertEquals("25", cell("", run("<w:color w:val=\"FFFFFF\"/><w:highlight w:val=\"darkBlue\"/>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFFFF\"/>", "25")).text());
    }

    @Test
    void writesSuperscriptRunsAsSuperscript() throws Exception {
        assertEquals("56¹", cell("", run("", "56") + run("<w:vertAlign w:val=\"superscript\"/>", "1")).text());
    }

    @Test
    void writesRunsLiftedOffTheBaselineAsSuperscriptAsLibreOfficeSavesFootnoteMarks() throws Exception {
        assertEquals("88²", cell("", run("", "88") + run("<w:position w:val=\"8\"/>", "2")).text());
    }

    @Test
    void writesSubscriptAndLoweredRunsAsSubscriptNeverAsDigitsOfTheNumber() throws Exception {
        assertEquals("746₁", cell("", run("", "746") + run("<w:vertAlign w:val=\"subscript\"/>", "1")).text());
        assertEquals("88₂", cell("", run("", "88") + run("<w:position w:val=\"-4\"/><w:sz w:val=\"19\"/>", "2")).text(),
                "LibreOffice saves a subscript as a lowered run");
        assertEquals("88", new ValueParser().parse("88₂").value().render());
    }

    @Test
    void readsASymbolFontMinusAndNeverDropsAnotherSymbol() throws Exception {
        String minus = "<w:r><w:sym w:font=\"Symbol\" w:char=\"F02D\"/><w:t>13</w:t></w:r>";
        assertEquals("−13", cell("", minus).text());
        assertEquals("-13", new ValueParser().parse(cell("", minus).text()).value().render());
        String picture = "<w:r><w:t>13</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>";
        assertEquals("13\uFFFD", cell("", picture).text(), "a symbol with no text meaning makes the number unreadable");
    }

    @Test
    void readsAnAltChunkHtmlPartWithTheHtmlReader() throws Exception {
        byte[] bytes = docx("<w:altChunk xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                + " r:id=\"htmlChunk\"/>");
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PackagePartName name = PackagingURIHelper.createPartName("/word/afchunk.htm");
            PackagePart part = doc.getPackage().createPart(name, "text/html");
            try (OutputStream o = part.getOutputStream()) {
                o.write(("<html><head><meta charset=\"utf-8\"></head><body><h1>示例县2021年政府信息公开工作年度报告</h1>"
                        + "<table><tr><td>规章</td><td>3</td></tr></table></body></html>").getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk", "htmlChunk");
            doc.write(out);
            bytes = out.toByteArray();
        }
        DocumentContent c = reader.read(bytes);
        assertEquals("规章|3\n", draw(c.grids().get(0)));
        assertEquals("示例县2021年政府信息公开工作年度报告", c.text().get(0).text());
    }

    /** LibreOffice's way of writing a character style, with the properties given. */
    private static String charStyle(String id, String basedOn, String props) {
        return "<w:style w:type=\"character\" w:styleId=\"" + id + "\"><w:name w:val=\"" + id + "\"/>"
                + (basedOn.isEmpty() ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + "<w:rPr>" + props + "</w:rPr></w:style>";
    }

    private static String paraStyle(String id, String basedOn, String props) {
        return charStyle(id, basedOn, props).replace("w:type=\"character\"", "w:type=\"paragraph\"");
    }

    private static String styled(String style, String text) {
        return run("<w:rStyle w:val=\"" + style + "\"/>", text);
    }

    /** The value cell of a one-row table under {@code styles}; {@code paragraphs} are whole {@code <w:p>} elements. */
    private GridCell styledCell(String styles, String paragraphs) throws IOException, XmlException {
        DocumentContent c = reader.read(docx("<w:tbl><w:tr><w:tc><w:p>" + run("", "规章") + "</w:p></w:tc><w:tc>"
                + paragraphs + "</w:tc></w:tr></w:tbl>", styles));
        return c.grids().get(0).rows().get(0).get(1);
    }

    @Test
    void leavesOutRunsHiddenOrStruckThroughTheirCharacterStyle() throws Exception {
        String styles = charStyle("Gone", "", "<w:vanish/>") + charStyle("Paper", "", "<w:color w:val=\"FFFFFF\"/>")
                + charStyle("Tiny", "", "<w:sz w:val=\"2\"/>") + charStyle("Old", "", "<w:strike/>")
                + charStyle("Old2", "", "<w:dstrike/>");
        for (String style : new String[] {"Gone", "Paper", "Tiny"}) {
            GridCell c = styledCell(styles, "<w:p>" + run("", "68") + styled(style, "725") + "</w:p>");
            assertEquals("68", c.text(), style);
            assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind(), style);
            assertEquals("725", c.notes().get(0).text(), style);
        }
        for (String style : new String[] {"Old", "Old2"}) {
            GridCell c = styledCell(styles, "<w:p>" + styled(style, "1007") + run("", "1004") + "</w:p>");
            assertEquals("1004", c.text(), style);
            assertEquals(CellNote.Kind.STRUCK, c.notes().get(0).kind(), style);
        }
    }

    @Test
    void aCharacterStyleTakesThePropertiesOfTheStylesItIsBasedOn() throws Exception {
        String styles = charStyle("StruckBase", "", "<w:strike/>") + charStyle("Withdrawn", "StruckBase", "<w:b/>")
                + charStyle("Loop1", "Loop2", "") + charStyle("Loop2", "Loop1", "");
        GridCell c = styledCell(styles, "<w:p>" + styled("Withdrawn", "1007") + run("", "1004") + "</w:p>");
        assertEquals("1004", c.text());
        assertEquals(CellNote.struck("1007", "strike-through (w:strike)"), c.notes().get(0));
        assertEquals("12", styledCell(styles, "<w:p>" + styled("Loop1", "12") + "</w:p>").text(), "a loop ends");
        assertEquals("12", styledCell(styles, "<w:p>" + styled("Missing", "12") + "</w:p>").text());
    }

    @Test
    void writesRunsRaisedByTheirCharacterStyleAsSuperscript() throws Exception {
        String styles = charStyle("NoteRef", "", "<w:vertAlign w:val=\"superscript\"/>");
        assertEquals("56¹", styledCell(styles, "<w:p>" + run("", "56") + styled("NoteRef", "1") + "</w:p>").text());
    }

    @Test
    void leavesOutParagraphsHiddenOrStruckThroughTheirParagraphStyleAndItsBase() throws Exception {
        String styles = paraStyle("Normal", "", "<w:color w:val=\"auto\"/>") + paraStyle("HiddenBase", "Normal", "<w:vanish/>")
                + paraStyle("Retracted", "HiddenBase", "") + paraStyle("OldFigure", "Normal", "<w:strike/>");
        GridCell c = styledCell(styles, "<w:p>" + run("", "5") + "</w:p><w:p><w:pPr><w:pStyle w:val=\"Retracted\"/></w:pPr>"
                + run("", "6") + "</w:p>");
        assertEquals("5", c.text());
        assertEquals(CellNote.hidden("6", "hidden text (w:vanish)"), c.notes().get(0));
        c = styledCell(styles, "<w:p><w:pPr><w:pStyle w:val=\"OldFigure\"/></w:pPr>" + run("", "8") + "</w:p><w:p>"
                + run("", "3") + "</w:p>");
        assertEquals("3", c.text());
        assertEquals(CellNote.struck("8", "strike-through (w:strike)"), c.notes().get(0));
    }

    @Test
    void directPropertiesWinOverStylesAndStyleTogglesTurnEachOtherOver() throws Exception {
        String styles = charStyle("Gone", "", "<w:vanish/>") + charStyle("Paper", "", "<w:color w:val=\"FFFFFF\"/>")
                + charStyle("Old", "", "<w:strike/>") + paraStyle("OldFigure", "", "<w:strike/>");
        assertEquals("68725", styledCell(styles, "<w:p>" + run("", "68") + run("<w:rStyle w:val=\"Gone\"/><w:vanish w:val=\"0\"/>",
                "725") + "</w:p>").text(), "the run's own w:vanish=0 shows it");
        assertEquals("68725", styledCell(styles, "<w:p>" + run("", "68") + run("<w:rStyle w:val=\"Paper\"/><w:color w:val=\"000000\"/>",
                "725") + "</w:p>").text(), "the run's own colour");
        // ECMA-376 §17.7.3: a toggle switched on in the paragraph style and again in the character style is off
        assertEquals("1007", styledCell(styles, "<w:p><w:pPr><w:pStyle w:val=\"OldFigure\"/></w:pPr>" + styled("Old", "1007")
                + "</w:p>").text());
    }

    @Test
    void runsTakeTheDocumentDefaultsAndTheDefaultParagraphStyle() throws Exception {
        String tinyDefaults = "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"2\"/></w:rPr></w:rPrDefault></w:docDefaults>";
        GridCell c = styledCell(tinyDefaults, "<w:p>" + run("", "725") + "</w:p><w:p>" + run("<w:sz w:val=\"24\"/>", "68") + "</w:p>");
        assertEquals("68", c.text());
        assertEquals(CellNote.hidden("725", "font size 2 half-points"), c.notes().get(0));
        String whiteNormal = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr></w:style>" + paraStyle("Body", "Normal", "")
                + paraStyle("Dark", "Normal", "<w:color w:val=\"000000\"/>");
        assertEquals("", styledCell(whiteNormal, "<w:p>" + run("", "725") + "</w:p>").text(), "white through the default style");
        assertEquals("", styledCell(whiteNormal, "<w:p><w:pPr><w:pStyle w:val=\"Body\"/></w:pPr>" + run("", "725") + "</w:p>").text());
        assertEquals("725", styledCell(whiteNormal, "<w:p><w:pPr><w:pStyle w:val=\"Dark\"/></w:pPr>" + run("", "725") + "</w:p>").text());
        String shadedStyle = whiteNormal + "<w:style w:type=\"paragraph\" w:styleId=\"Banner\"><w:name w:val=\"Banner\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/></w:pPr></w:style>";
        assertEquals("725", styledCell(shadedStyle, "<w:p><w:pPr><w:pStyle w:val=\"Banner\"/></w:pPr>" + run("", "725") + "</w:p>").text(),
                "white on a paragraph style's shading shows");
    }

    @Test
    void readsASmallerRunOfDigitsAfterADigitAsAFootnoteMarkAsLibreOfficeSavesHtmlSuperscript() throws Exception {
        // what LibreOffice writes for <td>56<span style="vertical-align:super;font-size:8pt">1</span></td> (12 pt text)
        assertEquals("56¹", cell("", run("<w:sz w:val=\"24\"/>", "56") + run("<w:sz w:val=\"16\"/>", "1")).text());
        assertEquals("56¹", cell("", run("", "56") + run("<w:sz w:val=\"14\"/>", "1")).text(), "10 pt when unstated");
        assertEquals("561", cell("", run("<w:sz w:val=\"24\"/>", "56") + run("<w:sz w:val=\"21\"/>", "1")).text(),
                "10.5 pt after 12 pt is not a mark");
        assertEquals("56123", cell("", run("<w:sz w:val=\"24\"/>", "56") + run("<w:sz w:val=\"16\"/>", "123")).text());
        assertEquals("共56", cell("", run("<w:sz w:val=\"24\"/>", "共") + run("<w:sz w:val=\"16\"/>", "56")).text());
    }

    @Test
    void leavesTextColouredLikeWhatIsPaintedBehindItOut() throws Exception {
        String grey = "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/></w:tcPr>";
        GridCell c = cell(grey, run("", "685") + run("<w:color w:val=\"D8D8D8\"/>", "3"));
        assertEquals("685", c.text());
        assertEquals("HIDDEN:3", c.notes().get(0).kind() + ":" + c.notes().get(0).text());
        assertEquals("82", cell("", run("", "8") + run("<w:color w:val=\"FFFF00\"/>", "2")).text(), "yellow on white shows");
        assertEquals("8", cell("", run("", "8") + run("<w:color w:val=\"FFFF00\"/><w:highlight w:val=\"yellow\"/>", "2")).text(),
                "yellow on a yellow highlight");
        assertEquals("8", cell("", run("", "8") + run("<w:color w:val=\"FFFF00\"/><w:shd w:val=\"clear\" w:fill=\"FFFF00\"/>", "2"))
                .text(), "yellow on a yellow run shading");
        assertEquals("6853", cell(grey, run("", "685") + run("<w:color w:val=\"808080\"/>", "3")).text(), "grey on light grey shows");
        assertEquals("68", cell("<w:tcPr><w:shd w:val=\"solid\" w:color=\"1F4E79\" w:fill=\"auto\"/></w:tcPr>",
                run("", "68") + run("<w:color w:val=\"1F4E79\"/>", "5")).text(), "a solid pattern paints its colour");
    }

    @Test
    void aPercentagePatternPaintsItsColourMixedOverItsFill() throws Exception {
        String white = "<w:color w:val=\"FFFFFF\"/>";
        // red team 11: Word's 图案样式 80 % (auto: black over white) prints dark grey; the white figure shows
        assertEquals("2", cell("<w:tcPr><w:shd w:val=\"pct80\" w:color=\"auto\" w:fill=\"auto\"/></w:tcPr>",
                run(white, "2")).text());
        assertEquals("2", cell("", run("<w:shd w:val=\"pct90\" w:color=\"000000\" w:fill=\"FFFFFF\"/>" + white, "2"))
                .text(), "character shading 90 %");
        assertEquals("2", cell("<w:tcPr><w:shd w:val=\"pct60\" w:color=\"C00000\" w:fill=\"FFFF00\"/></w:tcPr>",
                run(white, "2")).text(), "60 % dark red over yellow: orange");
        // 5 % black over white is F2F2F2: a white figure on it does not show
        GridCell light = cell("", run("<w:shd w:val=\"pct5\" w:color=\"auto\" w:fill=\"auto\"/>" + white, "2"));
        assertEquals("", light.text());
        assertEquals("HIDDEN:2", light.notes().get(0).kind() + ":" + light.notes().get(0).text());
        // 5 % black over the dark blue the cell paints (not over white): dark blue text on it does not show
        assertEquals("", cell("<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/></w:tcPr>",
                run("<w:color w:val=\"1F4E79\"/><w:shd w:val=\"pct5\" w:color=\"auto\" w:fill=\"auto\"/>", "7"))
                .text(), "an auto fill lets the cell's colour show through the pattern");
        assertEquals("", cell("<w:tcPr><w:shd w:val=\"nil\"/></w:tcPr>", run(white, "4")).text(), "nil paints nothing");
    }

    @Test
    void leavesColouredTextOnStripesOutAsItCannotBeToldWhetherItShows() throws Exception {
        GridCell c = cell("<w:tcPr><w:shd w:val=\"horzStripe\" w:color=\"000000\" w:fill=\"FFFFFF\"/></w:tcPr>",
                run("<w:color w:val=\"FFFFFF\"/>", "2"));
        assertEquals("", c.text());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
        assertEquals("2", cell("<w:tcPr><w:shd w:val=\"horzStripe\" w:color=\"000000\" w:fill=\"FFFFFF\"/></w:tcPr>",
                run("", "2")).text(), "text in the automatic colour shows");
    }

    @Test
    void readsOnlyTheResultOfAFieldNestedInAnotherFieldsInstructions() throws Exception {
        String mergeField = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD 规章 </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("", "735") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        String ifField = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>" + mergeField
                + "<w:r><w:instrText> = \"\" \"—\" \"</w:instrText></w:r>" + mergeField + "<w:r><w:instrText>\"</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("", "735") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        assertEquals("735", cell("", ifField).text());
        assertEquals("735", cell("", mergeField).text());
        assertEquals("7355", cell("", mergeField + run("", "5")).text(), "text after the field's end is text again");
        assertEquals("735", cell("", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + run("", "735")).text(),
                "a field not closed in its paragraph: read as before, text and all");
    }

    @Test
    void drawsAnEqFieldFromItsInstructions() throws Exception {
        String eq = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> eq \\o\\ac(○,</w:instrText></w:r>"
                + "<w:r><w:instrText>1)</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        assertEquals("56①", cell("", run("", "56") + eq).text(), "Word's 带圈字符 after a number: a marker");
        assertEquals("①", cell("", eq).text(), "alone: read as drawn (unreadable as a value), never blank");
        String ruby = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> EQ \\o(\\s\\up 10(1),51)</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        assertEquals("51¹", cell("", ruby).text());
    }
}
