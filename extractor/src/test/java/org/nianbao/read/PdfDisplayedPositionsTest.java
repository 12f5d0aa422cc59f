package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * A cell's location on a turned PDF page is given on the page as displayed (its crop box turned by
 * {@code /Rotate}, as PDFBox and {@code pdftoppm} render it), not in the frame its text is read in: the
 * auditor's box drawn over the rendered page lies over the figure.
 */
class PdfDisplayedPositionsTest {

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

    /** The table drawn turned by {@code degrees} counter-clockwise on its page, the page's box swapped for a quarter turn. */
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
    void aCellOnAPageTurnedByItsRotateEntryIsBoxedWhereTheRenderedPageShowsItsFigure() throws IOException {
        for (int degrees : new int[] {0, 90, 180, 270}) {
            assertBoxOverFigure(rotated(degrees), "/Rotate " + degrees);
        }
    }

    @Test
    void aCellOnAPageDrawnTurnedIsBoxedWhereTheRenderedPageShowsItsFigure() throws IOException {
        for (int degrees : new int[] {90, 180, 270}) {
            assertBoxOverFigure(drawnTurned(degrees), "drawn turned " + degrees);
        }
    }

    @Test
    void aCellOnAPageDrawnTurnedAndTurnedBackByItsRotateEntryIsBoxedWhereItShows() throws IOException {
        try (PDDocument doc = Loader.loadPDF(drawnTurned(90)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getPage(0).setRotation(270);
            doc.save(out);
            assertBoxOverFigure(out.toByteArray(), "drawn turned 90 under /Rotate 270");
        }
    }

    /**
     * The value cell's box, as given out, holds ink inside its borders on the page rendered at four pixels a
     * point: the figure 1007 is drawn there (the box in the reading frame, on a turned page, falls on the
     * empty page or on a border).
     */
    private void assertBoxOverFigure(byte[] pdf, String what) throws IOException {
        DocumentContent content = reader.read(pdf);
        CellGrid grid = content.grids().stream().filter(g -> g.positions() == Positions.EXACT).findFirst().orElseThrow();
        GridCell cell = grid.rows().get(1).get(1);
        assertEquals("1007", cell.text().strip(), what);
        Location.PageBox box = (Location.PageBox) content.places().shown(cell.where());
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImage(0, SCALE, ImageType.GRAY);
        }
        assertTrue(box.x1() * SCALE <= page.getWidth() + SCALE && box.y1() * SCALE <= page.getHeight() + SCALE,
                what + ": the box " + box + " lies off the rendered page " + page.getWidth() + "×" + page.getHeight());
        int ink = ink(page, box.x0() + 2, box.y0() + 2, box.x1() - 2, box.y1() - 2);
        assertTrue(ink >= 100, what + ": the box " + box + " holds " + ink + " dark pixels on the rendered page");
    }

    /** Pixels a point on the rendered page. */
    private static final float SCALE = 4f;

    /** Dark pixels inside the box, given in points. */
    private static int ink(BufferedImage image, float x0, float y0, float x1, float y1) {
        int n = 0;
        for (int y = Math.max(0, (int) Math.ceil(y0 * SCALE)); y < Math.min(image.getHeight(), (int) (y1 * SCALE)); y++) {
            for (int x = Math.max(0, (int) Math.ceil(x0 * SCALE)); x < Math.min(image.getWidth(), (int) (x1 * SCALE)); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    n++;
                }
            }
        }
        return n;
    }
}
