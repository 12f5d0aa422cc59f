package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A table printed by Chromium from {@code <table border="1" cellspacing="0">} (borders not collapsed): each
 * cell paints its own four sides, the top and bottom as thin rectangles and the left and right as thin
 * quadrilaterals whose ends are cut on the slant where they meet the others (the inset border's bevel).
 */
class PdfSeparateBordersTest {

    private static final float LINE = 0.75f;

    @Test
    void readsATableWhoseCellSidesAreFilledBevelledQuadrilateralsAsRuled() throws IOException {
        DocumentContent content = new PdfFormatReader(new ValueParser()::isValue, 10).read(separateBorders());
        List<CellGrid> ruled = content.grids().stream().filter(g -> g.positions() == Positions.EXACT).toList();
        assertEquals(1, ruled.size());
        assertEquals(List.of(List.of("Review", "upheld", "total"), List.of("Lawsuit", "12", "345")),
                ruled.get(0).rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList());
    }

    private static byte[] separateBorders() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            float top = page.getMediaBox().getHeight() - 100;
            String[][] cells = {{"Review", "upheld", "total"}, {"Lawsuit", "12", "345"}};
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 3; c++) {
                        cell(cs, 50 + 100 * c, top - 20 * r, 100, 20);
                        cs.beginText();
                        cs.setFont(RuledTablePdf.HELVETICA, 10);
                        cs.newLineAtOffset(55 + 100 * c, top - 15 - 20 * r);
                        cs.showText(cells[r][c]);
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One cell's own border, its top-left corner at (x, y) in PDF space, as Chromium fills it. */
    private static void cell(PDPageContentStream cs, float x, float y, float w, float h) throws IOException {
        cs.addRect(x, y - LINE, w, LINE); // top
        cs.fill();
        cs.addRect(x, y - h, w, LINE); // bottom
        cs.fill();
        side(cs, x, y, h, LINE); // left: its inner edge shorter by the bevel at each end
        side(cs, x + w, y, h, -LINE); // right
    }

    private static void side(PDPageContentStream cs, float x, float y, float h, float inward) throws IOException {
        cs.moveTo(x, y);
        cs.lineTo(x, y - h);
        cs.lineTo(x + inward, y - h + LINE);
        cs.lineTo(x + inward, y - LINE);
        cs.fill();
    }
}
