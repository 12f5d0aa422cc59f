package org.nianbao.audit.page;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.nianbao.audit.output.CellRow;
import org.nianbao.audit.source.GridSource;
import org.nianbao.audit.source.PageImages;
import org.nianbao.audit.source.SourceFile;
import org.nianbao.audit.source.SourceTable;
import org.nianbao.audit.source.SourceView;
import org.nianbao.audit.source.TextSource;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * The source around every cell of one document, as data for its page: PDF pages (and scanned
 * image files) rendered to PNG beside the page (with each cell's box in page points, drawn by the page's script), the HTML/Word
 * tables the cells stand in, or the text lines around them. Only what the cells point at is included.
 */
final class SourceExcerpts {

    /** Lines shown above and below a cell's line. */
    static final int CONTEXT = 8;
    private static final float DPI = 110f;

    private final Map<String, Object> source = new LinkedHashMap<>();
    private final Map<String, Object> byKey = new LinkedHashMap<>();

    /**
     * @param images the folder the page images go in
     * @param prefix the images' file name prefix, unique per document
     */
    SourceExcerpts(SourceFile file, String format, List<CellRow> cells, Path images, String prefix) {
        if (file.failure().isPresent()) {
            source.put("kind", "none");
            source.put("problem", file.problem());
            return;
        }
        try (SourceView view = SourceView.open(format, file.bytes(), file.path())) {
            if (view instanceof PageImages pages) {
                pages(pages, cells, images, prefix);
            } else if (view instanceof GridSource grid) {
                grid(grid, cells);
            } else if (view instanceof TextSource text) {
                source.put("kind", "text");
                source.put("lines", lines(cells, text));
                cells.forEach(c -> line(c).ifPresent(l -> byKey.put(c.key(), Map.of("line", l))));
            }
        } catch (IOException | RuntimeException e) {
            source.clear();
            source.put("kind", "none");
            source.put("problem", "the source could not be opened as " + format + ": " + e.getMessage());
        }
    }

    Map<String, Object> source() {
        return source;
    }

    /** Where cell {@code key} stands in the source data, or empty when it has no place there. */
    Optional<Object> at(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** A PDF's pages, or a scanned image's: the page images the cells stand on, each cell's box on them. */
    private void pages(PageImages pdf, List<CellRow> cells, Path images, String prefix) throws IOException {
        source.put("kind", "pdf");
        Map<String, Object> pages = new TreeMap<>();
        for (CellRow c : cells) {
            Optional<Location> where = c.where();
            if (where.isEmpty() || !(where.get() instanceof Location.PageBox b) || b.toPage() > pdf.pages()) {
                continue;
            }
            List<Object> views = new ArrayList<>();
            for (int p = b.page(); p <= b.toPage(); p++) {
                // a box stitched across pages: from its top on the first page, to its bottom on the last
                float top = p == b.page() ? b.y0() : 0;
                float bottom = p == b.toPage() ? b.y1() : pdf.height(p);
                views.add(Map.of("page", p, "box", List.of(b.x0(), top, b.x1(), bottom)));
                if (!pages.containsKey("" + p)) {
                    String name = prefix + "-p" + p + ".png";
                    BufferedImage image = pdf.render(p, DPI);
                    ImageIO.write(image, "png", images.resolve(name).toFile());
                    pages.put("" + p, Map.of("img", images.getFileName() + "/" + name, "w", pdf.width(p),
                            "h", pdf.height(p)));
                }
            }
            byKey.put(c.key(), Map.of("views", views));
        }
        source.put("pages", pages);
    }

    private void grid(GridSource grid, List<CellRow> cells) {
        source.put("kind", "grid");
        Map<String, Object> tables = new TreeMap<>();
        for (CellRow c : cells) {
            Optional<Location> where = c.where();
            if (where.isPresent() && where.get() instanceof Location.TableCell t && grid.tables().containsKey(t.table())) {
                byKey.put(c.key(), Map.of("table", t.table(), "row", t.row(), "col", t.col()));
                tables.computeIfAbsent("" + t.table(), k -> table(grid.tables().get(t.table())));
            } else {
                line(c).ifPresent(l -> byKey.put(c.key(), Map.of("line", l)));
            }
        }
        source.put("tables", tables);
        source.put("lines", lines(cells, grid));
    }

    /** A source table as rows of cells: [text, spanned] pairs, {@code null} where the row has no such position. */
    private static List<Object> table(SourceTable t) {
        List<Object> rows = new ArrayList<>();
        for (int r = 1; r <= t.rows(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= t.columns(); c++) {
                Optional<GridCell> cell = t.at(r, c);
                row.add(cell.<Object>map(g -> List.of(g.text(), g.spanned())).orElse(null));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> lines(List<CellRow> cells, SourceView.LineText text) {
        TreeSet<Integer> wanted = new TreeSet<>();
        for (CellRow c : cells) {
            line(c).ifPresent(l -> {
                for (int i = Math.max(1, l - CONTEXT); i <= Math.min(text.count(), l + CONTEXT); i++) {
                    wanted.add(i);
                }
            });
        }
        Map<String, String> out = new LinkedHashMap<>();
        wanted.forEach(i -> out.put("" + i, text.at(i)));
        return out;
    }

    private static Optional<Integer> line(CellRow c) {
        return c.where().filter(l -> l instanceof Location.Line)
                .map(l -> ((Location.Line) l).line());
    }

}
