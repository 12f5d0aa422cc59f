package org.nianbao.reconstruct.pdf;

import java.util.List;

/**
 * Rebuilds the tables of one page from its glyphs and rulings (tabula-java's lattice/stream seam).
 * {@link LatticeReconstructor} reads tables whose cells are drawn; {@link StreamReconstructor}
 * reads the rest of the page by alignment. {@link PageReconstructor} chooses between them from
 * the evidence on the page.
 */
public interface TableReconstructor {

    /** The tables found on the page, top to bottom; glyphs they do not cover are left for others. */
    List<PageTable> reconstruct(PageLayout page);
}
