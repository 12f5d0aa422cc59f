package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.read.RuledTablePdf.kinds;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Finding;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * What shows and was taken for hidden (red team 7's noise): outline text, whose stroke shows
 * whatever its fill, and a see-through watermark annotation over the table, whose text is not a
 * number: the values under both are read. A watermark that could be taken for digits, or that is
 * opaque, still makes the cells it covers unreadable.
 */
class PdfOutlineAndWatermarkTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private GridCell cell(byte[] pdf) {
        return RuledTablePdf.valueCell(reader, pdf);
    }

    private static byte[] outlined(RenderingMode mode, float fillGray, float strokeGray) throws IOException {
        return PdfVisibleTextTest.table((doc, cs, x, y) -> {
            cs.beginText();
            cs.setFont(RuledTablePdf.HELVETICA, 10);
            cs.setRenderingMode(mode);
            cs.setNonStrokingColor(fillGray);
            cs.setStrokingColor(strokeGray);
            cs.newLineAtOffset(x, y);
            cs.showText("1004");
            cs.endText();
        });
    }

    @Test
    void outlineTextWithAWhiteFillIsRead() throws IOException {
        GridCell c = cell(outlined(RenderingMode.FILL_STROKE, 1f, 0f));
        assertEquals("1004", c.text().strip());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void strokedTextIsReadWhateverItsFillColour() throws IOException {
        GridCell c = cell(outlined(RenderingMode.STROKE, 1f, 0f));
        assertEquals("1004", c.text().strip());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void outlineTextWhiteInsideAndOutIsHidden() throws IOException {
        GridCell c = cell(outlined(RenderingMode.FILL_STROKE, 1f, 1f));
        assertEquals("", c.text().strip());
        assertEquals(List.of(CellNote.Kind.HIDDEN), kinds(c));
    }

    /** The ruled table with a page-wide Watermark annotation drawing {@code mark} at opacity {@code alpha}. */
    /** {@code 277} then a {@code 1} in a black ring (a disc with a hole, filled as one path), as Chromium prints a CSS circle. */
    private static byte[] ringed(boolean evenOdd) throws IOException {
        return PdfVisibleTextTest.table((doc, cs, x, y) -> {
            cs.beginText();
            cs.setFont(RuledTablePdf.HELVETICA, 10);
            cs.newLineAtOffset(x, y);
            cs.showText("277");
            cs.endText();
            float cx = x + 3 * 5.56f + 2.8f;
            float cy = y + 3.5f;
            cs.setNonStrokingColor(0f);
            circle(cs, cx, cy, 7f, false);
            circle(cs, cx, cy, 6f, !evenOdd); // the hole: wound the other way for the nonzero rule
            if (evenOdd) {
                cs.fillEvenOdd();
            } else {
                cs.fill();
            }
            cs.beginText();
            cs.setFont(RuledTablePdf.HELVETICA, 10);
            cs.newLineAtOffset(x + 3 * 5.56f, y);
            cs.showText("1");
            cs.endText();
        });
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r, boolean reverse) throws IOException {
        float k = 0.5523f * r * (reverse ? -1 : 1);
        float s = reverse ? -1 : 1;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + s * k, cy + s * r, cx, cy + s * r);
        cs.curveTo(cx - s * k, cy + s * r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - s * k, cy - s * r, cx, cy - s * r);
        cs.curveTo(cx + s * k, cy - s * r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    @Test
    void aDigitInTheHoleOfABlackRingIsReadWithTheNumber() throws IOException {
        // red team 9's chromium-circled-digit-2019.pdf: the ring's box was taken for a black fill behind the 1
        for (boolean evenOdd : new boolean[] {true, false}) {
            GridCell c = cell(ringed(evenOdd));
            assertEquals("2771", c.text().strip(), evenOdd ? "even-odd" : "nonzero");
            assertEquals(List.of(), c.notes());
        }
    }

    private static byte[] watermarked(String mark, float alpha) throws IOException {
        byte[] plain = PdfVisibleTextTest.table((doc, cs, x, y) -> PdfVisibleTextTest.text(cs, x, y, 10, "1004"));
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain);
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            PDRectangle box = page.getMediaBox();
            PDAppearanceStream ap = new PDAppearanceStream(doc);
            ap.setBBox(new PDRectangle(box.getWidth(), box.getHeight()));
            ap.setResources(new PDResources());
            try (PDAppearanceContentStream cs = new PDAppearanceContentStream(ap)) {
                cs.setNonStrokingColor(0.6f);
                cs.beginText();
                cs.setFont(RuledTablePdf.HELVETICA, 60);
                cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 6, 60, box.getHeight() - 200));
                cs.showText(mark);
                cs.endText();
            }
            COSDictionary d = new COSDictionary();
            d.setItem(COSName.TYPE, COSName.ANNOT);
            d.setName(COSName.SUBTYPE, "Watermark");
            d.setFloat(COSName.CA, alpha);
            PDAnnotation a = PDAnnotation.createAnnotation(d);
            a.setRectangle(new PDRectangle(box.getWidth(), box.getHeight()));
            a.setPrinted(true);
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(ap);
            a.setAppearance(appearance);
            page.getAnnotations().add(a);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aSeeThroughWatermarkOfWordsLeavesTheValuesUnderItRead() throws IOException {
        byte[] pdf = watermarked("DRAFT", 0.3f);
        GridCell c = cell(pdf);
        assertEquals("1004", c.text().strip());
        assertEquals(List.of(), c.notes());
        List<Finding> findings = reader.read(pdf).findings();
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("annotation-unread") && f.message().contains("DRAFT")),
                findings.toString());
    }

    @Test
    void aWatermarkOfDigitsOrAnOpaqueOneStillCoversTheCells() throws IOException {
        for (byte[] pdf : List.of(watermarked("2021", 0.3f), watermarked("DRAFT", 1f))) {
            assertTrue(kinds(cell(pdf)).contains(CellNote.Kind.COVERED), cell(pdf).notes().toString());
        }
    }

    /** Draws {@code s} turned by 30°, large and faint, starting at (x, y). */
    private static void diagonal(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(RuledTablePdf.HELVETICA, 14);
        cs.setNonStrokingColor(0.8f);
        cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 6, x, y));
        cs.showText(s);
        cs.endText();
        cs.setNonStrokingColor(0f);
    }

    @Test
    void diagonalWatermarkLettersAcrossACellAreNotReadIntoIt() throws IOException {
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            PdfVisibleTextTest.text(cs, x, y, 10, "48");
            diagonal(cs, x + 20, y - 2, "DRAFT");
        }));
        assertEquals("48", c.text().strip());
        assertTrue(c.notes().stream().noneMatch(n -> n.kind() == CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void aDiagonalWatermarkDigitInACellPutsTheCellInDoubt() throws IOException {
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            PdfVisibleTextTest.text(cs, x, y, 10, "48");
            diagonal(cs, x + 20, y - 2, "2");
        }));
        assertEquals("48", c.text().strip());
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    /** The cell's {@code 0} in black and a watermark's {@code 20} beside it, opaque, in the grey {@code gray}. */
    private static byte[] zeroUnderAGreyTwenty(float gray) throws IOException {
        return PdfVisibleTextTest.table((doc, cs, x, y) -> {
            PdfVisibleTextTest.text(cs, x, y, 10, "0");
            cs.setNonStrokingColor(gray);
            PdfVisibleTextTest.text(cs, x + 7, y, 12, "20");
            cs.setNonStrokingColor(0f);
        });
    }

    @Test
    void anOpaquePaleGreyDigitBesideAFigurePutsTheCellInDoubt() throws IOException {
        // #cccccc, as a document system's tiled watermark (red team rtd: 0 read 020, 200): 51 of 255 from the page
        GridCell c = cell(zeroUnderAGreyTwenty(0.8f));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void greyFiguresThatStandOutFromThePageAreNotDoubted() throws IOException {
        // #999999 (102 of 255 from the page) is a grey a table is printed in, read plainly
        GridCell c = cell(zeroUnderAGreyTwenty(0.6f));
        assertEquals("020", c.text().replace(" ", ""));
        assertTrue(kinds(c).stream().noneMatch(k -> k == CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void aPaleRunStartingInTheCellBeforeDoubtsTheValueCellItRunsInto() throws IOException {
        // a tiled watermark's 2020 starts over the label cell and runs on over the value cell: its first glyph's
        // cell alone was doubted, and the value cell read 020 beside its 48 with no doubt
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            PdfVisibleTextTest.text(cs, x + 30, y, 10, "48");
            cs.setNonStrokingColor(0.8f);
            PdfVisibleTextTest.text(cs, x - 15, y, 12, "2020");
            cs.setNonStrokingColor(0f);
        }));
        assertTrue(c.text().contains("48"), c.text());
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }
    /**
     * A tiled watermark's line of words and year, {@code GOV 2020}, in a grey that stands out ({@code #999}), drawn from
     * the label cell on over the value cell through the border between them (red team rtf: {@code 政务公开 2020} over
     * Chromium prints, a 0 read 20200 and 2020 with no finding).
     */
    @Test
    void digitsOfALineOfWordsLaidThroughACellBorderPutTheCellInDoubt() throws IOException {
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            PdfVisibleTextTest.text(cs, x + 28, y, 10, "0"); // right after the watermark's 2020, as Chromium printed it
            cs.setNonStrokingColor(0.6f);
            PdfVisibleTextTest.text(cs, x - 30, y, 12, "GOV 2020"); // the border at x - 5 runs through its V
            cs.setNonStrokingColor(0f);
        }));
        assertEquals("0", c.text().strip());
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void theSameLineOfWordsStoppingShortOfTheBorderLeavesTheCellAlone() throws IOException {
        // the same run wholly in the value cell is the cell's own text (a note beside its figure): no watermark's
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            cs.setNonStrokingColor(0.6f);
            PdfVisibleTextTest.text(cs, x, y, 12, "GOV 2020");
            cs.setNonStrokingColor(0f);
        }));
        assertTrue(kinds(c).stream().noneMatch(k -> k == CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void aLabelEndingAtTheBorderBesideAFigureDrawnRightAfterItDoesNotDoubtTheFigure() throws IOException {
        // cellpadding=0: the label's last letter ends 0.4 pt before the border and the figure starts 0.4 pt after it,
        // drawn one after the other on one baseline: one run of letters and digits, but the border stands in a gap
        // no word has
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            float w = RuledTablePdf.HELVETICA.getStringWidth("Held") / 1000 * 10;
            PdfVisibleTextTest.text(cs, x - 5.4f - w, y, 10, "Held");
            PdfVisibleTextTest.text(cs, x - 4.6f, y, 10, "48");
        }));
        assertEquals("48", c.text().strip());
        assertTrue(kinds(c).stream().noneMatch(k -> k == CellNote.Kind.DOUBTFUL), c.notes().toString());
    }
    @Test
    void aDateStampOfDigitsLaidThroughACellBorderPutsTheCellInDoubt() throws IOException {
        // 2020-03-31 tiled in #999 (red team rtf): the border at x - 5 runs through its second 2, its 31 ends at the 0
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> {
            PdfVisibleTextTest.text(cs, x + 42, y, 10, "0");
            cs.setNonStrokingColor(0.6f);
            PdfVisibleTextTest.text(cs, x - 20, y, 12, "2020-03-31");
            cs.setNonStrokingColor(0f);
        }));
        assertTrue(kinds(c).contains(CellNote.Kind.DOUBTFUL), c.notes().toString());
    }

    @Test
    void aNumberRunningOnOverItsColumnsBorderIsNotTakenForAWatermark() throws IOException {
        // a figure too wide for its column runs on over the table's right border: its digits are the value
        GridCell c = cell(PdfVisibleTextTest.table((doc, cs, x, y) -> PdfVisibleTextTest.text(cs, x + 60, y, 10,
                "1234567890")));
        assertTrue(c.text().contains("12345"), c.text());
        assertTrue(kinds(c).stream().noneMatch(k -> k == CellNote.Kind.DOUBTFUL), c.notes().toString());
    }
}
