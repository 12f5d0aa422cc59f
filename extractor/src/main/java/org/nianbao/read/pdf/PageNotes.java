package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.pdf.PageTable;

/**
 * Says what the reading of a page left out, where it stood. Text drawn but not seen (or struck
 * through) inside a table cell is a note on that cell, which becomes a finding at the cell when the
 * cell is read as a value; elsewhere it is an info finding with its box on the page. A damaged
 * page is a warning, and its empty cells are noted as possibly lost, so they are not read as blanks.
 * An annotation drawn over a cell (a PDF editor's white box, typed text, a form field's value) is
 * noted on the cell, whose value then cannot be believed; one over no cell is a warning.
 */
public final class PageNotes {

    /** More unseen pieces than this on one page outside tables are summed up in one finding. */
    private static final int LISTED = 20;

    private PageNotes() {
    }

    /** The page's tables with its notes applied; findings for what fits no cell are added to {@code findings}. */
    public static List<PageTable> apply(int page, PageReading reading, List<PageTable> tables, List<Finding> findings) {
        List<PageTable> out = new ArrayList<>(tables);
        int loose = 0;
        for (PageReading.UnseenText u : reading.unseen()) {
            if (u.text().isBlank()) {
                continue;
            }
            boolean struck = u.how().equals(PageReading.UnseenText.STRUCK);
            CellNote note = struck ? CellNote.struck(u.text().strip(), "struck through")
                    : u.how().equals(PageReading.UnseenText.ACROSS) ? CellNote.across(u.text().strip(), u.how())
                    : CellNote.hidden(u.text().strip(), u.how());
            if (attach(out, page, (u.x0() + u.x1()) / 2, (u.y0() + u.y1()) / 2, note)) {
                continue;
            }
            if (++loose <= LISTED) {
                findings.add(Finding.info(struck ? "text-struck" : "text-hidden", Scope.document(), "page " + page
                        + ": '" + u.text().strip() + (struck ? "' is struck through" : "' is drawn but not shown ("
                        + u.how() + ")") + "; it was not read", new Location.PageBox(page, page, u.x0(), u.y0(),
                        u.x1(), u.y1())));
            }
        }
        if (loose > LISTED) {
            findings.add(Finding.info("text-hidden", Scope.document(), "page " + page + ": " + (loose - LISTED)
                    + " more pieces of text drawn but not shown were not read", Location.none()));
        }
        for (PageReading.Overlay o : reading.overlays()) {
            if (o.effect() == PageReading.Overlay.Effect.WATERMARK) {
                // see-through text that is not a number: what is under it shows and is read
                findings.add(Finding.info("annotation-unread", Scope.document(), "page " + page + ": " + o.what()
                        + " is drawn over the page, see-through; it was not read, and what is under it was",
                        new Location.PageBox(page, page, o.x0(), o.y0(), o.x1(), o.y1())));
                continue;
            }
            CellNote note = CellNote.covered("an annotation drawn over the page: " + o.what());
            boolean[] any = {false};
            out.replaceAll(t -> map(t, c -> {
                if (!c.spanned() && c.where() instanceof Location.PageBox b && b.page() == page && b.toPage() == page
                        && overlaps(o.x0(), o.y0(), o.x1(), o.y1(), b)) {
                    any[0] = true;
                    return c.noted(note);
                }
                return c;
            }));
            if (!any[0]) {
                findings.add(Finding.info("annotation-unread", Scope.document(), "page " + page + ": an annotation ("
                        + o.what() + ") is drawn over the page; what it shows is not read",
                        new Location.PageBox(page, page, o.x0(), o.y0(), o.x1(), o.y1())));
            }
        }
        for (PageReading.Drawing d : reading.drawings()) {
            boolean over = d.kind() == PageReading.Drawing.Kind.IMAGE_OVER_TEXT;
            CellNote note = over ? CellNote.covered(d.what()) : CellNote.drawn(d.what());
            out.replaceAll(t -> map(t, c -> !c.spanned() && c.where() instanceof Location.PageBox b && b.page() == page
                    && b.toPage() == page && (over ? overlaps(d.x0(), d.y0(), d.x1(), d.y1(), b)
                    : (c.isBlank() || d.kind() == PageReading.Drawing.Kind.IMAGE) && standsIn(d, b)) ? c.noted(note) : c));
            // over no cell: the text it hides is reported where it stands, as hidden text
        }
        for (PageReading.Cut cut : reading.cuts()) {
            if (!attach(out, page, cut.x(), cut.y(), CellNote.cut(cut.clipped(), "cut off by a clipping path"))) {
                findings.add(Finding.warning("text-clipped", Scope.document(), "page " + page + ": text is cut off by a"
                        + " clipping path ('" + cut.clipped() + "' is drawn past the edge and not shown); what shows"
                        + " next to it may not be whole", new Location.PageBox(page, page, cut.x(), cut.y(), cut.x(),
                        cut.y())));
            }
        }
        int doubtful = 0;
        for (PageReading.Doubt d : reading.doubts()) {
            if (!attachAlong(out, page, d.x(), d.toX(), d.y(), CellNote.doubtful(d.text().strip(), d.why()))
                    && ++doubtful <= LISTED) {
                findings.add(Finding.warning("text-doubtful", Scope.document(), "page " + page + ": the text '"
                        + d.text().strip() + "' may not be what the page shows (" + d.why() + ")",
                        new Location.PageBox(page, page, d.x(), d.y(), d.x(), d.y())));
            }
        }
        for (PageReading.Reread r : reading.rereads()) {
            if (!attach(out, page, r.x(), r.y(), CellNote.reread(r.text().strip(), r.why()))) {
                findings.add(Finding.info("text-reread", Scope.document(), "page " + page + ": '" + r.text().strip()
                        + "' was read as the page draws it, not as the font's map gives it: " + r.why(),
                        new Location.PageBox(page, page, r.x(), r.y(), r.x(), r.y())));
            }
        }
        if (doubtful > LISTED) {
            findings.add(Finding.warning("text-doubtful", Scope.document(), "page " + page + ": " + (doubtful - LISTED)
                    + " more pieces of text may not be what the page shows", Location.none()));
        }
        if (!reading.damage().isEmpty()) {
            findings.add(Finding.warning("pdf-page-unreadable", Scope.document(), "page " + page + " is damaged: its "
                    + reading.damage() + "; what it draws after the damage is lost, and its empty cells are not read"
                    + " as blanks", Location.none()));
            CellNote lost = CellNote.lost("page " + page + " is damaged");
            out.replaceAll(t -> map(t, c -> !c.spanned() && c.isBlank() ? c.noted(lost) : c));
        }
        return out;
    }

