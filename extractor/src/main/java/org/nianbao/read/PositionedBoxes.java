package org.nianbao.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.nianbao.reconstruct.CellNote;

/**
 * Numbers a page draws in boxes taken out of the flow ({@code position:absolute} or {@code fixed}):
 * Word saves a text box as such a span holding a one-cell table, placed by offsets from the
 * paragraph it is anchored in, and a form filled in with text boxes shows its figures that way,
 * over the empty cells of a table. Where the box lands depends on the layout of everything above
 * it, which this reader does not compute, so the number is not read into a cell; instead the empty
 * cells of the table it may be drawn over — the data table it stands in, else the first one after
 * it in the page, and the one before it too when the box is moved up (a negative {@code top} or
 * {@code margin-top}, or placed by {@code bottom}: Word's box anchored in the paragraph after a
 * table and drawn over it) — are noted as possibly covered, so that they are not read as blanks.
 * The cell a box stands in, and the cells after it in its row, are noted too, whatever their own
 * text: the box may be drawn over that text (a white label holding the corrected figure over the
 * old one, anchored in the label cell and pushed onto the value cell), so neither is the value.
 * Only a box whose shown text is one number counts (a page counter or a pager of several numbers is
 * not a value); a box moved out of sight is hidden text already ({@link HtmlVisibility}).
 */
final class PositionedBoxes {

    private static final Pattern NUMBER = Pattern.compile("[-−]?[0-9０-９][0-9０-９,，.．]*");

    private final Map<Element, List<String>> over = new IdentityHashMap<>();
    private final Map<Element, List<String>> inCell = new IdentityHashMap<>();

    private PositionedBoxes() {
    }

    /** The positioned numbers of the page, by the data table each may be drawn over. */
    static PositionedBoxes of(Element body, Set<Element> dataTables, HtmlVisibility visibility) {
        PositionedBoxes boxes = new PositionedBoxes();
        if (!mentionsPositioning(body)) {
            return boxes; // most pages: no element to look at, no style to work out
        }
        Element pending = null; // a box waiting for the next data table
        Element previous = null; // the last data table begun before the element at hand
        List<String> waiting = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (dataTables.contains(e) && !waiting.isEmpty() && !inside(e, pending)) {
                boxes.over.computeIfAbsent(e, k -> new ArrayList<>()).addAll(waiting);
                waiting.clear();
                pending = null;
            }
            if (dataTables.contains(e)) {
                previous = e;
            }
            String position = visibility.position(e);
            if (!position.equals("absolute") && !position.equals("fixed") || inBox(e, visibility) || !shown(e, visibility)) {
                continue;
            }
            String text = e.text().strip();
            if (!NUMBER.matcher(text).matches()) {
                continue;
            }
            String what = "'" + text + "' in a box placed by position:" + position;
            Element table = dataTable(e, dataTables);
            if (table != null) {
                boxes.over.computeIfAbsent(table, k -> new ArrayList<>()).add(what);
                Element cell = cell(e, table);
                // the box may be pushed right of the cell it stands in (a white label anchored in the
                // row's label cell and drawn over the value cell's old figure, red team 12b): the
                // cells after it in its row are doubted too
                for (Element c = cell; c != null; c = c.nextElementSibling()) {
                    if (c.normalName().equals("td") || c.normalName().equals("th")) {
                        boxes.inCell.computeIfAbsent(c, k -> new ArrayList<>()).add(what);
                    }
                }
            } else {
                waiting.add(what);
                pending = e;
                if (previous != null && visibility.movedUp(e)) {
                    boxes.over.computeIfAbsent(previous, k -> new ArrayList<>()).add(what + ", moved up");
                }
            }
        }
        return boxes;
    }

    /** The page's inline styles or style sheets say {@code absolute} or {@code fixed} somewhere. */
    private static boolean mentionsPositioning(Element body) {
        if (!body.select("[style*=absolute], [style*=fixed]").isEmpty()) {
            return true;
        }
        Element root = body.ownerDocument() == null ? body : body.ownerDocument();
        return root.select("style").stream().map(s -> s.data().toLowerCase(java.util.Locale.ROOT))
                .anyMatch(css -> css.contains("absolute") || css.contains("fixed"));
    }

    /**
     * Notes for {@code cell} of {@code table}: the numbers that may be drawn over it when it is
     * empty, and those in boxes it holds itself, whatever its text.
     */
    List<CellNote> notes(Element table, Element cell, boolean empty) {
        List<CellNote> notes = new ArrayList<>();
        for (String b : inCell.getOrDefault(cell, List.of())) {
            notes.add(CellNote.covered("a number drawn out of the text's flow (" + b + ") stands in this cell or"
                    + " one before it in the row and may be drawn over its text; where it lands is not worked out"));
        }
        if (empty && notes.isEmpty()) {
            for (String b : over.getOrDefault(table, List.of())) {
                notes.add(CellNote.covered("a number drawn out of the text's flow (" + b + ", as Word saves a text box)"
                        + " may stand over this empty cell; where it lands is not worked out"));
            }
        }
        return notes;
    }

    /** The cell of {@code table} that holds {@code e}. */
    private static Element cell(Element e, Element table) {
        Element cell = null;
        for (Element p : e.parents()) {
            if (p == table) {
                break;
            }
            if (p.normalName().equals("td") || p.normalName().equals("th")) {
                cell = p;
            }
        }
        return cell;
    }

    private static boolean inside(Element e, Element box) {
        return box != null && e.parents().contains(box);
    }

    /** Inside another positioned box: the outermost one is the box. */
    private static boolean inBox(Element e, HtmlVisibility visibility) {
        for (Element p : e.parents()) {
            String position = visibility.position(p);
            if (position.equals("absolute") || position.equals("fixed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Element e, HtmlVisibility visibility) {
        for (Element a = e; a != null; a = a.parent()) {
            if (!visibility.seen(a).verdict().read()) {
                return false;
            }
        }
        return true;
    }

    /** The data table whose cell holds {@code e}, or null. */
    private static Element dataTable(Element e, Set<Element> dataTables) {
        for (Element p : e.parents()) {
            if (dataTables.contains(p)) {
                return p;
            }
        }
        return null;
    }
}
