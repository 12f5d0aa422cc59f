package org.nianbao.read.pdf;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.reconstruct.pdf.SortedPositions;

/**
 * Tells the glyphs a reader of a page sees from those drawn but not seen: text in a layer
 * (optional content) that is switched off ({@link Layers}); text in an invisible rendering mode (3, the way OCR layers and hidden text are written) or fully transparent; glyphs
 * 1 pt high or less; glyphs in the colour of what is painted behind them (white on the white
 * page); glyphs outside the clipping path (a cell's clip rectangle, a form's BBox); and glyphs that an opaque filled area drawn later covers — a typewriter correction, where
 * a white box hides the old number and the new one is drawn over it. Thin fills (borders, strike
 * lines) never count as covering. Glyphs with a rule drawn through them at mid-height (between
 * 0.15 and 0.6 em above the baseline; an underline is below it) are struck through: shown, but
 * withdrawn, and not read either. Colours are compared in RGB; a colour PDFBox cannot convert
 * (patterns, separations) counts as visible.
 */
final class GlyphVisibility {

    /** Nothing thinner than this (points) covers text: it is a border or a rule. */
    private static final float THIN = 2.5f;
    private static final float TINY = 1.0f;
    private static final int[] PAGE = {255, 255, 255};
    /** The reason given for glyphs outside the clipping path they are drawn in. */
    static final String CLIPPED = "outside its clipping path";
    /** The reason given for glyphs a line is drawn through at mid-height. */
    static final String STRUCK = "struck through";

    /**
     * How a glyph was painted.
     *
     * @param rgb its colour, null when unknown
     * @param painted false for rendering modes that paint nothing (3 and 7)
     * @param mode the text rendering mode (0–7)
     * @param drawnBefore how many glyphs were drawn before it on the page
     * @param clipped its middle lies outside the clipping path: nothing of it around there is painted
     * @param offLayer the name of the switched-off layer (optional content) it is drawn in, or null
     */
    record Paint(int[] rgb, boolean painted, int mode, float alpha, int drawnBefore, boolean clipped, String offLayer) {
    }

    /**
     * A filled area in PDF space (origin bottom-left).
     *
     * @param glyphsBefore how many glyphs were drawn before it: it covers those, and lies under the rest
     */
    record Fill(float x0, float y0, float x1, float y1, int[] rgb, float alpha, int glyphsBefore) {
        boolean thin() {
            return x1 - x0 <= THIN || y1 - y0 <= THIN;
        }

        boolean contains(float x, float y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    private final Map<TextPosition, Paint> paints;
    private final List<Fill> fills;
    /** Thin horizontal fills and strokes not in the page's colour, by the height of their middle. */
    private final List<Fill> rules;
    private final SortedPositions ruleYs;

    GlyphVisibility(Map<TextPosition, Paint> paints, List<Fill> fills) {
        this.paints = new IdentityHashMap<>(paints); // TextPosition equality is by value: identity matters
        this.fills = fills.stream().filter(f -> !f.thin() && f.rgb() != null).toList();
        // sorted, so that a glyph looks only at the rules at its mid-height: a table's black borders
        // are rules too, hundreds on a page
        this.rules = fills.stream().filter(f -> f.y1() - f.y0() <= THIN && f.x1() - f.x0() > THIN && f.rgb() != null
                && !close(f.rgb(), PAGE)).sorted(Comparator.comparingDouble(GlyphVisibility::middle)).toList();
        float[] middles = new float[rules.size()];
        for (int i = 0; i < middles.length; i++) {
            middles[i] = middle(rules.get(i));
        }
        this.ruleYs = new SortedPositions(middles);
    }

    private static float middle(Fill rule) {
        return (rule.y0() + rule.y1()) / 2;
    }

    /** Why the reader does not see the glyph, or empty when it does. */
    Optional<String> unseen(TextPosition p) {
        Paint paint = paints.get(p);
        if (paint == null) {
            return Optional.empty();
        }
        if (paint.offLayer() != null) {
            return Optional.of("in layer '" + paint.offLayer() + "', which is switched off");
        }
        if (!paint.painted()) {
            return Optional.of("invisible text (rendering mode " + paint.mode() + ")");
        }
        if (paint.clipped()) {
            return Optional.of(CLIPPED);
        }
        if (paint.alpha() <= 0.05f) {
            return Optional.of("fully transparent text");
        }
        Matrix m = p.getTextMatrix();
        float size = Math.abs(m.getScalingFactorY());
        if (size > 0 && size <= TINY) {
            return Optional.of("text " + Math.round(size * 100) / 100f + " pt high");
        }
        float x = m.getTranslateX() + p.getWidthDirAdj() / 2;
        float y = m.getTranslateY() + 0.35f * size;
        int[] behind = PAGE;
        for (Fill f : fills) {
            if (!f.contains(x, y)) {
                continue;
            }
            if (f.glyphsBefore() > paint.drawnBefore()) {
                if (f.alpha() >= 0.95f) {
                    return Optional.of("covered by a box drawn over it");
                }
            } else {
                behind = f.rgb();
            }
        }
        if (paint.rgb() != null && close(paint.rgb(), behind)) {
            return Optional.of(behind == PAGE ? "white text" : "text in the colour of its background");
        }
        float baseline = m.getTranslateY();
        float low = baseline + 0.15f * size;
        float high = baseline + 0.6f * size;
        for (int i = ruleYs.firstAtLeast(low), end = ruleYs.endAtMost(high); i < end; i++) {
            Fill r = rules.get(i);
            if (x >= r.x0() && x <= r.x1()) {
                return Optional.of(STRUCK);
            }
        }
        return Optional.empty();
    }

    private static boolean close(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) <= 24;
    }
}
