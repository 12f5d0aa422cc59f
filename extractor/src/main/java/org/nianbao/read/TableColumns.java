package org.nianbao.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Which {@code <col>} (or {@code <colgroup>} without cols) each cell of an HTML table starts
 * under, counting columns as a browser lays the table out: a cell takes the first column no
 * {@code rowspan} from a row above has taken, within its own row group. Browsers paint a column's
 * background (and its group's) under the cells of that column, between the table's background and
 * the rows' (CSS 2.1 §17.5.1); nothing else a column declares reaches its cells but width and
 * {@code visibility:collapse}.
 */
final class TableColumns {

    private static final int MAX = 1000;

    private final Map<Element, Integer> startColumn = new IdentityHashMap<>();
    private final List<Element> columns = new ArrayList<>();

    private TableColumns() {
    }

    static TableColumns of(Element table) {
        TableColumns t = new TableColumns();
        for (Element child : table.children()) {
            List<Element> cols = switch (child.normalName()) {
                case "col" -> List.of(child);
                case "colgroup" -> {
                    List<Element> inner = child.children().stream().filter(c -> c.normalName().equals("col")).toList();
                    yield inner.isEmpty() ? List.of(child) : inner;
                }
                default -> List.of();
            };
            for (Element col : cols) {
                int n = Math.max(1, Math.min(HtmlFormatReader.span(col.attr("span"), 1), MAX));
                for (int i = 0; i < n && t.columns.size() < MAX; i++) {
                    t.columns.add(col);
                }
            }
        }
        if (t.columns.isEmpty()) {
            return t;
        }
        for (List<Element> rows : HtmlFormatReader.rowGroups(table)) {
            List<BitSet> taken = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                while (taken.size() <= r) {
                    taken.add(new BitSet());
                }
                int column = 0;
                for (Element cell : rows.get(r).children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                        continue;
                    }
                    column = taken.get(r).nextClearBit(column);
                    if (column >= MAX) {
                        break;
                    }
                    t.startColumn.put(cell, column);
                    int colspan = Math.max(1, Math.min(HtmlFormatReader.span(cell.attr("colspan"), 1), MAX));
                    int rowspan = HtmlFormatReader.span(cell.attr("rowspan"), 1);
                    int down = rowspan == 0 ? rows.size() - r : Math.max(1, Math.min(rowspan, rows.size() - r));
                    for (int d = 0; d < down; d++) {
                        while (taken.size() <= r + d) {
                            taken.add(new BitSet());
                        }
                        taken.get(r + d).set(column, Math.min(column + colspan, MAX));
                    }
                    column += colspan;
                }
            }
        }
        return t;
    }

    /**
     * The {@code <col>} and then the {@code <colgroup>} a cell starts under, the one nearer the cell
     * first; empty when the table declares no columns there.
     */
    List<Element> over(Element cell) {
        Integer c = startColumn.get(cell);
        if (c == null || c >= columns.size()) {
            return List.of();
        }
        Element col = columns.get(c);
        Element parent = col.parent();
        return col.normalName().equals("col") && parent != null && parent.normalName().equals("colgroup")
                ? List.of(col, parent) : List.of(col);
    }
}
