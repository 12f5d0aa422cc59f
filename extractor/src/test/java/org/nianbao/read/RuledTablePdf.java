package org.nianbao.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A one-page PDF holding a ruled 2 × 2 table — labels {@code Review}, {@code upheld}, {@code Lawsuit}
 * — whose fourth cell, the value cell, a test draws: for tests of what the PDF reader makes of that cell.
 */
final class RuledTablePdf {

    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Draws the value cell, whose text starts at (x, baseline) in PDF space. */
    interface ValueCell {
        void draw(PDDocument doc, PDPageContentStream cs, float x, float baseline) throws IOException;
    }

    /** Sets up the document before its page is drawn (optional content, catalog entries). */
    interface SetUp {
        void apply(PDDocument doc) throws IOException;
    }

    private RuledTablePdf() {
    }

    static byte[] write(SetUp setUp, ValueCell value) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            setUp.apply(doc);
            float top = page.getMediaBox().getHeight() - 100;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (float y : new float[] {top, top - 20, top - 40}) {
                    cs.moveTo(50, y);
                    cs.lineTo(250, y);
                }
                for (float x : new float[] {50, 150, 250}) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - 40);
                }
                cs.stroke();
                text(cs, 55, top - 15, "Review");
                text(cs, 155, top - 15, "upheld");
                text(cs, 55, top - 35, "Lawsuit");
                value.draw(doc, cs, 155, top - 35);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        text(cs, x, y, 10, s);
    }

    static void text(PDPageContentStream cs, float x, float y, float size, String s) throws IOException {
        cs.beginText();
        cs.setFont(HELVETICA, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** The value cell as {@code reader} reads it. */
    static GridCell valueCell(PdfFormatReader reader, byte[] pdf) {
        return secondColumn(reader, pdf, 1);
    }

    /** The cell of the second column in {@code row} (0: the header's {@code upheld}, 1: the value cell). */
    static GridCell secondColumn(PdfFormatReader reader, byte[] pdf, int row) {
        CellGrid g = reader.read(pdf).grids().stream().filter(x -> x.positions() == Positions.EXACT).findFirst()
                .orElseThrow();
        return g.rows().get(row).get(1);
    }

    /** The kinds of the cell's notes, in order. */
    static List<CellNote.Kind> kinds(GridCell c) {
        return c.notes().stream().map(CellNote::kind).toList();
    }
}
