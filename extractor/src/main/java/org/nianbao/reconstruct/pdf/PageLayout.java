package org.nianbao.reconstruct.pdf;

import java.util.List;

/**
 * What one page shows, reduced to what tables are rebuilt from: its glyphs and its ruling lines.
 *
 * @param page 1-based page number
 */
public record PageLayout(int page, float width, float height, List<Glyph> glyphs, List<Ruling> rulings) {

    public PageLayout {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
