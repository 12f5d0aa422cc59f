package org.nianbao.read.pdf;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.pdf.PageTable;

/**
 * The one seam between the readers and OCR: reads the tables of a page that is only an image (a
 * scanned PDF page, an image file). The implementation lives in the {@code ocr} module, found with
 * {@link ServiceLoader}; a library user who leaves that module out gets no OCR, and scanned pages
 * are reported as {@code needs-ocr}.
 *
 * <p>Implementations are shared between threads; they read one page at a time per engine.
 */
public interface PageOcr {

    /** Reads one page image. Never throws for a bad image: a failure is a value. */
    OcrPage read(PageImage image);

    /** The implementation on the class path, if any. */
    static Optional<PageOcr> installed() {
        return ServiceLoader.load(PageOcr.class).findFirst();
    }

    /**
     * A page as pixels.
     *
     * @param page the 1-based page number that locations name
     * @param pointsPerPixel the size of one pixel in PDF points (72 / dpi), so that locations are in
     *     the same coordinates as text-layer pages
     */
    record PageImage(int page, BufferedImage pixels, float pointsPerPixel) {
        public PageImage {
            Objects.requireNonNull(pixels, "pixels");
            if (page < 1 || !(pointsPerPixel > 0)) {
                throw new IllegalArgumentException("bad page " + page + " or scale " + pointsPerPixel);
            }
        }
    }

    /**
     * What OCR read on a page: its tables and running text, with locations marked as read by OCR,
     * or why it could not.
     *
     * @param failure why the page could not be read (engine missing, time limit), empty when read
     */
    record OcrPage(List<PageTable> tables, List<TextLine> text, String failure) {
        public OcrPage {
            tables = List.copyOf(tables);
            text = List.copyOf(text);
            failure = failure == null ? "" : failure;
        }

        public static OcrPage failed(String why) {
            return new OcrPage(List.of(), List.of(), why);
        }

        public boolean failed() {
            return !failure.isEmpty();
        }
    }
}
