package org.nianbao.read.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of one page as PDFBox positions them, after its removal of glyphs drawn
 * twice on top of each other (fake bold), and counts the glyphs whose text cannot be believed.
 * Only the positions are used: PDFBox's text output interleaves the lines of multi-line cells.
 * One instance per document; not thread-safe (PDFTextStripper is not).
 */
final class GlyphCollector extends PDFTextStripper {

    private final FontTrust trust = new FontTrust();
    private final Map<PDFont, String> verdicts = new IdentityHashMap<>();
    private final List<TextPosition> positions = new ArrayList<>();
    private final Set<String> distrust = new LinkedHashSet<>();
    private int drawn;
    private int unmapped;

    GlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** What page {@code pageNo} (1-based) shows. */
    PageGlyphs collect(PDDocument document, int pageNo) throws IOException {
        positions.clear();
        distrust.clear();
        drawn = 0;
        unmapped = 0;
        setStartPage(pageNo);
        setEndPage(pageNo);
        writeText(document, Writer.nullWriter());
        return new PageGlyphs(List.copyOf(positions), drawn, unmapped, List.copyOf(distrust));
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        drawn++;
        String why = verdicts.computeIfAbsent(font, trust::distrust);
        if (!why.isEmpty()) {
            distrust.add(why);
        }
        String unicode = font.toUnicode(code);
        if (why.isEmpty() && (unicode == null || unicode.indexOf('\uFFFD') >= 0)) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            positions.addAll(article);
        }
    }

    /**
     * @param drawn glyphs drawn on the page
     * @param unmapped glyphs of trusted fonts with no Unicode (PDFBox drops or invents them)
     * @param distrust why fonts used on the page cannot be believed, one line each
     */
    record PageGlyphs(List<TextPosition> positions, int drawn, int unmapped, List<String> distrust) {
    }
}
