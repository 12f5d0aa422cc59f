package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A page's ruling lines and image coverage come out of the same pass as its glyphs
 * ({@link RulingOperators}); they must be what PDFBox's own graphics engine, run as a second pass
 * over the page (as the reader did before), gives: the same rulings in the same order, the same
 * coverage, and the same pages failing with the same error. Checked on every page of the committed
 * PDFs and on pages written operator by operator to reach the corners: curves, closed paths, bad
 * operands, transforms, nested forms, image XObjects, inline images, and an inline image PDFBox
 * cannot decode, on the page (the page fails) and inside a form (PDFBox goes on after the form).
 */
class OnePassRulingsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));
    private static final Path CORPUS = Path.of("../corpus");

    /** The reader's lines before: PDFBox's graphics engine as a second pass over the page. */
    private static final class TwoPassLines extends PDFGraphicsStreamEngine {
        private final RulingCollector lines;

        TwoPassLines(PDPage page) {
            super(page);
            lines = new RulingCollector(page.getCropBox());
        }

        @Override
        protected void showText(byte[] string) {
            // text is not drawn, Type 3 glyph outlines are no lines
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            lines.appendRectangle(p0, p1, p2, p3);
        }

        @Override
        public void drawImage(PDImage pdImage) {
            lines.drawImage(getGraphicsState().getCurrentTransformationMatrix());
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
            lines.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            lines.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lines.curveTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return lines.currentPoint();
        }

        @Override
        public void closePath() {
            lines.closePath();
        }

        @Override
        public void endPath() {
            lines.endPath();
        }

        @Override
        public void strokePath() {
            lines.strokePath();
        }

        @Override
        public void fillPath(int windingRule) {
            lines.fillPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            lines.fillAndStrokePath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    /** What one way of reading a page gave: its lines and coverage, or the error it failed with. */
    private record Outcome(List<Ruling> rulings, double coverage, String error) {
    }

    private static Outcome twoPass(PDDocument doc, int pageNo) {
        PDPage page = doc.getPage(pageNo - 1);
        try {
            new GlyphCollector().collect(doc, pageNo); // the text pass came first and could fail first
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), 0, e.toString());
        }
        TwoPassLines engine = new TwoPassLines(page);
        try {
            engine.processPage(page);
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), 0, e.toString());
        }
        return new Outcome(engine.lines.rulings(), engine.lines.imageCoverage(), "");
    }

    private static Outcome onePass(PDDocument doc, int pageNo) {
        try {
            GlyphCollector.PageGlyphs g = new GlyphCollector().collect(doc, pageNo);
            return new Outcome(g.rulings(), g.imageCoverage(), "");
        } catch (IOException | RuntimeException e) {
            return new Outcome(List.of(), 0, e.toString());
        }
    }

    /** Compares every page; returns the outcomes for the caller to check they exercised something. */
    private static List<Outcome> compare(PDDocument doc, String name, List<String> mismatches) {
        List<Outcome> seen = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            Outcome before = twoPass(doc, p);
            Outcome now = onePass(doc, p);
            if (!before.equals(now)) {
                mismatches.add(name + " page " + p + ": two passes " + before + ", one pass " + now);
            }
            seen.add(now);
        }
        return seen;
    }

    @Test
    void everyPageOfTheCommittedPdfsHasTheSameLinesAsASecondPassGave() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> a = Files.walk(FIXTURES); Stream<Path> b = Files.walk(CORPUS)) {
            pdfs = Stream.concat(a, b).filter(p -> p.toString().endsWith(".pdf") && !p.toString().contains("/target/"))
                    .sorted().toList();
        }
        List<String> mismatches = new ArrayList<>();
        int pages = 0;
        int ruled = 0;
        int imaged = 0;
        for (Path pdf : pdfs) {
            PDDocument doc;
            try {
                doc = Loader.loadPDF(pdf.toFile());
            } catch (IOException e) {
                continue; // damaged or locked: no page to compare
            }
            try (doc) {
                for (Outcome o : compare(doc, pdf.toString(), mismatches)) {
                    pages++;
                    ruled += o.rulings().isEmpty() ? 0 : 1;
                    imaged += o.coverage() > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(pdfs.size() >= 20 && pages >= 40 && ruled >= 20 && imaged >= 5,
                pdfs.size() + " PDFs, " + pages + " pages, " + ruled + " with lines, " + imaged + " with images");
        assertEquals(List.of(), mismatches);
    }

    @Test
    void pagesWrittenOperatorByOperatorHaveTheSameLinesAsASecondPassGave() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            BufferedImage pixels = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
            COSName image = resources.add(LosslessFactory.createFromImage(doc, pixels));
            PDResources outerResources = new PDResources();
            COSName inner = outerResources.add(form(doc, new PDResources(), "0 0 m 30 0 l S 5 5 20 1 re f"));
            COSName outer = resources.add(form(doc, outerResources, "q 2 0 0 2 10 10 cm /" + inner.getName() + " Do Q 0 40 m 50 40 l S"));
            COSName broken = resources.add(form(doc, new PDResources(),
                    "0 0 m 10 0 l S BI /W 1 /H 1 /BPC 8 /CS /G /F /NoSuchFilter ID \u0000 EI 0 5 m 10 5 l S"));
            String text = "BT /" + font.getName() + " 10 Tf 100 700 Td (Lawsuit 12) Tj ET\n";
            String[] pages = {
                // straight lines, rectangles stroked and thin ones filled, a wide box filled
                text + "50 600 m 300 600 l 300 500 l S 50 500 250 100 re S 50 450 250 0.5 re f 60 300 2 100 re f"
                        + " 100 100 80 80 re f 1 0 0 RG 50 80 m 300 80 l s",
                // curves, closing paths, fill-and-stroke, clips, shading names, paths thrown away
                text + "50 600 m 100 650 150 650 200 600 c 300 600 l S 50 500 m 60 500 70 510 v 80 520 90 520 y h S"
                        + " 50 400 m 300 400 l 300 300 l b 50 250 m 300 250 l B* 40 40 500 500 re W n 50 200 m 300 200 l S"
                        + " /Sh0 sh 50 150 m 300 150 l 300 140 l f*",
                // operators with missing or wrong operands do nothing; transforms and saved states
                text + "/X 3 m 50 600 l S 1 2 3 re S (a) 2 l 1 2 3 4 5 c 1 2 3 v S"
                        + " q 0.5 0 0 0.5 100 100 cm 0 0 m 400 0 l S 0 0 400 2 re f Q 50 50 m 300 50 l S",
                // forms (nested, with a matrix), an image XObject, a valid inline image
                text + "/" + outer.getName() + " Do q 200 0 0 100 50 300 cm /" + image.getName() + " Do Q"
                        + " q 30 0 0 30 300 300 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \u0080 EI Q 20 20 m 400 20 l S",
                // an inline image PDFBox cannot decode inside a form: the form's lines after it are lost, the page's are not
                text + "50 600 m 300 600 l S q 1 0 0 1 100 100 cm /" + broken.getName() + " Do Q 50 50 m 300 50 l S",
                // the same on the page itself: the page fails, as the second pass did
                text + "50 600 m 300 600 l S BI /W 1 /H 1 /BPC 8 /CS /G /F /NoSuchFilter ID \u0000 EI 50 50 m 300 50 l S",
                // a crop box that does not start at 0, 0
                text + "50 600 m 300 600 l 300 500 l S 60 300 2 100 re f",
            };
            for (String content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(resources);
                page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
                doc.addPage(page);
            }
            doc.getPage(pages.length - 1).setCropBox(new PDRectangle(30, 40, 400, 700));
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            doc.save(saved);
            try (PDDocument reread = Loader.loadPDF(saved.toByteArray())) {
                List<String> mismatches = new ArrayList<>();
                List<Outcome> seen = compare(reread, "written", mismatches);
                assertEquals(List.of(), mismatches);
                assertFalse(seen.get(0).rulings().isEmpty());
                assertEquals((200.0 * 100 + 30 * 30) / ((double) PDRectangle.A4.getWidth() * PDRectangle.A4.getHeight()),
                        seen.get(3).coverage(), 1e-6, "the image XObject and the inline image");
                assertTrue(seen.get(3).rulings().size() >= 3, "the forms' lines are read");
                assertEquals("", seen.get(4).error());
                assertEquals(3, seen.get(4).rulings().size(), "the page's two lines and the form's line before the bad image");
                assertTrue(seen.get(5).error().contains("NoSuchFilter"), seen.get(5).error());
            }
        }
    }

    private static PDFormXObject form(PDDocument doc, PDResources resources, String content) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(-1000, -1000, 3000, 3000));
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return form;
    }
}
