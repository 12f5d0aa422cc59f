package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * The PDF reader's "visible text" (docs/invariant.md): glyphs a reader of the printed page does not
 * see are not a cell's text; they are noted on the cell.
 */
class PdfVisibleTextTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    /** Draws into the value cell, whose text starts at (x, baseline) in PDF space. */
    private interface Cell {
        void draw(PDPageContentStream cs, float x, float baseline) throws IOException;
    }

    private static byte[] table(Cell value) throws IOException {
        return table((doc, cs, x, y) -> value.draw(cs, x, y));
    }

    /** A ruled 2 × 2 table: label "Lawsuit" and the drawn value cell in its second row ({@link RuledTablePdf}). */
    static byte[] table(RuledTablePdf.ValueCell value) throws IOException {
        return RuledTablePdf.write(doc -> { }, value);
    }

    static void text(PDPageContentStream cs, float x, float y, float size, String s) throws IOException {
        RuledTablePdf.text(cs, x, y, size, s);
    }

    private GridCell valueCell(byte[] pdf) {
        return RuledTablePdf.valueCell(reader, pdf);
    }

    @Test
    void leavesOutWhiteGlyphsOnTheWhitePage() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "68");
            cs.setNonStrokingColor(1f, 1f, 1f);
            text(cs, x + 12, y, 10, "725");
            cs.setNonStrokingColor(0f, 0f, 0f);
        }));
        assertEquals("68", c.text());
        assertEquals(CellNote.hidden("725", "white text"), c.notes().get(0));
    }

    @Test
    void readsWhiteGlyphsOnADarkFill() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            cs.setNonStrokingColor(0.1f, 0.2f, 0.5f);
            cs.addRect(x - 3, y - 4, 90, 16);
            cs.fill();
            cs.setNonStrokingColor(1f, 1f, 1f);
            text(cs, x, y, 10, "725");
            cs.setNonStrokingColor(0f, 0f, 0f);
        }));
        assertEquals("725", c.text());
    }

    @Test
    void leavesOutANumberCoveredByAWhiteBoxAndReadsTheOneDrawnOverIt() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(x - 1, y - 3, 30, 13);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
            text(cs, x, y, 10, "1004"); // its 1, 0, 0 stand exactly where the covered ones do
        }));
        assertEquals("1004", c.text());
        assertEquals(CellNote.Kind.HIDDEN, c.notes().get(0).kind());
        assertEquals("1007", c.notes().get(0).text());
    }

    @Test
    void leavesOutStruckThroughGlyphs() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            cs.addRect(x, y + 3, 22, 0.7f);
            cs.fill();
            text(cs, x + 24, y, 10, "1004");
        }));
        assertEquals("1004", c.text());
        assertEquals(CellNote.struck("1007", "struck through"), c.notes().get(0));
    }

    @Test
    void leavesOutTinyAndInvisibleGlyphs() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "68");
            text(cs, x + 12, y, 1, "725");
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            cs.setFont(HELVETICA, 10);
            cs.newLineAtOffset(x + 20, y);
            cs.showText("9");
            cs.endText();
        }));
        assertEquals("68", c.text());
        assertEquals(2, c.notes().size());
    }

    @Test
    void writesARaisedSmallGlyphAfterADigitAsASuperscript() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "56");
            text(cs, x + 11.2f, y + 4, 6.5f, "1");
        }));
        assertEquals("56¹", c.text());
        assertEquals("56", new ValueParser().parse(c.text()).value().render());
    }

    @Test
    void writesALoweredSmallGlyphAfterADigitAsASubscript() throws IOException {
        // Chromium prints <sub> at 83 % a fifth of an em down; LibreOffice a 58 % subscript less than a tenth down
        for (float[] shift : new float[][] {{8.3f, 2f}, {5.8f, 0.9f}}) {
            GridCell c = valueCell(table((cs, x, y) -> {
                text(cs, x, y, 10, "746");
                text(cs, x + 16.8f, y - shift[1], shift[0], "1");
            }));
            assertEquals("746₁", c.text());
            assertEquals("746", new ValueParser().parse(c.text()).value().render());
        }
    }

    @Test
    void readsFakeBoldOnce() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "25");
            text(cs, x, y, 10, "25");
            text(cs, x + 0.3f, y, 10, "25");
        }));
        assertEquals("25", c.text());
    }

    @Test
    void aPageWhoseContentStreamFailsPartWayIsWarnedAboutAndItsEmptyCellsAreNotBlanks() throws IOException {
        byte[] pdf = table((cs, x, y) -> text(cs, x, y, 10, "12"));
        byte[] damaged;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSStream content = doc.getPage(0).getContentStreams().next().getCOSObject();
            byte[] plain;
            try (var in = content.createInputStream()) {
                plain = in.readAllBytes();
            }
            // compressed whole, then cut before the value's text is drawn: the rulings and labels survive
            Deflater deflater = new Deflater();
            deflater.setInput(plain);
            deflater.finish();
            byte[] buf = new byte[plain.length + 64];
            int n = deflater.deflate(buf);
            int cut = n * 4 / 5;
            try (var raw = content.createRawOutputStream()) {
                raw.write(buf, 0, cut);
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            doc.save(out);
            damaged = out.toByteArray();
        }
        DocumentContent c = reader.read(damaged);
        assertTrue(c.findings().stream().anyMatch(f -> f.rule().equals("pdf-page-unreadable")
                && f.message().startsWith("page 1 is damaged")), c.findings().toString());
        c.grids().stream().filter(g -> g.positions() == Positions.EXACT).flatMap(g -> g.rows().stream())
                .flatMap(java.util.List::stream).filter(g -> !g.spanned() && g.isBlank())
                .forEach(g -> assertEquals(CellNote.Kind.LOST, g.notes().get(0).kind()));
    }

    /** The value cell's PDF with annotations added over it by {@code annotate}. */
    private static byte[] annotated(Cell value, java.util.function.Consumer<PDPage> annotate) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(table(value));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            annotate.accept(doc.getPage(0));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static org.apache.pdfbox.pdmodel.common.PDRectangle overValue(PDPage page, float width) {
        float top = page.getMediaBox().getHeight() - 100;
        return new org.apache.pdfbox.pdmodel.common.PDRectangle(154, top - 38, width, 14);
    }

    @Test
    void aCellUnderAnEditorsWhiteBoxAndTypedTextIsNotBelieved() throws IOException {
        byte[] pdf = annotated((cs, x, y) -> text(cs, x, y, 10, "1007"), page -> {
            var box = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            box.setRectangle(overValue(page, 30));
            box.setInteriorColor(new org.apache.pdfbox.pdmodel.graphics.color.PDColor(new float[] {1, 1, 1},
                    org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB.INSTANCE));
            var typed = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText();
            typed.setRectangle(overValue(page, 30));
            typed.setContents("1004");
            try {
                page.getAnnotations().add(box);
                page.getAnnotations().add(typed);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        GridCell c = valueCell(pdf);
        assertEquals(CellNote.Kind.COVERED, c.notes().get(0).kind());
        assertTrue(c.notes().get(0).how().contains("Square"), c.notes().toString());
    }

    @Test
    void glyphsUnderAStrikeOutAnnotationAreStruck() throws IOException {
        byte[] pdf = annotated((cs, x, y) -> {
            text(cs, x, y, 10, "1007");
            text(cs, x + 30, y, 10, "1004");
        }, page -> {
            var strike = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout();
            strike.setRectangle(overValue(page, 23));
            try {
                page.getAnnotations().add(strike);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        GridCell c = valueCell(pdf);
        assertEquals("1004", c.text());
        assertEquals(CellNote.struck("1007", "struck through"), c.notes().get(0));
    }

    @Test
    void theNotesOfEveryCommentAndTheBookmarksAreReadAfterThePage() throws IOException {
        // red team 18a: a correction left as the note of a rectangle round the figure, of a caret, or as a bookmark
        String note = "更正：规章本年新公开数量误为922件，应为929件";
        byte[] pdf = annotated((cs, x, y) -> text(cs, x, y, 10, "922"), page -> {
            var ring = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            ring.setRectangle(overValue(page, 20));
            ring.setContents(note);
            var caret = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationCaret();
            caret.setRectangle(overValue(page, 4));
            caret.setContents("929");
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(overValue(page, 20));
            link.setContents("规章 922");
            try {
                page.getAnnotations().addAll(List.of(ring, caret, link));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var outline = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline();
            var mark = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem();
            mark.setTitle("勘误：表二规章本年新公开数量应为929件");
            outline.addLast(mark);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        List<String> text = reader.read(pdf).text().stream().map(org.nianbao.reconstruct.TextLine::text).toList();
        assertEquals(List.of(note, "929", "勘误：表二规章本年新公开数量应为929件"), text.subList(text.size() - 3, text.size()));
        assertTrue(text.stream().noneMatch(t -> t.equals("规章 922")), "a link's text is no note: " + text);
    }

    @Test
    void theValueOfEveryTextFieldIsReadAsANoteWhereTheViewerDrawsIt() throws IOException {
        // red team 19: a single-line 备注 field, and one whose type and flags sit on a grandparent, with no appearance (the
        // viewer draws /V); a password field shows dots, not its value
        byte[] pdf = annotated((cs, x, y) -> text(cs, x, y, 10, "922"), page -> {
            var single = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget();
            single.setRectangle(overValue(page, 200));
            single.getCOSObject().setItem(COSName.FT, COSName.TX);
            single.getCOSObject().setString(COSName.V, "更正：规章本年新公开数量误为922件，应为929件");
            var grandparent = new org.apache.pdfbox.cos.COSDictionary();
            grandparent.setItem(COSName.FT, COSName.TX);
            grandparent.setInt(COSName.FF, 1 << 12);
            var parent = new org.apache.pdfbox.cos.COSDictionary();
            parent.setItem(COSName.PARENT, grandparent);
            parent.setString(COSName.V, "勘误：表二规章本年新公开数量应为929件");
            var inherited = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget();
            inherited.setRectangle(overValue(page, 200));
            inherited.getCOSObject().setItem(COSName.PARENT, parent);
            var password = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget();
            password.setRectangle(overValue(page, 200));
            password.getCOSObject().setItem(COSName.FT, COSName.TX);
            password.getCOSObject().setInt(COSName.FF, 1 << 13);
            password.getCOSObject().setString(COSName.V, "规章 921");
            try {
                page.getAnnotations().addAll(List.of(single, inherited, password));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> text = reader.read(pdf).text().stream().map(org.nianbao.reconstruct.TextLine::text).toList();
        assertEquals(List.of("更正：规章本年新公开数量误为922件，应为929件", "勘误：表二规章本年新公开数量应为929件"),
                text.subList(text.size() - 2, text.size()));
        assertTrue(text.stream().noneMatch(t -> t.contains("921")), "a password field's value is not shown: " + text);
    }

    /** Helvetica's advance of "272" at 10 pt: the clip rectangles below end right after it. */
    private static final float WIDTH_272 = 3 * 5.56f;

    @Test
    void leavesOutGlyphsOutsideTheClippingPath() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            cs.saveGraphicsState();
            cs.addRect(x - 2, y - 4, 30, 16);
            cs.clip();
            text(cs, x, y, 10, "68");
            text(cs, x + 50, y, 10, "725"); // inside the cell, outside the clip
            cs.restoreGraphicsState();
            text(cs, x + 80, y, 10, "."); // after Q the whole page shows again
        }));
        assertEquals("68 .", c.text().replaceAll("\\s+", " "));
        assertEquals(CellNote.hidden("725", "outside its clipping path"), c.notes().get(0));
    }

    @Test
    void aNumberCutOffByItsClipIsNotBelieved() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            cs.saveGraphicsState();
            cs.addRect(x - 2, y - 4, WIDTH_272 + 2, 16);
            cs.clip();
            text(cs, x, y, 10, "27269");
            cs.restoreGraphicsState();
        }));
        assertEquals("272", c.text());
        assertTrue(c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.CUT && n.text().equals("69")),
                c.notes().toString());
    }

    @Test
    void leavesOutGlyphsOutsideAFormXObjectsBoundingBox() throws IOException {
        GridCell c = valueCell(table((doc, cs, x, y) -> {
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            form.setBBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(x - 2, y - 4, 30, 16));
            try (var fcs = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                fcs.beginText();
                fcs.setFont(HELVETICA, 10);
                fcs.newLineAtOffset(x, y);
                fcs.showText("68");
                fcs.newLineAtOffset(50, 0);
                fcs.showText("725");
                fcs.endText();
            }
            cs.drawForm(form);
        }));
        assertEquals("68", c.text());
        assertEquals(CellNote.hidden("725", "outside its clipping path"), c.notes().get(0));
    }

    @Test
    void anEvenOddClipWithAHoleHidesWhatIsInTheHole() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            cs.saveGraphicsState();
            cs.addRect(x - 2, y - 4, 90, 16);
            cs.addRect(x + 40, y - 4, 40, 16); // the hole
            cs.clipEvenOdd();
            text(cs, x, y, 10, "68");
            text(cs, x + 50, y, 10, "725");
            cs.restoreGraphicsState();
        }));
        assertEquals("68", c.text());
        assertEquals(CellNote.hidden("725", "outside its clipping path"), c.notes().get(0));
    }

    @Test
    void leavesOutGlyphsInRenderingMode7WhichOnlyClip() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            text(cs, x, y, 10, "68");
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER_CLIP);
            cs.setFont(HELVETICA, 10);
            cs.newLineAtOffset(x + 12, y);
            cs.showText("725");
            cs.endText();
        }));
        assertEquals("68", c.text());
        assertEquals(CellNote.hidden("725", "invisible text (rendering mode 7)"), c.notes().get(0));
    }

    @Test
    void hiddenDigitsClippedAwayOnTopOfTheValueAreNotACut() throws IOException {
        GridCell c = valueCell(table((cs, x, y) -> {
            cs.saveGraphicsState();
            cs.addRect(x - 2, y - 4, 0.5f, 16); // a zero-width box: what it holds overflows onto the value, clipped
            cs.clip();
            text(cs, x, y, 10, "1007");
            cs.restoreGraphicsState();
            text(cs, x, y, 10, "1004");
        }));
        assertEquals("1004", c.text());
        assertEquals(java.util.List.of(CellNote.hidden("1007", "outside its clipping path")), c.notes());
    }
}
