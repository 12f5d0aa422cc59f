package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.List;

/** Synthetic upright glyphs for tests: one per character, {@code size} high, half (ASCII) or one em wide. */
final class Glyphs {

    private Glyphs() {
    }

    static List<Glyph> word(String text, float x, float baseline, float size) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            float w = c.charAt(0) < 128 ? size / 2 : size;
            out.add(Glyph.upright(c, x, baseline, w, size));
            x += w;
        }
        return out;
    }
}