    /**
     * Notes {@code note} on every table cell a run of text from ({@code x0}, {@code y}) to ({@code x1}, {@code y}) (its
     * first and last glyphs' centres) stands in: a pale watermark's {@code 2020} drawn over two cells puts digits
     * into both. False when it stands in none.
     */
    private static boolean attachAlong(List<PageTable> tables, int page, float x0, float x1, float y, CellNote note) {
        boolean any = false;
        for (int i = 0; i < tables.size(); i++) {
            boolean[] done = {false};
            PageTable noted = map(tables.get(i), c -> {
                if (!c.spanned() && c.where() instanceof Location.PageBox b && b.page() == page && b.toPage() == page
                        && x1 >= b.x0() && x0 <= b.x1() && y >= b.y0() && y <= b.y1()) {
                    done[0] = true;
                    return c.noted(note);
                }
                return c;
            });
            if (done[0]) {
                tables.set(i, noted);
                any = true;
            }
        }
        return any;
    }

    /** Notes {@code note} on the first table cell whose box holds ({@code x}, {@code y}); false when none does. */
    private static boolean attach(List<PageTable> tables, int page, float x, float y, CellNote note) {
        for (int i = 0; i < tables.size(); i++) {
            PageTable t = tables.get(i);
            boolean[] done = {false};
            PageTable noted = map(t, c -> {
                if (!done[0] && !c.spanned() && c.where() instanceof Location.PageBox b && b.page() == page
                        && b.toPage() == page && x >= b.x0() && x <= b.x1() && y >= b.y0() && y <= b.y1()) {
                    done[0] = true;
                    return c.noted(note);
                }
                return c;
            });
            if (done[0]) {
                tables.set(i, noted);
                return true;
            }
        }
        return false;
    }

    /** The box (an annotation, an image) covers the cell's centre or a quarter of it, or lies mostly inside it. */
    private static boolean overlaps(float x0, float y0, float x1, float y1, Location.PageBox b) {
        float w = Math.min(x1, b.x1()) - Math.max(x0, b.x0());
        float h = Math.min(y1, b.y1()) - Math.max(y0, b.y0());
        if (w <= 0 || h <= 0) {
            return false;
        }
        float cx = (b.x0() + b.x1()) / 2;
        float cy = (b.y0() + b.y1()) / 2;
        float cell = (b.x1() - b.x0()) * (b.y1() - b.y0());
        float own = (x1 - x0) * (y1 - y0);
        return cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 || w * h >= 0.25f * cell || w * h >= 0.5f * own;
    }

    /**
     * The drawing stands in the cell as its content: its middle is inside the cell, clear of the
     * borders (a dot of a dotted border is not), most of it lies in the cell, and, unless it is an
     * image, it does not fill most of the cell (a shading or a rounded background).
     */
    private static boolean standsIn(PageReading.Drawing d, Location.PageBox b) {
        float inset = 1f;
        float cx = (d.x0() + d.x1()) / 2;
        float cy = (d.y0() + d.y1()) / 2;
        if (cx < b.x0() + inset || cx > b.x1() - inset || cy < b.y0() + inset || cy > b.y1() - inset) {
            return false;
        }
        float w = Math.min(d.x1(), b.x1()) - Math.max(d.x0(), b.x0());
        float h = Math.min(d.y1(), b.y1()) - Math.max(d.y0(), b.y0());
        float own = Math.max((d.x1() - d.x0()) * (d.y1() - d.y0()), 1e-3f);
        float cell = (b.x1() - b.x0()) * (b.y1() - b.y0());
        return w * h >= 0.75f * own && (d.kind() == PageReading.Drawing.Kind.IMAGE || own < 0.6f * cell);
    }

    private static PageTable map(PageTable t, java.util.function.UnaryOperator<GridCell> f) {
        List<List<GridCell>> rows = t.rows().stream().map(r -> r.stream().map(f).toList()).toList();
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom(), t.pastSides());
    }
}
