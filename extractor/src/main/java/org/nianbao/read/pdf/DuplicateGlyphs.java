package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Glyphs drawn twice are one glyph. Fake bold draws the same character again a fraction of a point to the
 * side: the tolerance is PDFBox's own, a third of the glyph's width across and the same baseline within a
 * point. A browser's faux bold ({@code text-shadow: 3px 0 0}, 0.5–3 px) prints the shadow as the same text
 * drawn by one text object ({@code BT} … {@code ET}) and then again by the next, moved by the shadow's
 * offset, which can be half a digit away: a glyph is a shadow's copy when one of the few text objects before its own
 * drew the same text, with this glyph
 * moved by less than {@value #SHADOW_EM} em (either way) and not by its advance, where the next character of
 * a number would stand ("22" drawn one glyph a text object is two glyphs). Applied to the visible glyphs only: a
 * number drawn over a covered one that begins with the same digit keeps its digit.
 */
final class DuplicateGlyphs {

    /** How far (em) a shadow's copy may stand from its glyph. */
    static final float SHADOW_EM = 0.45f;
    /** How close (em) to the glyph's advance a copy may not stand: there it is the number's next character. */
    private static final float ADVANCE_EM = 0.15f;

    /**
     * How many text objects back the shadowed one may stand: a figure in one font and its unit in another
     * ({@code 56662.84元}) are two text objects, both drawn before their shadows.
     */
    private static final int TEXT_OBJECTS = 4;

    private final GlyphCollector.ShowOperations operations;
    private final Map<String, List<float[]>> byText = new HashMap<>();
    /** Every glyph met, kept or not, with its text object: a second shadow is the copy of the first. */
    private final Map<String, List<float[]>> drawn = new HashMap<>();

    DuplicateGlyphs(GlyphCollector.ShowOperations operations) {
        this.operations = operations;
    }

    /** True when an equal glyph was already kept at (almost) the same place; otherwise remembers this one. */
    boolean repeats(TextPosition p) {
        float tolerance = Math.max(0.5f, p.getWidthDirAdj() / Math.max(1, p.getUnicode().length()) / 3);
        List<float[]> at = byText.computeIfAbsent(p.getUnicode(), k -> new ArrayList<>());
        boolean copy = shadowCopy(p);
        for (float[] q : at) {
            if (Math.abs(q[0] - p.getXDirAdj()) <= tolerance && Math.abs(q[1] - p.getYDirAdj()) <= 1) {
                return true;
            }
        }
        if (copy) {
            return true;
        }
        at.add(new float[] {p.getXDirAdj(), p.getYDirAdj()});
        return false;
    }

    /** Whether {@code p} copies, a little moved, a glyph of a text object just before its own that drew the same text. */
    private boolean shadowCopy(TextPosition p) {
        int op = operations.of(p);
        float em = Math.abs(p.getTextMatrix().getScalingFactorY());
        List<float[]> met = drawn.computeIfAbsent(p.getUnicode(), k -> new ArrayList<>());
        met.add(new float[] {p.getXDirAdj(), p.getYDirAdj(), op, em, p.getWidthDirAdj()});
        if (op <= 1 || em <= 0 || operations.text(op).isBlank()) {
            return false;
        }
        for (float[] q : met) {
            float dx = p.getXDirAdj() - q[0];
            float dy = p.getYDirAdj() - q[1];
            int before = (int) q[2];
            if (before < op && before >= op - TEXT_OBJECTS && operations.text(before).equals(operations.text(op))
                    && Math.abs(q[3] - em) <= 0.01f * em && (dx != 0 || dy != 0)
                    && Math.abs(dx) <= SHADOW_EM * em && Math.abs(dy) <= SHADOW_EM * em
                    && Math.abs(Math.abs(dx) - q[4]) > ADVANCE_EM * em) {
                return true;
            }
        }
        return false;
    }
}
