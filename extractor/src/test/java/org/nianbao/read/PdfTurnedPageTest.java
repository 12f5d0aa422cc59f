package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.GridCell;

/**
 * A page is read the way its text stands upright: turned by {@code /Rotate} (the display only) or
 * drawn turned (a page printed upside down, a landscape page drawn sideways), its ruled table is
 * the same table.
 */
class PdfTurnedPageTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    private static byte[] table() throws IOException {
        return RuledTablePdf.write(doc -> { }, (doc, cs, x, y) -> RuledTablePdf.text(cs, x, y, "1007"));
    }

    /** The table with its page's /Rotate set to {@code degrees} (what {@code qpdf --rotate} does). */
    private static byte[] rotated(int degrees) throws IOException {
        try (PDDocument doc = Loader.loadPDF(table()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getPage(0).setRotation(degrees);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The table drawn turned by {@code degrees} counter-clockwise on its page, the page's box swapped for a
     * quarter turn: its glyphs are written at that angle in the page's own space.
     */
    private static byte[] drawnTurned(int degrees) throws IOException {
        try (PDDocument doc = Loader.loadPDF(table()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            Matrix turn = switch (degrees) {
                case 90 -> new Matrix(0, 1, -1, 0, h, 0);
                case 180 -> new Matrix(-1, 0, 0, -1, w, h);
                case 270 -> new Matrix(0, -1, 1, 0, 0, w);
                default -> throw new IllegalArgumentException();
            };
            if (degrees != 180) {
                page.setMediaBox(new PDRectangle(h, w));
            }
            try (PDPageContentStream before = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.PREPEND, false)) {
                before.saveGraphicsState();
                before.transform(turn);
            }
            try (PDPageContentStream after = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                after.restoreGraphicsState();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsAPageTurnedByItsRotateEntryAsItsTextStands() throws IOException {
        for (int degrees : new int[] {90, 180, 270}) {
            GridCell c = RuledTablePdf.valueCell(reader, rotated(degrees));
            assertEquals("1007", c.text().strip(), "/Rotate " + degrees);
            assertTrue(c.notes().isEmpty(), c.notes().toString());
        }
    }

    @Test
    void readsAPageDrawnTurnedAsItsTextStandsAndStrikesNoGlyphWithTheBordersBesideIt() throws IOException {
        for (int degrees : new int[] {90, 180, 270}) {
            GridCell c = RuledTablePdf.valueCell(reader, drawnTurned(degrees));
            assertEquals("1007", c.text().strip(), "drawn turned " + degrees);
            assertTrue(c.notes().isEmpty(), "drawn turned " + degrees + ": " + c.notes());
        }
    }
}
