package org.nianbao.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.read.pdf.DocumentFontCache;
import org.nianbao.read.pdf.NoteAnnotations;
import org.nianbao.read.pdf.PageOcr;
import org.nianbao.read.pdf.PageNotes;
import org.nianbao.read.pdf.DisplayedFrame;
import org.nianbao.read.pdf.PageReading;
import org.nianbao.read.pdf.PdfPageReader;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.pdf.PageReconstructor;
import org.nianbao.reconstruct.pdf.PageTable;
import org.nianbao.reconstruct.pdf.TableStitcher;

/**
 * PDF reports: tables rebuilt from glyph positions and ruling lines, page by page, then joined
 * across page breaks. Text that cannot be believed (scanned pages, fonts without a Unicode
 * mapping) is never extracted from the text layer: with OCR installed ({@link PageOcr}) such pages
 * are rendered and read from their pixels, else they are named in a {@code needs-ocr} finding.
 */
public final class PdfFormatReader implements FormatReader {

    /** Scans are rendered at this resolution for OCR: enough for 10.5 pt digits, and the detector's 2000 px. */
    private static final float OCR_DPI = 200f;

    private final Predicate<String> isValue;
    private final int maxPages;
    private final Optional<PageOcr> ocr;

    /**
     * @param isValue tells value cells (numbers, blanks, dashes) from label text
     * @param maxPages pages beyond this are not read
     * @param ocr reads pages that are only images, when installed and wanted
     */
    public PdfFormatReader(Predicate<String> isValue, int maxPages, Optional<PageOcr> ocr) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive");
        }
        this.isValue = isValue;
        this.maxPages = maxPages;
        this.ocr = ocr;
    }

    /** A reader without OCR. */
    public PdfFormatReader(Predicate<String> isValue, int maxPages) {
        this(isValue, maxPages, Optional.empty());
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        if (!endsWithEof(bytes)) {
            findings.add(Finding.warning("pdf-damaged", Scope.document(),
                    "the file does not end with %%EOF: it is truncated or damaged",
                    Location.none()));
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            document.setResourceCache(new DocumentFontCache());
            return read(document, findings);
        } catch (InvalidPasswordException e) {
            return DocumentContent.unreadable("the PDF is protected by a password and cannot be opened without it",
                    findings);
        } catch (IOException e) {
            return DocumentContent.unreadable("the PDF is damaged and cannot be read: " + LibraryFailure.describe(e), findings);
        }
    }

    private DocumentContent read(PDDocument document, List<Finding> findings) {
        if (document.isEncrypted()) {
            findings.add(Finding.info("pdf-encrypted", Scope.document(),
                    "the PDF is encrypted without a user password; it was opened with the empty password",
                    Location.none()));
        }
        int pages = document.getNumberOfPages();
        if (pages > maxPages) {
            findings.add(Finding.warning("pages-limited", Scope.document(), "only the first " + maxPages
                    + " of " + pages + " pages were read", Location.none()));
        }
        PdfPageReader pageReader = new PdfPageReader();
        PageReconstructor reconstructor = new PageReconstructor(isValue);
        List<PageTable> tables = new ArrayList<>();
        List<TextLine> text = new ArrayList<>();
        Map<String, List<Integer>> needsOcr = new LinkedHashMap<>();
        List<Integer> readByOcr = new ArrayList<>();
        int readable = 0;
        Map<Integer, DisplayedFrame> frames = new HashMap<>();
        for (int p = 1; p <= Math.min(pages, maxPages); p++) {
            PageReading page;
            try {
                page = pageReader.read(document, p);
            } catch (IOException | RuntimeException e) {
                findings.add(Finding.warning("pdf-page-unreadable", Scope.document(), "page " + p
                        + " could not be read: " + LibraryFailure.describe(e), Location.none()));
                continue;
            }
            frames.put(p, page.displayed());
            switch (page.verdict()) {
                case TEXT -> {
                    readable++;
                    PageReconstructor.PageContent content = reconstructor.reconstruct(page.layout());
                    tables.addAll(PageNotes.apply(p, page, content.tables(), findings));
                    text.addAll(content.text());
                }
                case SCANNED, UNTRUSTED -> {
                    String why = page.verdict() == PageReading.Verdict.SCANNED ? "only images (scanned)"
                            : "text that cannot be trusted: " + page.detail();
                    Optional<PageOcr.OcrPage> read = ocr(document, p);
                    if (read.isPresent() && !read.get().failed()) {
                        readable++;
                        readByOcr.add(p);
                        tables.addAll(read.get().tables());
                        text.addAll(read.get().text());
                    } else {
                        needsOcr.computeIfAbsent(why + read.map(r -> " and OCR failed (" + r.failure() + ")")
                                .orElse(""), k -> new ArrayList<>()).add(p);
                    }
                }
                case EMPTY -> { }
                default -> throw new IllegalStateException("unknown verdict " + page.verdict());
            }
        }
        if (!readByOcr.isEmpty()) {
            findings.add(Finding.info("ocr-read", Scope.document(), (readByOcr.size() == 1 ? "page " : "pages ")
                    + pageList(readByOcr) + " read by OCR from the page image; their locations are marked ocr",
                    Location.none()));
        }
        for (Map.Entry<String, List<Integer>> e : needsOcr.entrySet()) {
            findings.add(Finding.warning("needs-ocr", Scope.document(), (e.getValue().size() == 1 ? "page " : "pages ")
                    + pageList(e.getValue()) + (e.getValue().size() == 1 ? " has " : " have ") + e.getKey()
                    + "; not extracted, needs OCR", Location.none()));
        }
        if (readable == 0) {
            return DocumentContent.unreadable(needsOcr.isEmpty() ? "the PDF has no text on any page"
                    : "no page has readable text; the PDF needs OCR (scanned, or fonts without a Unicode mapping)",
                    findings);
        }
        text.addAll(NoteAnnotations.of(document, maxPages)); // after the pages: notes, never the report's rows
        return new DocumentContent(new TableStitcher(isValue).stitch(tables), text, findings, "", "",
                where -> where instanceof Location.PageBox b && frames.containsKey(b.page())
                        ? frames.get(b.page()).place(where, b.page()) : where);
    }

    /** The page read by OCR from its rendering, when OCR is installed; a rendering error is a failure. */
    private Optional<PageOcr.OcrPage> ocr(PDDocument document, int page) {
        return ocr.map(engine -> {
            BufferedImage pixels;
            try {
                // in colour: OCR drops the red of a seal stamped over the table, which grey would make ink
                pixels = new PDFRenderer(document).renderImageWithDPI(page - 1, OCR_DPI, ImageType.RGB);
            } catch (IOException | RuntimeException e) {
                return PageOcr.OcrPage.failed("the page could not be rendered: " + LibraryFailure.describe(e));
            }
            return engine.read(new PageOcr.PageImage(page, pixels, 72f / OCR_DPI));
        });
    }

    /** 1-3, 5 for pages 1, 2, 3 and 5. */
    private static String pageList(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int from = pages.get(i);
            int to = from;
            while (i + 1 < pages.size() && pages.get(i + 1) == to + 1) {
                to = pages.get(++i);
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(from == to ? String.valueOf(from) : from + "-" + to);
        }
        return sb.toString();
    }

    /** A PDF ends with %%EOF, give or take trailing whitespace; a truncated download does not. */
    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
