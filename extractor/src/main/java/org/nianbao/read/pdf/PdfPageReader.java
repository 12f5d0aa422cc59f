package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.reconstruct.pdf.Glyph;
import org.nianbao.reconstruct.pdf.PageLayout;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Reads one page of an open document into plain geometry, and decides whether its text can be
 * believed. A page whose fonts cannot be believed gives no glyphs at all: blanked cells of an
 * exact table would read as blank values. One instance per document.
 */
public final class PdfPageReader {

    /** Images covering this much of a page without text make it a scan. */
    private static final double SCAN_COVERAGE = 0.2;
    /** Unmapped glyphs above this share of a page's glyphs make its text untrustworthy. */
    private static final double UNMAPPED_SHARE = 0.01;

    private final GlyphCollector glyphs = new GlyphCollector();

    /** Reads page {@code pageNo} (1-based). */
    public PageReading read(PDDocument document, int pageNo) throws IOException {
        PDPage page = document.getPage(pageNo - 1);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        GlyphCollector.PageGlyphs text = glyphs.collect(document, pageNo);
        RulingCollector lines = new RulingCollector(page);
        lines.processPage(page);
        if (!text.distrust().isEmpty()) {
            return new PageReading(new PageLayout(pageNo, width, height, List.of(), List.of()),
                    PageReading.Verdict.UNTRUSTED, String.join("; ", text.distrust()));
        }
        if (text.unmapped() > 0 && text.unmapped() >= UNMAPPED_SHARE * text.drawn()) {
            return new PageReading(new PageLayout(pageNo, width, height, List.of(), List.of()),
                    PageReading.Verdict.UNTRUSTED, "glyphs without a Unicode mapping");
        }
        List<Glyph> out = new ArrayList<>(text.positions().size());
        for (TextPosition p : text.positions()) {
            glyph(p).ifPresent(out::add);
        }
        List<Ruling> rulings = page.getRotation() == 0 ? lines.rulings() : List.of();
        PageLayout layout = new PageLayout(pageNo, width, height, out, rulings);
        if (out.stream().allMatch(Glyph::isSpace)) {
            return new PageReading(layout, lines.imageCoverage() >= SCAN_COVERAGE
                    ? PageReading.Verdict.SCANNED : PageReading.Verdict.EMPTY, "");
        }
        return new PageReading(layout, PageReading.Verdict.TEXT, "");
    }

    /** The glyph's box in page space, from its origin and its writing direction. */
    private static java.util.Optional<Glyph> glyph(TextPosition p) {
        String u = p.getUnicode();
        if (u == null || u.isEmpty()) {
            return java.util.Optional.empty();
        }
        float size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : p.getHeightDir();
        float w = Math.max(p.getWidthDirAdj(), 0.01f);
        float up = 0.8f * size; // ascent: the box sits on the baseline, the origin being on it
        float x = p.getX();
        float y = p.getY();
        int dir = Math.round(p.getDir()) % 360;
        float x0;
        float y0;
        float x1;
        float y1;
        switch (dir) {
            case 90 -> { x0 = x - up; x1 = x; y0 = y - w; y1 = y; }
            case 180 -> { x0 = x - w; x1 = x; y0 = y; y1 = y + up; }
            case 270 -> { x0 = x; x1 = x + up; y0 = y; y1 = y + w; }
            default -> { x0 = x; x1 = x + w; y0 = y - up; y1 = y; }
        }
        return java.util.Optional.of(new Glyph(u, x0, y0, x1, y1, p.getXDirAdj(), p.getYDirAdj(), w, size, dir));
    }
}
