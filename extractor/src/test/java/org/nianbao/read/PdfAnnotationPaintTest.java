package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationUnknown;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Highlights and icons drawn over a figure, as a viewer draws them (docs/pdf.md): a dark highlight
 * covers it, a dim one or a sticky-note icon doubts it, a yellow highlight or an icon beside it
 * leaves it read with no note. The value 1007 stands at x 154–176 in the value cell (x 150–250).
 */
class PdfAnnotationPaintTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private GridCell valueCell(PDAnnotation annotation) {
        try (PDDocument doc = Loader.loadPDF(RuledTablePdf.write(d -> { },
                (d, cs, x, y) -> RuledTablePdf.text(cs, x, y, 10, "1007")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            page.getAnnotations().add(annotation);
            if (annotation.getAppearance() != null) {
                COSStream stream = annotation.getNormalAppearanceStream().getCOSObject();
                stream.setItem(COSName.BBOX, annotation.getRectangle().getCOSArray());
            }
            doc.save(out);
            return RuledTablePdf.valueCell(reader, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The box in PDF space over the figure 1007 (the page is 792 pt high; the value row's top is at 672). */
    private static PDRectangle overFigure() {
        return new PDRectangle(153, 654, 25, 12);
    }

    private static PDAnnotationHighlight highlight(float... rgb) {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(overFigure());
        h.setColor(new PDColor(rgb, PDDeviceRGB.INSTANCE));
        return h;
    }

    /** Gives {@code a} an appearance filling its rectangle in {@code fill} under the ExtGState {@code gs}. */
    private static PDAnnotation withAppearance(PDAnnotation a, String fill, COSDictionary gs) {
        COSStream stream = new COSStream();
        PDRectangle r = a.getRectangle();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(("q /GS0 gs " + fill + " " + r.getLowerLeftX() + " " + r.getLowerLeftY() + " " + r.getWidth()
                    + " " + r.getHeight() + " re f Q").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDAppearanceStream ap = new PDAppearanceStream(stream);
        COSDictionary resources = new COSDictionary();
        COSDictionary states = new COSDictionary();
        states.setItem(COSName.getPDFName("GS0"), gs);
        resources.setItem(COSName.EXT_G_STATE, states);
        stream.setItem(COSName.RESOURCES, resources);
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(ap);
        a.setAppearance(dictionary);
        return a;
    }

    private static COSDictionary blend(String mode) {
        COSDictionary gs = new COSDictionary();
        gs.setItem(COSName.BM, COSName.getPDFName(mode));
        return gs;
    }

    private static List<CellNote.Kind> kinds(GridCell c) {
        return c.notes().stream().map(CellNote::kind).toList();
    }

    @Test
    void aBlackHighlightWithoutAppearanceCoversTheFigureLikeABlackBox() {
        GridCell c = valueCell(highlight(0, 0, 0));
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(c));
        assertTrue(c.notes().get(0).how().contains("Highlight"), c.notes().toString());
    }

    @Test
    void aYellowHighlightLeavesTheFigureReadWithoutANote() {
        GridCell c = valueCell(highlight(1, 1, 0));
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void aHighlightWithNoColourPaintsNothing() {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        h.setRectangle(overFigure());
        GridCell c = valueCell(h);
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void anAppearanceIsJudgedByWhatItPaintsNotByTheColourEntry() {
        // /C says yellow, the appearance multiplies black: the viewer draws the appearance
        GridCell black = valueCell(withAppearance(highlight(1, 1, 0), "0 0 0 rg", blend("Multiply")));
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(black));
        // yellow laid on opaquely (Normal blend) hides the digits as well as black does
        GridCell opaque = valueCell(withAppearance(highlight(1, 1, 0), "1 1 0 rg", blend("Normal")));
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(opaque));
        GridCell grey = valueCell(withAppearance(highlight(0, 0, 0), "0.55 g", blend("Multiply")));
        assertEquals(List.of(), grey.notes());
    }

    @Test
    void aDarkGreyHighlightLeavingLittleContrastDoubtsTheFigureUnderIt() {
        GridCell c = valueCell(withAppearance(highlight(0, 0, 0), "0.3 g", blend("Multiply")));
        assertEquals("1007", c.text());
        assertEquals(List.of(CellNote.Kind.DOUBTFUL), kinds(c));
    }

    @Test
    void aStickyNoteIconOverTheFigureDoubtsIt() {
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(150, 650, 20, 20));
        GridCell c = valueCell(note);
        assertEquals(List.of(CellNote.Kind.DOUBTFUL), kinds(c));
        assertTrue(c.notes().get(0).how().contains("icon"), c.notes().toString());
    }

    @Test
    void aStickyNoteIconIsDrawnAtItsFixedSizeFromTheRectanglesTopLeft() {
        // a rectangle reaching down over the figure, but the icon Acrobat draws is 20 pt from its
        // top-left corner (150, 710), above the table
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(150, 600, 60, 110));
        GridCell c = valueCell(note);
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void aStickyNoteInTheFiguresCellButBesideItLeavesItClean() {
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(222, 652, 20, 20));
        GridCell c = valueCell(note);
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void aHiddenStickyNoteIsPassedOver() {
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(150, 650, 20, 20));
        note.setHidden(true);
        assertEquals(List.of(), valueCell(note).notes());
    }

    @Test
    void aHighlightPaintsItsQuadsNotItsWholeRectangle() {
        // the rectangle takes in the figure; the one quad lies over the row above
        PDAnnotationHighlight h = highlight(0, 0, 0);
        h.setRectangle(new PDRectangle(153, 654, 25, 34));
        COSArray quads = new COSArray();
        for (float v : new float[] {153, 688, 178, 688, 153, 676, 178, 676}) {
            quads.add(new COSFloat(v));
        }
        h.getCOSObject().setItem(COSName.QUADPOINTS, quads);
        GridCell c = valueCell(h);
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
    }

    private static PDAnnotationSquare square(float[] border, float[] interior, float width) {
        PDAnnotationSquare s = new PDAnnotationSquare();
        s.setRectangle(overFigure());
        s.setColor(new PDColor(border, PDDeviceRGB.INSTANCE));
        if (interior != null) {
            s.setInteriorColor(new PDColor(interior, PDDeviceRGB.INSTANCE));
        }
        PDBorderStyleDictionary style = new PDBorderStyleDictionary();
        style.setWidth(width);
        s.setBorderStyle(style);
        return s;
    }

    @Test
    void aReviewersOutlineAroundTheFigureLeavesItRead() {
        GridCell c = valueCell(square(new float[] {1, 0, 0}, null, 1));
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(valueCell(square(new float[] {1, 0, 0}, null, 8))),
                "a wide outline may cross the figure");
    }

    @Test
    void aFilledSquareCoversTheFigureWhateverItsColour() {
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(valueCell(square(new float[] {0, 0, 0}, new float[] {0, 0, 0}, 1))));
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(valueCell(square(new float[] {1, 1, 1}, new float[] {1, 1, 1}, 1))));
    }

