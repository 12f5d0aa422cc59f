package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.PdfVisibleTextTest.table;
import static org.nianbao.read.PdfVisibleTextTest.text;
import static org.nianbao.read.RuledTablePdf.kinds;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Finding;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;

/**
 * What a PDF page shows that is not its text (docs/invariant.md, readers): an image or a thick
 * stroke drawn over a number hides it; an image or a figure drawn as outlines in a cell without
 * text is something the reader does not read, never a blank; a page whose text lies under its
 * image is a scan. The value cell is the second row's, x 150–250, 20 pt high.
 */
class PdfDrawnContentTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private GridCell valueCell(byte[] pdf) {
        return RuledTablePdf.valueCell(reader, pdf);
    }

    /** Draws into the value cell without the document at hand. */
    private interface Paths {
        void draw(PDPageContentStream cs, float x, float baseline) throws IOException;
    }

    private static byte[] paths(Paths value) throws IOException {
        return table((doc, cs, x, y) -> value.draw(cs, x, y));
    }

    private static BufferedImage picture(int type) {
        BufferedImage image = new BufferedImage(16, 8, type);
        var g = image.createGraphics();
        g.setColor(type == BufferedImage.TYPE_INT_ARGB ? new Color(255, 255, 255, 128) : Color.WHITE);
        g.fillRect(0, 0, 16, 8);
        g.setColor(Color.BLACK);
        g.fillRect(6, 1, 3, 6);
        g.dispose();
        return image;
    }

    private static PDImageXObject opaque(PDDocument doc) throws IOException {
        return LosslessFactory.createFromImage(doc, picture(BufferedImage.TYPE_INT_RGB));
    }

    @Test
    void aNumberUnderAnOpaqueImageDrawnOverItIsNotReadAndTheCellIsNotBelieved() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            cs.drawImage(opaque(doc), x - 1, y - 3, 30, 13);
        }));
        assertEquals("", c.text().strip());
        assertEquals(CellNote.hidden("1007", "covered by an image drawn over it"), c.notes().get(0));
        assertEquals(List.of(CellNote.Kind.HIDDEN, CellNote.Kind.COVERED), kinds(c));
        assertTrue(c.notes().get(1).how().contains("image"), c.notes().toString());
    }

    @Test
    void anInlineImageOverANumberHidesItToo() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            COSDictionary params = new COSDictionary();
            params.setInt(COSName.W, 4);
            params.setInt(COSName.H, 2);
            params.setInt(COSName.BPC, 8);
            params.setItem(COSName.CS, COSName.G);
            cs.drawImage(new PDInlineImage(params, new byte[] {-1, -1, 0, -1, -1, -1, 0, -1}, new PDResources()),
                    x - 1, y - 3, 30, 13);
        }));
        assertEquals("", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN, CellNote.Kind.COVERED), kinds(c));
    }

    @Test
    void anImageInAFormXObjectIsPlacedByTheFormsMatrixAndTheCurrentTransformation() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            PDFormXObject form = new PDFormXObject(doc);
            form.setResources(new PDResources());
            form.setBBox(new PDRectangle(0, 0, 15, 7));
            try (var fcs = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                fcs.drawImage(opaque(doc), 0, 0, 15, 7);
            }
            cs.saveGraphicsState();
            cs.transform(Matrix.getTranslateInstance(x - 1, y - 3));
            cs.transform(Matrix.getScaleInstance(2, 2)); // the form's 15 × 7 become 30 × 14 on the page
            cs.drawForm(form);
            cs.restoreGraphicsState();
        }));
        assertEquals("", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN, CellNote.Kind.COVERED), kinds(c));
    }

    /** An opaque image over the number inside a transparency group drawn with {@code opacity} (as Chromium prints CSS opacity). */
    private static byte[] imageInAGroupDrawnWithOpacity(float opacity) throws IOException {
        return table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            PDFormXObject group = new PDFormXObject(doc);
            group.setResources(new PDResources());
            group.setBBox(new PDRectangle(0, 0, 30, 13));
            COSDictionary transparency = new COSDictionary();
            transparency.setItem(COSName.S, COSName.TRANSPARENCY);
            group.getCOSObject().setItem(COSName.GROUP, transparency);
            try (var gcs = new org.apache.pdfbox.pdmodel.PDFormContentStream(group)) {
                gcs.drawImage(opaque(doc), 0, 0, 30, 13); // /ca 1 inside the group
            }
            cs.saveGraphicsState();
            var outer = new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
            outer.setNonStrokingAlphaConstant(opacity);
            cs.setGraphicsStateParameters(outer);
            cs.transform(Matrix.getTranslateInstance(x - 1, y - 3));
            cs.drawForm(group);
            cs.restoreGraphicsState();
        });
    }

    @Test
    void anImageInATransparencyGroupDrawnAtAQuarterOpacityLetsTheNumberShowThrough() throws IOException {
        GridCell c = valueCell(imageInAGroupDrawnWithOpacity(0.25f));
        assertEquals("1007", c.text());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void anImageInATransparencyGroupDrawnOpaqueStillHidesTheNumber() throws IOException {
        GridCell c = valueCell(imageInAGroupDrawnWithOpacity(1f));
        assertEquals("", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN, CellNote.Kind.COVERED), kinds(c));
    }

    @Test
    void anImageBesideANumberHidesNothingButTheCellIsNotBelieved() throws IOException {
        // a picture pasted in the cell beside the text, not over it: it may show a digit of the value
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "12");
            cs.drawImage(opaque(doc), x + 40, y - 3, 20, 13);
        }));
        assertEquals("12", c.text());
        assertEquals(List.of(CellNote.Kind.DRAWN), kinds(c));
    }

    @Test
    void anImageWithASoftMaskOverANumberIsFlaggedNotDecided() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            cs.drawImage(LosslessFactory.createFromImage(doc, picture(BufferedImage.TYPE_INT_ARGB)), x - 1, y - 3, 30, 13);
        }));
        assertEquals("1007", c.text()); // read, since it may show through,
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(c)); // but not believed
        assertTrue(c.notes().get(0).how().contains("soft mask"), c.notes().toString());
    }

    @Test
    void anImageUnderTheTextIsItsBackgroundAndWhiteTextOnItIsRead() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            cs.drawImage(opaque(doc), x - 3, y - 4, 90, 16);
            cs.setNonStrokingColor(1f, 1f, 1f);
            text(cs, x, y, 10, "725");
            cs.setNonStrokingColor(0f, 0f, 0f);
        }));
        assertEquals("725", c.text());
        assertEquals(List.of(), kinds(c));
    }

    @Test
    void aThickWhiteStrokeOverANumberHidesItLikeAWhiteBox() throws IOException {
        GridCell c = valueCell(paths((cs, x, y) -> {
            text(cs, x, y, 10, "3");
            cs.setStrokingColor(1f, 1f, 1f);
            cs.setLineWidth(14);
            cs.moveTo(x - 1, y + 3);
            cs.lineTo(x + 30, y + 3);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(1);
            text(cs, x, y, 10, "5");
        }));
        assertEquals("5", c.text());
        assertEquals(CellNote.hidden("3", "covered by a line drawn over it"), c.notes().get(0));
    }

    @Test
    void aThickSlantedStrokeCoversOnlyWhatIsWithinHalfItsWidth() throws IOException {
        // a 6 pt pen stroke rising over the 1 of 17 at 45°: its bounding box holds the 7, the stroke does not
        GridCell c = valueCell(paths((cs, x, y) -> {
            text(cs, x, y, 10, "17");
            cs.setStrokingColor(1f, 1f, 1f);
            cs.setLineWidth(6);
            cs.moveTo(x - 6, y - 6);
            cs.lineTo(x + 14, y + 14);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
        }));
        assertEquals("7", c.text());
        assertEquals(CellNote.hidden("1", "covered by a line drawn over it"), c.notes().get(0));
    }

    @Test
    void aCellHoldingOnlyAnImageIsNotABlank() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> cs.drawImage(opaque(doc), x, y - 2, 12, 12)));
        assertEquals("", c.text().strip());
        assertEquals(List.of(CellNote.Kind.DRAWN), kinds(c));
    }

    @Test
    void aNumberDrawnAsCurvesOrABentLineIsNotABlank() throws IOException {
        GridCell outlined = valueCell(paths((cs, x, y) -> { // a 0 as two curves, filled
            cs.moveTo(x + 3, y);
            cs.curveTo(x - 1, y, x - 1, y + 8, x + 3, y + 8);
            cs.curveTo(x + 7, y + 8, x + 7, y, x + 3, y);
            cs.fill();
        }));
        assertEquals(List.of(CellNote.Kind.DRAWN), kinds(outlined));
        GridCell seven = valueCell(paths((cs, x, y) -> { // red team 6's 7, with a line tool
            cs.setLineWidth(0.9f);
            cs.moveTo(x, y + 7);
            cs.lineTo(x + 5.6f, y + 7);
            cs.lineTo(x + 1.8f, y);
            cs.stroke();
        }));
        assertEquals(List.of(CellNote.Kind.DRAWN), kinds(seven));
    }

    @Test
    void aSlashOrDashDrawnForNoneAShadedCellAndItsBordersAreABlank() throws IOException {
        GridCell slash = valueCell(paths((cs, x, y) -> { // the form's "/" as a line, corner to corner
            cs.moveTo(x - 5, y - 5);
            cs.lineTo(x + 95, y + 15);
            cs.stroke();
        }));
        assertEquals(List.of(), kinds(slash));
        GridCell filledSlash = valueCell(paths((cs, x, y) -> { // a slash filled as a slender quadrilateral
            cs.moveTo(x + 40, y - 2);
            cs.lineTo(x + 41.5f, y - 2);
            cs.lineTo(x + 51.5f, y + 12);
            cs.lineTo(x + 50, y + 12);
            cs.closePath();
            cs.fill();
        }));
        assertEquals(List.of(), kinds(filledSlash));
        GridCell dash = valueCell(paths((cs, x, y) -> { // "—" drawn in two pieces
            cs.moveTo(x + 40, y + 4);
            cs.lineTo(x + 45, y + 4);
            cs.lineTo(x + 50, y + 4);
            cs.stroke();
        }));
        assertEquals(List.of(), kinds(dash));
        GridCell shaded = valueCell(paths((cs, x, y) -> { // a grey cell with rounded corners, inside its borders
            cs.setNonStrokingColor(0.8f, 0.8f, 0.8f);
            float x0 = x - 3;
            float y0 = y - 3;
            cs.moveTo(x0 + 2, y0);
            cs.lineTo(x0 + 92, y0);
            cs.curveTo(x0 + 94, y0, x0 + 94, y0, x0 + 94, y0 + 2);
            cs.lineTo(x0 + 94, y0 + 16);
            cs.lineTo(x0, y0 + 16);
            cs.lineTo(x0, y0 + 2);
            cs.curveTo(x0, y0, x0, y0, x0 + 2, y0);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }));
        assertEquals(List.of(), kinds(shaded));
    }

    /** One page, a scan (a full-page image) drawn after (over) a text layer, or under an invisible one. */
    private static byte[] scan(boolean textUnder, String pageNumber) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (!textUnder) {
                    cs.drawImage(opaque(doc), 0, 0, box.getWidth(), box.getHeight());
                }
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
                cs.setRenderingMode(textUnder ? RenderingMode.FILL : RenderingMode.NEITHER);
                cs.newLineAtOffset(60, 700);
                cs.showText("Lawsuit upheld 8 annulled 12 total 20");
                cs.newLineAtOffset(0, -20);
                cs.showText("Review upheld 3 annulled 4 total 7");
                cs.endText();
                if (textUnder) {
                    cs.drawImage(opaque(doc), 0, 0, box.getWidth(), box.getHeight());
                }
                text(cs, 300, 30, 10, pageNumber); // drawn on top, visible
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPageWhoseTextLiesUnderItsImageIsAScanNeedingOcr() throws IOException {
        DocumentContent c = reader.read(scan(true, "- 1 -"));
        assertTrue(c.findings().stream().map(Finding::rule).anyMatch("needs-ocr"::equals), c.findings().toString());
        assertTrue(c.grids().isEmpty());
    }

    @Test
    void anInvisibleOcrLayerOverAScanIsNotReadAndThePageIsAScan() throws IOException {
        DocumentContent c = reader.read(scan(false, "- 1 -"));
        assertTrue(c.findings().stream().map(Finding::rule).anyMatch("needs-ocr"::equals), c.findings().toString());
        assertTrue(c.grids().isEmpty());
    }
}
