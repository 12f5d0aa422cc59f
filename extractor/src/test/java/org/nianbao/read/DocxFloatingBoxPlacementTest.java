package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A filled frame or text box holding a number is placed by position, which is not computed
 * vertically; across the page it is, when the box is placed by a distance from the page's edge or
 * the margin: cells whose columns lie wholly to one side of it are not in doubt
 * ({@link FloatingTextBoxes}, {@link WordPage}).
 */
class DocxFloatingBoxPlacementTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private final DocxFormatReader reader = new DocxFormatReader(new ValueParser()::isValue);

    /** Page 11906 twips wide, margins 1800: four grid columns of 2000 twips from 1800 (edges 1800, 3800, 5800, 7800, 9800). */
    private List<GridCell> row(String box, String tblPr) throws IOException, XmlException {
        String body = box + "<w:tbl><w:tblPr>" + tblPr + "</w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/>"
                + "<w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid><w:tr>" + cell("规章") + cell("5") + cell("6") + cell("791")
                + "</w:tr></w:tbl><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\""
                + " w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>";
        String xml = "<w:document xmlns:w=\"" + W + "\" xmlns:wp=\"" + WP + "\" xmlns:a=\"" + A + "\"><w:body>" + body + "</w:body></w:document>";
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocument().setBody(DocumentDocument.Factory.parse(xml).getDocument().getBody());
            doc.write(out);
            return reader.read(out.toByteArray()).grids().get(0).rows().get(0);
        }
    }

    private static String cell(String text) {
        return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
    }

    private static String frame(String framePr) {
        return "<w:p><w:pPr><w:framePr " + framePr + " w:h=\"290\" w:hRule=\"exact\" w:wrap=\"around\" w:vAnchor=\"page\"/>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"FFFFFF\"/></w:pPr><w:r><w:t>834</w:t></w:r></w:p>";
    }

    private static String covered(List<GridCell> row) {
        StringBuilder sb = new StringBuilder();
        for (GridCell c : row) {
            sb.append(c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.COVERED) ? 'X' : '.');
        }
        return sb.toString();
    }

    @Test
    void aFramePlacedFromThePageEdgeOrTheMarginDoubtsOnlyTheColumnsItReachesAcross() throws Exception {
        assertEquals("...X", covered(row(frame("w:w=\"1000\" w:hAnchor=\"page\" w:x=\"8300\""), "")));
        assertEquals("...X", covered(row(frame("w:w=\"1000\" w:hAnchor=\"margin\" w:x=\"6500\""), "")));
        assertEquals("..XX", covered(row(frame("w:w=\"1000\" w:hAnchor=\"page\" w:x=\"7900\""), "")),
                "within a quarter inch of the third column's edge: both");
        assertEquals(".X..", covered(row(frame("w:w=\"1000\" w:hAnchor=\"page\" w:x=\"2300\""), "<w:tblInd w:w=\"-2000\" w:type=\"dxa\"/>")),
                "a table moved left by its indent");
        assertEquals("..X.", covered(row(frame("w:w=\"800\" w:hAnchor=\"page\" w:x=\"6400\""), "<w:jc w:val=\"center\"/>")),
                "a centred table (8000 wide in 8306 of text: from 1953)");
    }

    @Test
    void aFrameOrBoxWhosePlaceAcrossIsNotSettledStillDoubtsEveryFigure() throws Exception {
        assertEquals("XXXX", covered(row(frame("w:w=\"1000\" w:hAnchor=\"page\" w:xAlign=\"right\""), "")), "aligned");
        assertEquals("XXXX", covered(row(frame("w:hAnchor=\"page\" w:x=\"8300\""), "")), "no width");
        assertEquals("XXXX", covered(row(frame("w:w=\"1000\" w:x=\"8300\""), "")), "no anchor stated");
        assertEquals("XXXX", covered(row(frame("w:w=\"1000\" w:hAnchor=\"page\" w:x=\"8300\""), "<w:tblpPr w:tblpX=\"100\"/>")),
                "a floating table");
    }

    @Test
    void aDrawingBoxPlacedFromThePageEdgeDoubtsOnlyTheColumnsItReachesAcross() throws Exception {
        String box = "<w:p><w:r><w:drawing><wp:anchor simplePos=\"0\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"0\" allowOverlap=\"1\""
                + " relativeHeight=\"2\" distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"%s\"><wp:posOffset>%d</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>3192780</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"635000\" cy=\"184150\"/><wp:docPr id=\"1\" name=\"Frame1\"/><a:graphic><a:graphicData uri=\"x\">"
                + "<a:spPr><a:solidFill/></a:spPr><w:txbxContent><w:p><w:r><w:t>834</w:t></w:r></w:p></w:txbxContent></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></w:r></w:p>";
        // 8300 twips = 5270500 EMU; 1000 twips wide
        assertEquals("...X", covered(row(String.format(box, "page", 5270500L), "")));
        assertEquals("XXXX", covered(row(String.format(box, "character", 5270500L), "")), "placed from a character: not settled");
    }
}
