package org.nianbao.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;

/**
 * Tables laid out by CSS grid: a box displayed as {@code grid} whose children are the cells, placed row by row into
 * the columns its {@code grid-template-columns} counts, each spanning what its {@code grid-column}/{@code grid-row}
 * {@code span N} says (a CMS writing a report's table as a grid of divs). Only a grid whose placement is certain is
 * read as a table: a fixed number of columns ({@code repeat(N, …)} or listed tracks, not {@code auto-fill}), every
 * item auto-placed in order (no line numbers, areas, {@code order} or dense packing) and no text loose between
 * items; any other grid is read as the running text it also is. Grids are numbered after the div tables.
 */
final class GridTables {

    /** A track list's {@code repeat(N, tracks)}; auto-fill and auto-fit repeat as many times as the width allows. */
    private static final Pattern REPEAT = Pattern.compile("repeat\\(\\s*(\\d{1,3})\\s*,([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern SPAN = Pattern.compile("span\\s+(\\d{1,6})");
    /** A table of the form has at most 16 columns; a grid claiming hundreds is no report table. */
    private static final int MAX_COLUMNS = 64;
    /** A hostile {@code span 65534} must not exhaust memory; no table of the form spans more than a few rows. */
    private static final int MAX_SPAN = 1000;

    /** Children a browser gives no grid position: code and what shows nothing while scripts run. */
    private static final java.util.Set<String> NOT_ITEMS = java.util.Set.of("script", "style", "template", "noscript");

    private GridTables() {
    }

    /** A grid read as a table: its box, its columns, where each item stands, and the positions they cover row by row. */
    record Layout(Element root, int columns, List<Placed> items, List<BitSet> covered) {
    }

    /** The grids under {@code body} that are read as tables, innermost only, none inside a {@code <table>}. */
    static List<Layout> find(Element body, HtmlVisibility visibility) {
        List<Layout> found = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            layout(e, visibility).filter(l -> !visibility.removed(e)
                    && e.parents().stream().noneMatch(p -> p.normalName().equals("table"))).ifPresent(found::add);
        }
        return found.stream().filter(g -> found.stream().noneMatch(o -> o != g && g.root().getAllElements().contains(o.root())))
                .toList();
    }

    /** The grid as a table: its items at the positions CSS places them, holes as blank cells. */
    static CellGrid grid(Layout layout, int number, HtmlVisibility visibility) {
        Map<Integer, Placed> anchored = new HashMap<>();
        layout.items().forEach(p -> anchored.put(p.row() * layout.columns() + p.column(), p));
        SpanGrid grid = new SpanGrid(number);
        for (int r = 0; r < layout.covered().size(); r++) {
            grid.nextRow();
            for (int c = 0; c < layout.columns(); c++) {
                Placed at = anchored.get(r * layout.columns() + c);
                if (at != null) {
                    CellText text = HtmlText.gridItem(at.item(), visibility);
                    List<CellNote> notes = new ArrayList<>(text.notes());
                    LoadedPage.unsettled(at.item(), text.text()).ifPresent(notes::add);
                    grid.add(text.text(), notes, at.rowspan(), at.colspan());
                } else if (!layout.covered().get(r).get(c)) {
                    grid.addNothing(1); // a hole sparse placement left: the page shows an empty position
                }
            }
        }
        return grid.build();
    }

    record Placed(Element item, int row, int column, int rowspan, int colspan) {
    }

    /** The number of columns a grid box defines; none for a box that is no grid or whose columns depend on its width. */
    private static Optional<Integer> columns(Element e, HtmlVisibility visibility) {
        String display = visibility.display(e).strip().toLowerCase(java.util.Locale.ROOT);
        if (!display.equals("grid") && !display.equals("inline-grid")) {
            return Optional.empty();
        }
        String tracks = visibility.property(e, "grid-template-columns").replaceAll("\\[[^\\]]*\\]", " ");
        if (tracks.isEmpty() || tracks.contains("auto-fill") || tracks.contains("auto-fit") || tracks.contains("subgrid")) {
            return Optional.empty();
        }
        int count = 0;
        Matcher repeat = REPEAT.matcher(tracks);
        StringBuilder rest = new StringBuilder();
        while (repeat.find()) {
            count += Integer.parseInt(repeat.group(1)) * tracks(repeat.group(2));
            repeat.appendReplacement(rest, " ");
        }
        repeat.appendTail(rest);
        if (rest.toString().contains("repeat")) {
            return Optional.empty(); // a repeat this reader does not count
        }
        count += tracks(rest.toString());
        return count >= 2 && count <= MAX_COLUMNS ? Optional.of(count) : Optional.empty();
    }

