package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.TextLine;

/**
 * Chooses how each part of a page is read, from the evidence on it: where ruling lines enclose
 * cells, the lattice reconstructor reads a table with exact positions; the text between and around
 * those tables is read by alignment (stream) and also given as running text. Page numbers in the
 * margins are dropped.
 */
public final class PageReconstructor {

    private final TableReconstructor lattice = new LatticeReconstructor();
    private final TableReconstructor stream;
    private final LineAssembler lines = new LineAssembler();
    private final PageFurniture furniture = new PageFurniture();

    /** @param isValue tells value cells (numbers, blanks, dashes) from label text */
    public PageReconstructor(Predicate<String> isValue) {
        this.stream = new StreamReconstructor(isValue);
    }

    /** The page's tables top to bottom, and its running text (everything outside ruled tables). */
    public PageContent reconstruct(PageLayout page) {
        List<PageTable> ruled = lattice.reconstruct(page);
        List<Glyph> loose = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (ruled.stream().noneMatch(t -> inside(t, g))) {
                loose.add(g);
            }
        }
        List<TextLine> text = new ArrayList<>();
        List<Glyph> kept = new ArrayList<>();
        for (List<Glyph> line : lines.lines(loose)) {
            float top = (float) line.stream().mapToDouble(Glyph::y0).min().orElse(0);
            float bottom = (float) line.stream().mapToDouble(Glyph::y1).max().orElse(0);
            String s = lines.text(line);
            if (furniture.isFurniture(s, top, bottom, page.height())) {
                continue;
            }
            kept.addAll(line);
            float x0 = (float) line.stream().mapToDouble(Glyph::x0).min().orElse(0);
            float x1 = (float) line.stream().mapToDouble(Glyph::x1).max().orElse(0);
            text.add(new TextLine(s, new Location.PageBox(page.page(), x0, top, x1, bottom)));
        }
        text.sort(Comparator.comparingDouble(t -> ((Location.PageBox) t.where()).y1()));
        // the loose text between two ruled tables is read on its own, so that the order holds
        List<List<Glyph>> bands = new ArrayList<>();
        for (int i = 0; i <= ruled.size(); i++) {
            bands.add(new ArrayList<>());
        }
        for (Glyph g : kept) {
            int band = 0;
            while (band < ruled.size() && ruled.get(band).top() < g.centerY()) {
                band++;
            }
            bands.get(band).add(g);
        }
        List<PageTable> tables = new ArrayList<>(ruled);
        for (List<Glyph> band : bands) {
            if (!band.isEmpty()) {
                tables.addAll(stream.reconstruct(new PageLayout(page.page(), page.width(), page.height(), band,
                        List.of())));
            }
        }
        tables.sort(Comparator.comparingDouble(PageTable::top));
        return new PageContent(tables, text);
    }

    private static boolean inside(PageTable t, Glyph g) {
        List<Float> xs = t.columns();
        if (t.pastSides().contains(g)) {
            return true;
        }
        return g.centerY() >= t.top() && g.centerY() <= t.bottom()
                && g.centerX() >= xs.get(0) && g.centerX() <= xs.get(xs.size() - 1);
    }

    /** A page's tables in reading order and its running text. */
    public record PageContent(List<PageTable> tables, List<TextLine> text) {
        public PageContent {
            tables = List.copyOf(tables);
            text = List.copyOf(text);
        }
    }
}
