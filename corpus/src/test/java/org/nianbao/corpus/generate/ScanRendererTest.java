package org.nianbao.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ScanRendererTest {

    private static byte[] textPdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("1441 requests");
                    cs.endText();
                    cs.addRect(72, 600, 300, 40);
                    cs.stroke();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void makesAnImageOnlyPdfOfTheSamePagesReproducibly() throws IOException {
        byte[] scan = new ScanRenderer().render(textPdf(), 150, true, new Random(7));
        try (PDDocument doc = Loader.loadPDF(scan)) {
            assertEquals(2, doc.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(1).getMediaBox().getWidth(), 0.01);
            assertTrue(new PDFTextStripper().getText(doc).isBlank(), "a scan has no text layer");
            assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "each page is an image");
        }
        byte[] again = new ScanRenderer().render(textPdf(), 150, true, new Random(7));
        assertArrayEquals(firstImage(scan), firstImage(again), "the same random stream gives the same scan");
    }

    private static byte[] firstImage(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            var image = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) resources.getXObject(
                    resources.getXObjectNames().iterator().next());
            return image.getStream().toByteArray();
        }
    }
}
