package org.nianbao.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Catalog;

class PdfRendererTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static Layout.Document layout(long seed) {
        Random rng = new Random(seed);
        TrueReport report = new ReportSampler(Catalog.standard()).sample(TemplateVariant.Y2021, rng);
        return new ReportLayouter().layout(report, rng, true);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages() + " pages\n" + new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aRendererKeepsItsFontAcrossDocumentsAndWritesEachAsAFreshOneWould() throws IOException {
        assumeTrue(Files.exists(FONT), "the CJK font " + FONT + " is not installed: skipped");
        Layout.Document first = layout(1);
        Layout.Document second = layout(2);
        String alone;
        try (PdfRenderer fresh = new PdfRenderer(FONT)) {
            alone = text(fresh.render(second));
        }
        try (PdfRenderer reused = new PdfRenderer(FONT)) {
            String one = text(reused.render(first));
            String two = text(reused.render(second));
            assertTrue(one.contains(first.title()), one);
            assertTrue(two.contains(second.title()), two);
            assertEquals(alone, two, "the second document of a renderer is the one a fresh renderer writes");
        }
    }
}
