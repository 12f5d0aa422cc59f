package org.nianbao.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.read.pdf.PageOcr;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.pdf.PageTable;
import org.nianbao.reconstruct.pdf.TableStitcher;

/**
 * A report scanned to an image file (PNG, JPEG, TIFF; each frame of a TIFF is a page), read by
 * OCR page by page like the scanned pages of a PDF. Without OCR installed the document fails with
 * {@code needs-ocr}. Locations are in points at the resolution the file states (72 dpi, one point
 * per pixel, when it states none).
 */
public final class ImageFormatReader implements FormatReader {

    private final Predicate<String> isValue;
    private final int maxPages;
    private final Optional<PageOcr> ocr;

    public ImageFormatReader(Predicate<String> isValue, int maxPages, Optional<PageOcr> ocr) {
        this.isValue = isValue;
        this.maxPages = maxPages;
        this.ocr = ocr;
    }

    @Override
    public Format format() {
        return Format.IMAGE;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        if (ocr.isEmpty()) {
            findings.add(Finding.warning("needs-ocr", Scope.document(),
                    "the document is an image (a scan); not extracted, needs OCR", Location.none()));
            return DocumentContent.unreadable("the document is an image (a scan) and OCR is not installed or was"
                    + " turned off", findings);
        }
        List<PageTable> tables = new ArrayList<>();
        List<TextLine> text = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return DocumentContent.unreadable("the image cannot be decoded (no decoder for it)", findings);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int pages = reader.getNumImages(true);
                if (pages > maxPages) {
                    findings.add(Finding.warning("pages-limited", Scope.document(), "only the first " + maxPages
                            + " of " + pages + " pages were read", Location.none()));
                }
                for (int p = 1; p <= Math.min(pages, maxPages); p++) {
                    IIOImage image = reader.readAll(p - 1, null);
                    PageOcr.OcrPage page = ocr.get().read(new PageOcr.PageImage(p, (BufferedImage) image.getRenderedImage(),
                            pointsPerPixel(image.getMetadata())));
                    if (page.failed()) {
                        failed.add("page " + p + ": " + page.failure());
                    }
                    tables.addAll(page.tables());
                    text.addAll(page.text());
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return DocumentContent.unreadable("the image cannot be decoded: " + LibraryFailure.describe(e), findings);
        }
        for (String f : failed) {
            findings.add(Finding.warning("needs-ocr", Scope.document(), "OCR failed on " + f, Location.none()));
        }
        if (tables.isEmpty() && text.isEmpty()) {
            return DocumentContent.unreadable(failed.isEmpty() ? "OCR found no text in the image"
                    : "OCR failed on every page", findings);
        }
        findings.add(Finding.info("ocr-read", Scope.document(), "the image was read by OCR; its locations are"
                + " marked ocr", Location.none()));
        return new DocumentContent(new TableStitcher(isValue).stitch(tables), text, findings, "", "");
    }

    /**
     * 72 / dpi from the standard metadata's pixel size (millimetres per pixel), 1 when not stated: the
     * scale of this reader's locations (the audit page draws them on the image with it).
     */
    public static float pointsPerPixel(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 1f;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        var sizes = root.getElementsByTagName("HorizontalPixelSize");
        if (sizes.getLength() == 0) {
            return 1f;
        }
        try {
            float mm = Float.parseFloat(((IIOMetadataNode) sizes.item(0)).getAttribute("value"));
            float dpi = 25.4f / mm;
            return dpi >= 50 && dpi <= 1200 ? 72f / dpi : 1f;
        } catch (NumberFormatException e) {
            return 1f;
        }
    }
}