    @Test
    void aWhiteSquareThatMultipliesChangesNothingButOneLaidOnNormallyCovers() {
        GridCell multiplied = valueCell(withAppearance(square(new float[] {1, 1, 1}, new float[] {1, 1, 1}, 1), "1 g",
                blend("Multiply")));
        assertEquals("1007", multiplied.text());
        assertEquals(List.of(), multiplied.notes());
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(valueCell(withAppearance(
                square(new float[] {1, 1, 1}, new float[] {1, 1, 1}, 1), "1 g", blend("Normal")))));
    }

    /** A Redact annotation over the figure (PDFBox has no class of its own for one), black inside, red outline. */
    private static PDAnnotation redaction() {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.ANNOT);
        d.setName(COSName.SUBTYPE, "Redact");
        d.setItem(COSName.IC, new COSArray(List.of(COSFloat.ZERO, COSFloat.ZERO, COSFloat.ZERO)));
        PDAnnotation a = new PDAnnotationUnknown(d);
        a.setRectangle(overFigure());
        a.setColor(new PDColor(new float[] {1, 0, 0}, PDDeviceRGB.INSTANCE));
        return a;
    }

    @Test
    void aRedactionMarkedButNotAppliedLeavesTheFigureRead() {
        GridCell c = valueCell(redaction());
        assertEquals("1007", c.text());
        assertEquals(List.of(), c.notes());
        assertEquals(List.of(CellNote.Kind.COVERED), kinds(valueCell(withAppearance(redaction(), "0 g", blend("Normal")))),
                "one with a black appearance covers it");
    }

    @Test
    void aStickyNotesTextIsReadAfterThePagesAsANote() throws IOException {
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(222, 652, 20, 20));
        note.setContents("“规章”的“对外公开总数量”250件系笔误，应为252件。");
        try (PDDocument doc = Loader.loadPDF(RuledTablePdf.write(d -> { },
                (d, cs, x, y) -> RuledTablePdf.text(cs, x, y, 10, "1007")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getPage(0).getAnnotations().add(note);
            doc.save(out);
            List<org.nianbao.reconstruct.TextLine> text = reader.read(out.toByteArray()).text();
            // a Word comment LibreOffice exported: an agency's correction left as a comment is seen
            assertEquals("“规章”的“对外公开总数量”250件系笔误，应为252件。", text.get(text.size() - 1).text());
            assertEquals("page:1 bbox:222.0,120.0,242.0,140.0", text.get(text.size() - 1).where().render());
        }
    }
}
