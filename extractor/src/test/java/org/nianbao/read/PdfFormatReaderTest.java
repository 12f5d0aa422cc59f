package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class PdfFormatReaderTest {

    private final PdfFormatReader reader = new PdfFormatReader(new ValueParser()::isValue, 10);

    /** A page with a title and a 2 × 3 ruled table drawn the way Word draws it: one stroke per border. */
    private static byte[] ruledTable(StandardProtectionPolicy protection) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            float top = page.getMediaBox().getHeight() - 100; // PDF y of the table's top border
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (float y : new float[] {top, top - 20, top - 40}) {
                    cs.moveTo(50, y);
                    cs.lineTo(350, y);
                }
                for (float x : new float[] {50, 150, 250, 350}) {
                    cs.moveTo(x, top);
                    cs.lineTo(x, top - 40);
                }
                cs.stroke();
                PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                text(cs, helvetica, 50, top + 30, "Annual report 2020");
                String[][] cells = {{"Review", "upheld", "total"}, {"Lawsuit", "12", "345"}};
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 3; c++) {
                        text(cs, helvetica, 55 + 100 * c, top - 15 - 20 * r, cells[r][c]);
                    }
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void readsARuledTableCellByCellWithItsPlaceOnThePage() throws IOException {
        DocumentContent content = reader.read(ruledTable(null));
        // the title above is loose text: a flattened grid of its own, then the ruled table
        assertEquals(List.of(Positions.FLATTENED, Positions.EXACT),
                content.grids().stream().map(g -> g.positions()).toList());
        List<GridCell> values = content.grids().get(1).rows().get(1);
        assertEquals(List.of("Lawsuit", "12", "345"), values.stream().map(GridCell::text).toList());
        // origin top-left, y down: the second row lies 120 to 140 points below the top of the page
        assertEquals(new Location.PageBox(1, 150, 120, 250, 140), values.get(1).where());
        assertEquals("Annual report 2020", content.text().get(0).text());
    }

    @Test
    void failsClearlyOnAFileProtectedByAPassword() throws IOException {
        DocumentContent content = reader.read(ruledTable(
                new StandardProtectionPolicy("owner", "secret", new AccessPermission())));
        assertTrue(content.failed());
        assertTrue(content.failure().contains("password"), content.failure());
    }

    @Test
    void opensAFileEncryptedWithoutAUserPassword() throws IOException {
        DocumentContent content = reader.read(ruledTable(
                new StandardProtectionPolicy("owner", "", new AccessPermission())));
        assertEquals("12", content.grids().get(1).rows().get(1).get(1).text());
        assertTrue(content.findings().stream().anyMatch(f -> f.rule().equals("pdf-encrypted")));
    }

    @Test
    void failsClearlyOnADamagedFile() {
        DocumentContent content = reader.read("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        assertTrue(content.failed());
        assertTrue(content.failure().startsWith("the PDF is damaged"), content.failure());
    }

    @Test
    void namesScannedPagesAsNeedingOcrInsteadOfReadingThem() throws IOException {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc,
                    new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(out);
            scan = out.toByteArray();
        }
        DocumentContent content = reader.read(scan);
        assertTrue(content.failed());
        assertEquals("needs-ocr", content.findings().get(0).rule());
        assertTrue(content.findings().get(0).message().startsWith("page 1 has only images"));
    }
}
