package org.nianbao.corpus.generate;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A text-layer PDF "printed and scanned": every page rendered to grey pixels and wrapped as an
 * image-only PDF of the same page size, as a scanner's PDF is. Degraded scans imitate a desk
 * scanner or a phone: the page turned by 0.5–1.2° either way, blurred (3×3 Gaussian), grey noise
 * (σ 10 levels), and JPEG at quality 0.5–0.7. The same random stream gives the same bytes.
 */
final class ScanRenderer {

    byte[] render(byte[] textPdf, int dpi, boolean degraded, Random rng) {
        try (PDDocument source = Loader.loadPDF(textPdf); PDDocument scan = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle size = source.getPage(i).getMediaBox();
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDImageXObject image;
                if (degraded) {
                    double degrees = (0.5 + 0.7 * rng.nextDouble()) * (rng.nextBoolean() ? 1 : -1);
                    page = noisy(blurred(turned(page, degrees)), rng);
                    image = JPEGFactory.createFromImage(scan, page, 0.5f + 0.2f * rng.nextFloat(), dpi);
                } else {
                    image = LosslessFactory.createFromImage(scan, page);
                }
                PDPage p = new PDPage(size);
                scan.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(scan, p)) {
                    cs.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            scan.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage turned(BufferedImage page, double degrees) {
        BufferedImage out = white(page);
        AffineTransform t = AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0);
        var g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR), 0, 0);
        g.dispose();
        return out;
    }

    private static BufferedImage blurred(BufferedImage page) {
        float[] k = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        BufferedImage out = white(page);
        new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(page, out);
        return out;
    }

    private static BufferedImage noisy(BufferedImage page, Random rng) {
        var raster = page.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) Math.round(rng.nextGaussian() * 10);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return page;
    }

    private static BufferedImage white(BufferedImage like) {
        BufferedImage out = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.dispose();
        return out;
    }
}
