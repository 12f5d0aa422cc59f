package org.nianbao.reconstruct.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Joins the parts of a ruled table that a page break cut: a table that ends its page and one that
 * starts the next with the same column edges are one table. The header the second part repeats is
 * dropped (its 总计 would otherwise be read as a row label), and a row the break split in two (the
 * side borders run on past the last drawn line, and only one side holds values) becomes one row whose cells
 * span both pages.
 */
public final class TableStitcher {

    /** Column edges this close (points) are the same. */
    private static final float SAME_EDGE = 3f;
    /** A repeated header has at most this many rows. */
    private static final int MAX_HEADER = 5;

    private final Predicate<String> isValue;

    /** @param isValue tells value cells (numbers, blanks, dashes) from label text */
    public TableStitcher(Predicate<String> isValue) {
        this.isValue = isValue;
    }

    /** The document's tables in reading order (pages in order, each page's tables top to bottom). */
    public List<CellGrid> stitch(List<PageTable> tables) {
        List<CellGrid> out = new ArrayList<>();
        List<List<GridCell>> rows = null;
        PageTable first = null;
        PageTable last = null;
        for (PageTable t : tables) {
            if (last != null && continues(last, t)) {
                List<List<GridCell>> more = new ArrayList<>(t.rows());
                int header = headerRows(first);
                int same = 0;
                while (same < header && same < more.size() && sameText(first.rows().get(same), more.get(same))) {
                    same++;
                }
                more = new ArrayList<>(more.subList(same, more.size()));
                if ((last.openBottom() || same == 0 && t.openTop()) && !more.isEmpty() && !rows.isEmpty()
                        && !(holdsValue(rows.get(rows.size() - 1)) && holdsValue(more.get(0)))) {
                    rows.set(rows.size() - 1, join(rows.get(rows.size() - 1), more.remove(0)));
                }
                rows.addAll(more);
                last = t;
                continue;
            }
            if (rows != null) {
                out.add(new CellGrid(rows, first.positions()));
            }
            rows = new ArrayList<>(t.rows());
            first = t;
            last = t;
        }
        if (rows != null) {
            out.add(new CellGrid(rows, first.positions()));
        }
        return out;
    }

    /**
     * True when {@code next} is the first table of the page after {@code prev}'s, with its columns. A
     * table on the same page that starts above where {@code prev} ends is on the next page too: the
     * right one of two pages scanned side by side on one sheet, read as pages of their own (their
     * positions each in their own page's coordinates, the cells' locations on the sheet).
     */
    private static boolean continues(PageTable prev, PageTable next) {
        boolean nextPage = next.page() == prev.page() + 1 || next.page() == prev.page() && next.top() < prev.bottom();
        if (!nextPage || prev.positions() != Positions.EXACT
                || next.positions() != Positions.EXACT || prev.columns().size() != next.columns().size()) {
            return false;
        }
        for (int i = 0; i < prev.columns().size(); i++) {
            if (Math.abs(prev.columns().get(i) - next.columns().get(i)) > SAME_EDGE) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a cell of the row holds a value. A row a page break split has its values on one side of the break
     * (a figure is one line; the label's lines go either side); when both sides hold values they are two whole
     * rows whose border the break left undrawn: Chromium draws no collapsed border where a table breaks, so the
     * row ending one page and the row starting the next both look open (red team rty's collapsed tables: the two
     * rows joined into one matched no form row, 14 cells lost on every print).
     */
    private boolean holdsValue(List<GridCell> row) {
        return row.stream().anyMatch(c -> !c.spanned() && !c.isBlank() && isValue.test(c.text()));
    }

    /** The leading rows of a table that hold no value (its header). */
    private int headerRows(PageTable t) {
        int n = 0;
        while (n < Math.min(MAX_HEADER, t.rows().size() - 1)
                && t.rows().get(n).stream().noneMatch(c -> !c.isBlank() && isValue.test(c.text()))) {
            n++;
        }
        return n;
    }

    /**
     * True when {@code repeat} is the header row {@code header} printed again at the top of the next page.
     * A cell may hold only the start of the header's text: a repeated row whose cell was merged down into
     * rows that are not repeated is cut to the row's own height (LibreOffice draws the rest over the rows
     * below, where {@link OverflowingText} keeps it out of their cells). Some cell must repeat whole, so a
     * row of other labels that merely begins like the header's is not taken for it.
     */
    private static boolean sameText(List<GridCell> header, List<GridCell> repeat) {
        if (header.size() != repeat.size()) {
            return false;
        }
        boolean whole = false;
        for (int i = 0; i < header.size(); i++) {
            String full = squeeze(header.get(i).text());
            String shown = squeeze(repeat.get(i).text());
            if (header.get(i).spanned() != repeat.get(i).spanned()
                    || !(full.equals(shown) || !shown.isEmpty() && full.startsWith(shown))) {
                return false;
            }
            whole |= !shown.isEmpty() && full.equals(shown);
        }
        return whole;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** One row from the two halves a page break made of it. */
    private static List<GridCell> join(List<GridCell> top, List<GridCell> bottom) {
        if (top.size() != bottom.size()) {
            List<GridCell> both = new ArrayList<>(top);
            both.addAll(bottom);
            return both;
        }
        List<GridCell> row = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            GridCell a = top.get(i);
            GridCell b = bottom.get(i);
            Location where = span(a.where(), b.where());
            if (a.spanned() && !b.spanned() && blankSlot(top, a)) {
                // the foot of the page is an empty slot with no inner borders (Chromium moves a row that
                // does not fit to the next page whole, and the rowspans beside it leave its space open):
                // the cells drawn below are the row's, and stand where they were drawn (the slot's box holds the
                // label and its neighbours' text, not theirs)
                row.add(new GridCell(b.text(), b.where(), false, b.notes(), b.span()));
            } else if (a.spanned()) {
                row.add(GridCell.spannedAt(where));
            } else {
                String text = a.text().isEmpty() ? b.text() : b.text().isEmpty() ? a.text() : a.text() + "\n" + b.text();
                row.add(GridCell.of(text, where));
            }
        }
        return row;
    }

    /**
     * True when the spanned position {@code covered} of {@code row} is covered by a blank cell that starts
     * in the same row: a merged cell with no text, not a label or header spanning down or across.
     */
    private static boolean blankSlot(List<GridCell> row, GridCell covered) {
        return row.stream().anyMatch(c -> !c.spanned() && c.where().equals(covered.where()) && c.isBlank());
    }

    /** A box from the top part's top-left corner on its page to the bottom part's bottom-right on its page. */
    private static Location span(Location a, Location b) {
        if (a instanceof Location.PageBox p && b instanceof Location.PageBox q && q.page() > p.page()) {
            return new Location.PageBox(p.page(), q.toPage(), p.x0(), p.y0(), q.x1(), q.y1(),
                    p.ocr() && q.ocr() ? Math.min(p.ocrConfidence(), q.ocrConfidence()) : p.ocrConfidence());
        }
        return a;
    }
}
