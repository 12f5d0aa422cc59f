package org.nianbao.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;

/**
 * Tables built of {@code <div>}s (or spans, list items): rows are elements the page's CSS displays
 * as {@code table-row} or whose class says row ({@code row}, {@code tr}, {@code table-row}), cells
 * their children displayed as {@code table-cell} or classed {@code cell}, {@code td}, {@code th},
 * {@code col}. A div table is the parent of two or more such rows, each holding two or more cells;
 * only innermost ones count, and a div inside a real {@code <table>} is left to that table. Div
 * tables are numbered after all the page's {@code <table>} elements, in document order.
 */
final class DivTables {

    private static final Set<String> ROW_CLASSES = Set.of("row", "tr", "table-row");
    private static final Set<String> CELL_CLASSES = Set.of("cell", "td", "th", "col", "table-cell");

    private DivTables() {
    }

    /** The div tables under {@code body}, in document order. */
    static List<Element> find(Element body, HtmlVisibility visibility) {
        Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> ordered = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.childrenSize() >= 2 && isRow(e, visibility) && cells(e, visibility).size() >= 2 && e.parent() != null) {
                Element root = e.parent();
                long rows = root.children().stream().filter(c -> isRow(c, visibility)).count();
                if (rows >= 2 && roots.add(root)) {
                    ordered.add(root);
                }
            }
        }
        return ordered.stream().filter(r -> ordered.stream().noneMatch(o -> o != r && r.getAllElements().contains(o)))
                .filter(r -> r.parents().stream().noneMatch(p -> p.normalName().equals("table")))
                .filter(r -> !visibility.removed(r)).toList();
    }

    /** The div table as a grid; a row's cells each take one position (div tables have no spans). */
    static CellGrid grid(Element root, int number, HtmlVisibility visibility) {
        SpanGrid grid = new SpanGrid(number);
        for (Element row : root.children()) {
            if (!isRow(row, visibility) || visibility.seen(row).verdict() == HtmlVisibility.Verdict.REMOVED) {
                continue;
            }
            grid.nextRow();
            for (Element cell : cells(row, visibility)) {
                CellText text = HtmlText.cell(cell, visibility);
                List<CellNote> notes = new ArrayList<>(text.notes());
                LoadedPage.unsettled(cell, text.text()).ifPresent(notes::add);
                grid.add(text.text(), notes, 1, 1);
            }
        }
        return grid.build();
    }

    private static boolean isRow(Element e, HtmlVisibility visibility) {
        return !e.normalName().equals("tr") && (classed(e, ROW_CLASSES) || visibility.display(e).equals("table-row"));
    }

    private static List<Element> cells(Element row, HtmlVisibility visibility) {
        return row.children().stream().filter(c -> !c.normalName().equals("td") && !c.normalName().equals("th"))
                .filter(c -> visibility.display(c).equals("table-cell") || classed(c, CELL_CLASSES))
                .filter(c -> visibility.seen(c).verdict() != HtmlVisibility.Verdict.REMOVED).toList();
    }

    private static boolean classed(Element e, Set<String> names) {
        for (String c : e.classNames()) {
            if (names.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
