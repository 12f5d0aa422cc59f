package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.PdfVisibleTextTest.table;
import static org.nianbao.read.PdfVisibleTextTest.text;
import static org.nianbao.read.RuledTablePdf.kinds;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Old figures hidden under a new one by other means than a white box (red team 7): font size 0,
 * horizontal scaling 0, a soft mask, a shading painted with {@code sh}; and text widened by
 * character scaling, which stays in its row. The value cell is the second row's, x 150–250.
 */
class PdfHiddenCorrectionsTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private GridCell cell(byte[] pdf, int row) {
        return RuledTablePdf.secondColumn(reader, pdf, row);
    }

    @Test
    void aNumberDrawnAtFontSizeZeroIsNotReadAndIsNoted() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 0, "3");
            text(cs, x, y, 10, "5");
        }), 1);
        assertEquals("5", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
        assertEquals("3", c.notes().get(0).text());
    }

    @Test
    void aNumberDrawnWithHorizontalScalingZeroIsNotReadAndIsNoted() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            cs.setHorizontalScaling(0);
            cs.newLineAtOffset(x, y);
            cs.showText("3");
            cs.setHorizontalScaling(100);
            cs.endText();
            text(cs, x, y, 10, "5");
        }), 1);
        assertEquals("5", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
        assertTrue(c.notes().get(0).how().contains("wide"), c.notes().toString());
    }

    @Test
    void textUnderASoftMaskIsReadButNotBelieved() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            PDFormXObject group = new PDFormXObject(doc);
            group.setResources(new PDResources());
            group.setBBox(new PDRectangle(0, 0, 612, 792));
            COSDictionary g = new COSDictionary();
            g.setItem(COSName.S, COSName.TRANSPARENCY);
            g.setItem(COSName.CS, COSName.DEVICEGRAY);
            group.getCOSObject().setItem(COSName.GROUP, g);
            try (PDFormContentStream fcs = new PDFormContentStream(group)) {
                fcs.setNonStrokingColor(0f); // black: luminosity 0, opacity 0
                fcs.addRect(0, 0, 612, 792);
                fcs.fill();
            }
            COSDictionary mask = new COSDictionary();
            mask.setItem(COSName.S, COSName.LUMINOSITY);
            mask.setItem(COSName.G, group);
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.getCOSObject().setItem(COSName.SMASK, mask);
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(gs);
            text(cs, x, y, 10, "3");
            cs.restoreGraphicsState();
            text(cs, x, y, 10, "5");
        }), 1);
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.how().contains("soft mask")), c.notes().toString());
    }

    static PDShadingType2 axial(float[] from, float[] to) {
        COSDictionary f = new COSDictionary();
        f.setInt(COSName.FUNCTION_TYPE, 2);
        f.setItem(COSName.DOMAIN, array(0, 1));
        f.setItem(COSName.C0, array(from));
        f.setItem(COSName.C1, array(to));
        f.setInt(COSName.N, 1);
        PDShadingType2 s = new PDShadingType2(new COSDictionary());
        s.setShadingType(PDShading.SHADING_TYPE2);
        s.setColorSpace(PDDeviceRGB.INSTANCE);
        s.setCoords(array(0, 0, 612, 0));
        s.setFunction(new PDFunctionType2(f));
        return s;
    }

    private static COSArray array(float... values) {
        COSArray a = new COSArray();
        for (float v : values) {
            a.add(v == Math.round(v) ? COSInteger.get(Math.round(v)) : new COSFloat(v));
        }
        return a;
    }

    private static void shade(PDPageContentStream cs, PDShadingType2 shading, float x, float y) throws IOException {
        cs.saveGraphicsState();
        cs.addRect(x - 1, y - 3, 30, 13);
        cs.clip();
        cs.shadingFill(shading);
        cs.restoreGraphicsState();
    }

    @Test
    void aWhiteShadingPaintedOverANumberCoversItLikeAWhiteBox() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            shade(cs, axial(new float[] {1, 1, 1}, new float[] {1, 1, 1}), x, y);
            text(cs, x, y, 10, "1004");
        }), 1);
        assertEquals("1004", c.text().strip());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
        assertEquals("1007", c.notes().get(0).text());
    }

    @Test
    void aGradientPaintedOverANumberFlagsItsCell() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            shade(cs, axial(new float[] {1, 1, 1}, new float[] {0, 0, 0}), x, y);
        }), 1);
        assertTrue(kinds(c).contains(CellNote.Kind.COVERED), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.how().contains("shading")), c.notes().toString());
    }

    @Test
    void aShadingPaintedBeforeTheTextIsItsBackground() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            shade(cs, axial(new float[] {0.9f, 0.9f, 0.9f}, new float[] {0.9f, 0.9f, 0.9f}), x, y);
            text(cs, x, y, 10, "1007");
        }), 1);
        assertEquals("1007", c.text().strip());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void aStrikeLineUnderACorrectionBoxDoesNotStrikeTheFigureDrawnOnTheBox() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            cs.addRect(x, y + 3, 6, 0.8f); // Chromium's <del>: a thin fill through the 3
            cs.fill();
            cs.setNonStrokingColor(1f);
            cs.addRect(x - 1, y - 3, 30, 13);
            cs.fill();
            cs.setNonStrokingColor(0f);
            text(cs, x, y + 1, 10, "5");
        }), 1);
        assertEquals("5", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
    }

    @Test
    void textWidenedByCharacterScalingStaysInItsRow() throws IOException {
        byte[] pdf = table((doc, cs, x, y) -> {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            cs.setTextMatrix(new Matrix(4, 0, 0, 1, x, y)); // four times wider than high, as LibreOffice writes it
            cs.showText("5");
            cs.endText();
        });
        assertEquals("5", cell(pdf, 1).text().strip());
        assertEquals("upheld", cell(pdf, 0).text().strip());
    }

    @Test
    void aDigitManyTimesThePagesTextSizeIsAWatermarksNotTheCells() throws IOException {
        // a pale year laid over every page (red team rty: 2020 at 90 px over a table set at 12 px) puts its digits
        // in the cells it crosses; upright and opaque, only its size tells it from the cell's own figure
        byte[] pdf = table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "0");
            cs.setNonStrokingColor(0.85f);
            text(cs, x + 20, y - 3, 40, "2");
            cs.setNonStrokingColor(0f);
        });
        assertEquals("0", cell(pdf, 1).text().strip());
    }
}
