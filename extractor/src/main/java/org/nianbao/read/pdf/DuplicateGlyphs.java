package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Glyphs drawn twice at one place (fake bold: the same character printed again a fraction of a
 * point to the side) are one glyph. Applied to the visible glyphs only: a number drawn over a
 * covered one that begins with the same digit keeps its digit. The tolerance is PDFBox's own: a
 * third of the glyph's width across, and the same baseline within a point.
 */
final class DuplicateGlyphs {

    private final Map<String, List<float[]>> byText = new HashMap<>();

    /** True when an equal glyph was already kept at (almost) the same place; otherwise remembers this one. */
    boolean repeats(TextPosition p) {
        float tolerance = Math.max(0.5f, p.getWidthDirAdj() / Math.max(1, p.getUnicode().length()) / 3);
        List<float[]> at = byText.computeIfAbsent(p.getUnicode(), k -> new ArrayList<>());
        for (float[] q : at) {
            if (Math.abs(q[0] - p.getXDirAdj()) <= tolerance && Math.abs(q[1] - p.getYDirAdj()) <= 1) {
                return true;
            }
        }
        at.add(new float[] {p.getXDirAdj(), p.getYDirAdj()});
        return false;
    }
}