    /** How many tracks a list names: {@code 100px minmax(4em, 1fr) auto} is three. */
    private static int tracks(String list) {
        String flat = list;
        for (String inner = flat.replaceAll("\\([^()]*\\)", ""); !inner.equals(flat); inner = flat.replaceAll("\\([^()]*\\)", "")) {
            flat = inner;
        }
        flat = flat.strip();
        return flat.isEmpty() ? 0 : flat.split("\\s+").length;
    }

    /**
     * Where CSS's sparse auto-placement puts each shown item, row by row: none when a placement is not certain
     * (an item placed by line or area, an {@code order}, dense or column flow, text loose in the box).
     */
    private static Optional<Layout> layout(Element root, HtmlVisibility visibility) {
        Optional<Integer> width = columns(root, visibility);
        if (width.isEmpty() || root.textNodes().stream().anyMatch(t -> !t.isBlank())
                || !visibility.property(root, "grid-auto-flow").isEmpty()
                        && !visibility.property(root, "grid-auto-flow").equals("row")) {
            return Optional.empty();
        }
        int columns = width.get();
        List<BitSet> taken = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        int row = 0;
        int col = 0;
        for (Element item : root.children()) {
            String position = visibility.property(item, "position");
            if (visibility.seen(item).verdict() == HtmlVisibility.Verdict.REMOVED || NOT_ITEMS.contains(item.normalName())
                    || position.equals("absolute") || position.equals("fixed")) {
                continue; // takes no grid position: code, or a box out of the flow (a ribbon, a fixed link)
            }
            Optional<Integer> colspan = span(visibility, item, "grid-column");
            Optional<Integer> rowspan = span(visibility, item, "grid-row");
            if (colspan.isEmpty() || rowspan.isEmpty() || !visibility.property(item, "order").isEmpty()
                    && !visibility.property(item, "order").equals("0")
                    || !visibility.property(item, "grid-area").isEmpty()
                    || visibility.display(item).equalsIgnoreCase("contents")) {
                return Optional.empty();
            }
            int cs = Math.min(colspan.get(), columns);
            int rs = rowspan.get();
            while (true) {
                if (col + cs > columns) {
                    row++;
                    col = 0;
                }
                if (free(taken, row, col, rs, cs)) {
                    break;
                }
                col++;
            }
            for (int r = row; r < row + rs; r++) {
                while (taken.size() <= r) {
                    taken.add(new BitSet());
                }
                taken.get(r).set(col, col + cs);
            }
            placed.add(new Placed(item, row, col, rs, cs));
            col += cs;
        }
        long rows = placed.stream().mapToInt(p -> p.row).distinct().count();
        return rows >= 2 ? Optional.of(new Layout(root, columns, List.copyOf(placed), taken)) : Optional.empty();
    }

    /**
     * An item's span along one axis, from {@code grid-column} (or its {@code -start}/{@code -end}): 1 when it sets
     * none, N for {@code span N}; none when it names a line, whose place this reader does not work out.
     */
    private static Optional<Integer> span(HtmlVisibility visibility, Element item, String axis) {
        int span = 1;
        for (String property : List.of(axis, axis + "-start", axis + "-end")) {
            String value = visibility.property(item, property);
            if (value.isEmpty() || value.equals("auto") || value.equals("auto / auto")) {
                continue;
            }
            Matcher m = SPAN.matcher(value);
            String rest = value.replaceFirst(SPAN.pattern(), "").replace("/", "").replace("auto", "").strip();
            if (!m.find() || !rest.isEmpty()) {
                return Optional.empty();
            }
            span = Math.max(1, Math.min(Integer.parseInt(m.group(1)), MAX_SPAN));
        }
        return Optional.of(span);
    }

    private static boolean free(List<BitSet> taken, int row, int col, int rowspan, int colspan) {
        for (int r = row; r < row + rowspan && r < taken.size(); r++) {
            if (taken.get(r).get(col, col + colspan).cardinality() > 0) {
                return false;
            }
        }
        return true;
    }
}
