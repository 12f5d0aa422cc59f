package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;

/**
 * What a Word table style ({@code w:tblStyle}) does to the text a cell shows ({@link WordTableStyle}):
 * white, hidden, struck and tiny text and shading reach a cell through the style's whole-table and
 * conditional formats as {@code w:tblLook} switches them on; where Word and LibreOffice apply a style
 * differently and the cell would show differently, the cell is in doubt.
 */
class DocxTableStyleTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** first row, first column, row bands (Word's default look), as attributes and hex. */
    private static final String LOOK_DEFAULT = "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\""
            + " w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>";
    private final DocxFormatReader reader = new DocxFormatReader(new ValueParser()::isValue);

    private static String style(String id, String basedOn, String body) {
        return "<w:style w:type=\"table\" w:styleId=\"" + id + "\"><w:name w:val=\"" + id + "\"/>"
                + (basedOn.isEmpty() ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>") + body + "</w:style>";
    }

    private static String part(String type, String body) {
        return "<w:tblStylePr w:type=\"" + type + "\">" + body + "</w:tblStylePr>";
    }

    private static String white() {
        return "<w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr>";
    }

    /** A table of 4 rows of 3 cells (label, two numbers: row r, column c holds r·10 + c) in style {@code styleId}. */
    private List<List<GridCell>> table(String styles, String styleId, String look) throws IOException, XmlException {
        StringBuilder sb = new StringBuilder("<w:tbl><w:tblPr>");
        if (!styleId.isEmpty()) {
            sb.append("<w:tblStyle w:val=\"").append(styleId).append("\"/>");
        }
        sb.append(look).append("</w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>");
        for (int r = 1; r <= 4; r++) {
            sb.append("<w:tr>");
            for (int c = 0; c < 3; c++) {
                String text = c == 0 ? "行" + r : String.valueOf(r * 10 + c);
                sb.append("<w:tc><w:p><w:r><w:t>").append(text).append("</w:t></w:r></w:p></w:tc>");
            }
            sb.append("</w:tr>");
        }
        sb.append("</w:tbl>");
        return reader.read(docx(sb.toString(), styles)).grids().get(0).rows();
    }

    private static byte[] docx(String body, String styles) throws IOException, XmlException {
        String xml = "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(xml).getDocument().getBody());
            doc.createStyles().setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory
                    .parse("<w:styles xmlns:w=\"" + W + "\">" + styles + "</w:styles>").getStyles());
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The rows' texts, row by row, cells joined by '|'. */
    private static String texts(List<List<GridCell>> rows) {
        StringBuilder sb = new StringBuilder();
        for (List<GridCell> row : rows) {
            sb.append(String.join("|", row.stream().map(GridCell::text).toList())).append('\n');
        }
        return sb.toString();
    }

    private static boolean doubtful(GridCell cell) {
        return cell.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL);
    }

    @Test
    void leavesOutTheLastColumnATableStylePaintsWhite() throws Exception {
        String styles = style("Grid", "", part("lastCol", white()));
        String look = "<w:tblLook w:val=\"05A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"1\""
                + " w:noHBand=\"0\" w:noVBand=\"1\"/>";
        List<List<GridCell>> rows = table(styles, "Grid", look);
        assertEquals("行1|11|\n行2|21|\n行3|31|\n行4|41|\n", texts(rows));
        assertEquals(CellNote.hidden("12", "white text (w:color FFFFFF)"), rows.get(0).get(2).notes().get(0));
        assertEquals("行1|11|12\n行2|21|22\n行3|31|32\n行4|41|42\n", texts(table(styles, "Grid", LOOK_DEFAULT)),
                "the look does not switch the last column on");
        assertEquals("行1|11|12\n行2|21|22\n行3|31|32\n行4|41|42\n", texts(table(styles, "", look)), "a table without the style");
    }

    @Test
    void leavesOutTextOnEvenRowBandsShadedInItsOwnColourAndReadsTheFirstColumnOverThem() throws Exception {
        String styles = style("Band", "", "<w:tblPr><w:tblStyleRowBandSize w:val=\"1\"/></w:tblPr><w:rPr><w:color w:val=\"1F4E79\"/></w:rPr>"
                + part("band2Horz", "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/></w:tcPr>")
                + part("firstCol", "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFFFF\"/></w:tcPr>"));
        // bands count from the row after the first row: rows 3 (band 2) is shaded, rows 2 and 4 are band 1
        assertEquals("行1|11|12\n行2|21|22\n行3||\n行4|41|42\n", texts(table(styles, "Band", LOOK_DEFAULT)));
        String twoRowBands = styles.replace("w:tblStyleRowBandSize w:val=\"1\"", "w:tblStyleRowBandSize w:val=\"2\"");
        assertEquals("行1|11|12\n行2|21|22\n行3|31|32\n行4||\n", texts(table(twoRowBands, "Band", LOOK_DEFAULT)));
    }

    @Test
    void readsWhiteTextOnAHeaderRowTheStyleShadesDark() throws Exception {
        String styles = style("Header", "", part("firstRow", "<w:rPr><w:b/><w:color w:val=\"FFFFFF\"/></w:rPr>"
                + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F4E79\"/></w:tcPr>"));
        List<List<GridCell>> rows = table(styles, "Header", LOOK_DEFAULT);
        assertEquals("行1|11|12", String.join("|", rows.get(0).stream().map(GridCell::text).toList()));
        // direct white runs in cells the style shades: shown (nianbao read them as white on the page before)
        String direct = style("Dark", "", "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"000000\"/></w:tcPr>");
        List<List<GridCell>> dark = reader.read(docx("<w:tbl><w:tblPr><w:tblStyle w:val=\"Dark\"/>" + LOOK_DEFAULT
                + "</w:tblPr><w:tr><w:tc><w:p><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:rPr><w:color w:val=\"FFFFFF\"/>"
                + "</w:rPr><w:t>5</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", direct)).grids().get(0).rows();
        assertEquals("5", dark.get(0).get(1).text());
        assertTrue(dark.get(0).get(1).notes().isEmpty());
    }

    @Test
    void leavesOutRowsTheStyleHidesStrikesOrShrinksAndTakesTheDocumentDefaultsUnderIt() throws Exception {
        String styles = style("Grid", "", part("lastRow", "<w:rPr><w:vanish/></w:rPr>") + part("firstRow", "<w:rPr><w:strike/></w:rPr>")
                + part("band2Horz", "<w:rPr><w:sz w:val=\"2\"/></w:rPr>"));
        String look = "<w:tblLook w:firstRow=\"1\" w:lastRow=\"1\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>";
        List<List<GridCell>> rows = table(styles, "Grid", look);
        assertEquals("||\n行2|21|22\n||\n||\n", texts(rows));
        assertEquals(CellNote.Kind.STRUCK, rows.get(0).get(1).notes().get(0).kind());
        assertEquals(CellNote.hidden("42", "hidden text (w:vanish)"), rows.get(3).get(2).notes().get(0));
        // a toggle on in the document defaults and again in the table style is off (ECMA-376 §17.7.3)
        String defaults = "<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>";
        assertEquals("行4|41|42", String.join("|", table(defaults + styles, "Grid", look).get(3).stream().map(GridCell::text).toList()));
        // direct formatting wins over the table style
        String shown = style("Grid2", "", part("lastRow", "<w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr>"));
        List<List<GridCell>> t = reader.read(docx("<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid2\"/>" + look + "</w:tblPr><w:tr><w:tc><w:p><w:r>"
                + "<w:rPr><w:color w:val=\"000000\"/></w:rPr><w:t>7</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", shown)).grids().get(0).rows();
        assertEquals("7", t.get(0).get(0).text());
    }

    @Test
    void theDefaultTableStyleFormatsATableThatNamesNone() throws Exception {
        String styles = "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr></w:style>";
        assertEquals("||\n||\n||\n||\n", texts(table(styles, "", "")));
    }

    @Test
    void aCellIsInDoubtWhereWordAndLibreOfficeApplyTheStyleDifferently() throws Exception {
        // LibreOffice does not inherit conditional formats from the style a style is based on; Word does
        String based = style("Base", "", part("lastRow", "<w:rPr><w:vanish/></w:rPr>")) + style("Annual", "Base", "");
        String look = "<w:tblLook w:val=\"0660\" w:firstRow=\"1\" w:lastRow=\"1\" w:firstColumn=\"0\" w:lastColumn=\"0\""
                + " w:noHBand=\"1\" w:noVBand=\"1\"/>";
        List<List<GridCell>> rows = table(based, "Annual", look);
        for (GridCell c : rows.get(3)) {
            assertTrue(doubtful(c), c.text());
        }
        assertEquals("行4|41|42", String.join("|", rows.get(3).stream().map(GridCell::text).toList()), "the text that shows more is kept");
        for (GridCell c : rows.get(2)) {
            assertTrue(!doubtful(c) && c.notes().isEmpty(), c.text());
        }
        // w:tblLook's attributes (Word 2010 on) and its hex value (Word 2007) disagree: the last row is in doubt
        String flat = style("Flat", "", part("lastRow", white()));
        String contradicting = "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"1\" w:noVBand=\"1\"/>";
        assertTrue(doubtful(table(flat, "Flat", contradicting).get(3).get(1)));
        assertTrue(!doubtful(table(flat, "Flat", contradicting).get(2).get(1)));
        // no w:tblLook at all: whether the first row is switched on is not settled
        String header = style("Head", "", part("firstRow", white()));
        assertTrue(doubtful(table(header, "Head", "").get(0).get(1)));
        assertTrue(!doubtful(table(header, "Head", "").get(1).get(1)));
    }

    @Test
    void aCellWhereTheFirstRowAndTheFirstColumnDisagreeIsInDoubt() throws Exception {
        String styles = style("Corner", "", part("firstRow", white()) + part("firstCol", "<w:rPr><w:color w:val=\"000000\"/></w:rPr>"));
        List<List<GridCell>> rows = table(styles, "Corner", LOOK_DEFAULT);
        assertTrue(doubtful(rows.get(0).get(0)), "the corner: white by the row, black by the column");
        assertEquals("", rows.get(0).get(1).text());
        assertTrue(!doubtful(rows.get(0).get(1)));
        assertEquals("行2", rows.get(1).get(0).text());
    }

    @Test
    void aTableStyleUnderAParagraphStyleThatSetsTheSamePropertyIsInDoubtOnlyUnderTheDefaultParagraphStyle() throws Exception {
        String normal = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:rPr><w:color w:val=\"000000\"/></w:rPr></w:style>";
        String styles = normal + style("Ghost", "", white());
        List<List<GridCell>> rows = table(styles, "Ghost", LOOK_DEFAULT);
        assertEquals("11", rows.get(0).get(1).text(), "Normal's black over the table style (ECMA-376's order)");
        assertTrue(doubtful(rows.get(0).get(1)), "Word lets a table style override Normal");
    }
}
