package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.PdfVisibleTextTest.table;
import static org.nianbao.read.PdfVisibleTextTest.text;
import static org.nianbao.read.RuledTablePdf.kinds;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * A correction box painted with a pattern over an old figure (red team 9: Chromium prints a
 * repeated CSS background image as a tiling pattern fill): a pattern proved opaque covers like a
 * box, one in one colour is that box's colour; one not proved opaque flags the cell, never
 * silence. The box is drawn over the value cell (x 150–250) of {@link RuledTablePdf}.
 */
class PdfPatternFillTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private GridCell cell(byte[] pdf) {
        return RuledTablePdf.secondColumn(reader, pdf, 1);
    }

    /** A coloured (PaintType 1) tiling pattern of 4 × 4 whose cell {@code content} paints, with {@code resources}. */
    private static PDTilingPattern tiling(String content, PDResources resources, float step) throws IOException {
        PDTilingPattern p = new PDTilingPattern();
        p.setPaintType(PDTilingPattern.PAINT_COLORED);
        p.setTilingType(PDTilingPattern.TILING_CONSTANT_SPACING);
        p.setBBox(new PDRectangle(0, 0, 4, 4));
        p.setXStep(step);
        p.setYStep(step);
        p.setResources(resources);
        try (OutputStream out = ((COSStream) p.getCOSObject()).createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return p;
    }

    /** Fills a box over the number at (x, y) with the pattern. */
    private static void box(PDDocument doc, PDPageContentStream cs, PDAbstractPattern pattern, float x, float y)
            throws IOException {
        PDResources page = doc.getPage(0).getResources();
        COSName name = page.add(pattern);
        cs.saveGraphicsState();
        cs.setNonStrokingColor(new PDColor(name, new PDPattern(page)));
        cs.addRect(x - 1, y - 3, 30, 13);
        cs.fill();
        cs.restoreGraphicsState();
    }

    /** A 4 × 4 image, one colour or two. */
    private static PDImageXObject tile(PDDocument doc, Color a, Color b) throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                img.setRGB(x, y, ((x + y) % 2 == 0 ? a : b).getRGB());
            }
        }
        return LosslessFactory.createFromImage(doc, img);
    }

    private static PDResources withImage(PDImageXObject image) {
        PDResources r = new PDResources();
        r.put(COSName.getPDFName("Im1"), image);
        return r;
    }

    @Test
    void aTiledOneColourImageOverANumberCoversItLikeABox() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            PDImageXObject nearWhite = tile(doc, new Color(0xff, 0xff, 0xfe), new Color(0xff, 0xff, 0xfe));
            box(doc, cs, tiling("q 4 0 0 4 0 0 cm /Im1 Do Q", withImage(nearWhite), 4), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertEquals("5", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
        assertEquals("3", c.notes().get(0).text());
    }

    @Test
    void aPatternOfOpaqueBoxesInOneColourCoversLikeABox() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            box(doc, cs, tiling("1 1 1 rg 0 0 2 4 re f 2 0 2 4 re f", new PDResources(), 4), x, y);
            text(cs, x, y, 10, "1004");
        }));
        assertEquals("1004", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
    }

    @Test
    void anOpaqueTextureOverANumberHidesItAndFlagsTheCell() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            PDImageXObject texture = tile(doc, Color.WHITE, new Color(0xee, 0xe8, 0xd5));
            box(doc, cs, tiling("q 4 0 0 4 0 0 cm /Im1 Do Q", withImage(texture), 4), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertEquals("5", c.text().strip());
        assertTrue(kinds(c).contains(CellNote.Kind.HIDDEN), c.notes().toString());
        assertTrue(kinds(c).contains(CellNote.Kind.COVERED), c.notes().toString());
    }

    @Test
    void aPatternWithGapsBetweenItsTilesFlagsTheCell() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            box(doc, cs, tiling("1 1 1 rg 0 0 4 4 re f", new PDResources(), 8), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.COVERED), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.how().contains("pattern")), c.notes().toString());
    }

    @Test
    void aPatternPaintedHalfTransparentFlagsTheCell() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            PDResources r = new PDResources();
            PDExtendedGraphicsState half = new PDExtendedGraphicsState();
            half.setNonStrokingAlphaConstant(0.7f);
            r.put(COSName.getPDFName("G1"), half);
            box(doc, cs, tiling("/G1 gs 1 1 1 rg 0 0 4 4 re f", r, 4), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.COVERED), c.notes().toString());
    }

    @Test
    void aPatternPaintedBeforeTheTextIsItsBackground() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            PDImageXObject texture = tile(doc, Color.WHITE, new Color(0xee, 0xe8, 0xd5));
            box(doc, cs, tiling("q 4 0 0 4 0 0 cm /Im1 Do Q", withImage(texture), 4), x, y);
            text(cs, x, y, 10, "1007");
        }));
        assertEquals("1007", c.text().strip());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void anEmptyCellFilledWithATextureIsABlankNotAPicture() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            PDImageXObject texture = tile(doc, Color.WHITE, new Color(0xee, 0xe8, 0xd5));
            box(doc, cs, tiling("q 4 0 0 4 0 0 cm /Im1 Do Q", withImage(texture), 4), x, y);
        }));
        assertEquals("", c.text().strip());
        assertEquals(List.of(), c.notes());
    }

    private static PDShadingPattern shadingPattern(float[] from, float[] to, boolean extended) {
        PDShadingType2 s = PdfHiddenCorrectionsTest.axial(from, to);
        if (extended) {
            COSArray e = new COSArray();
            e.add(COSBoolean.TRUE);
            e.add(COSBoolean.TRUE);
            s.getCOSObject().setItem(COSName.EXTEND, e);
        }
        PDShadingPattern p = new PDShadingPattern();
        p.setShading(s);
        return p;
    }

    @Test
    void aOneColourShadingPatternCoversLikeABox() throws IOException {
        GridCell c = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            box(doc, cs, shadingPattern(new float[] {1, 1, 1}, new float[] {1, 1, 1}, true), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertEquals("5", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
    }

    @Test
    void aGradientShadingPatternOrOneThatMayNotReachFlagsTheCell() throws IOException {
        for (PDShadingPattern p : List.of(shadingPattern(new float[] {1, 1, 1}, new float[] {0, 0, 0}, true),
                shadingPattern(new float[] {1, 1, 1}, new float[] {1, 1, 1}, false))) {
            GridCell c = cell(table((doc, cs, x, y) -> {
                text(cs, x, y, 10, "3");
                box(doc, cs, p, x, y);
                text(cs, x, y, 10, "5");
            }));
            assertTrue(kinds(c).contains(CellNote.Kind.COVERED), c.notes().toString());
        }
    }

    /** A white pen stroke 12 pt wide painted with the pattern along the number at (x, y). */
    private static void pen(PDDocument doc, PDPageContentStream cs, PDAbstractPattern pattern, float x, float y)
            throws IOException {
        PDResources page = doc.getPage(0).getResources();
        COSName name = page.add(pattern);
        cs.saveGraphicsState();
        cs.setStrokingColor(new PDColor(name, new PDPattern(page)));
        cs.setLineWidth(12);
        cs.moveTo(x - 2, y + 3.5f);
        cs.lineTo(x + 30, y + 3.5f);
        cs.stroke();
        cs.restoreGraphicsState();
    }

    @Test
    void aThickLineStrokedWithAPatternCoversLikeItsPattern() throws IOException {
        GridCell plain = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            PDImageXObject nearWhite = tile(doc, new Color(0xff, 0xff, 0xfe), new Color(0xff, 0xff, 0xfe));
            pen(doc, cs, tiling("q 4 0 0 4 0 0 cm /Im1 Do Q", withImage(nearWhite), 4), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertEquals("5", plain.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(plain));
        GridCell textured = cell(table((doc, cs, x, y) -> {
            text(cs, x, y, 10, "3");
            PDImageXObject texture = tile(doc, Color.WHITE, new Color(0xee, 0xe8, 0xd5));
            pen(doc, cs, tiling("q 4 0 0 4 0 0 cm /Im1 Do Q", withImage(texture), 4), x, y);
            text(cs, x, y, 10, "5");
        }));
        assertTrue(kinds(textured).contains(CellNote.Kind.COVERED), textured.notes().toString());
    }
}
