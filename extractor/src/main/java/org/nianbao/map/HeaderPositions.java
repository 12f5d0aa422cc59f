package org.nianbao.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nianbao.reconstruct.GridCell;

/**
 * Where table 三's column headers stand, cell by cell, in a grid that keeps every position of the
 * table (Markdown, tab-separated rows padded to every position, HTML with each merged position an
 * empty cell). A row of values exactly as wide as the header rows then holds its columns in the
 * cells the header names them in: a blank cell there is a blank, not an artefact of flattening,
 * however many blank cells stand before the values (the merged label columns).
 *
 * <p>A separator after a row's last cell (a crawler's trailing tab, in about one line in five of
 * 甘肃省-style text) shows as one more empty cell at the row's end. Positions are counted from the
 * row's start, so such a cell moves nothing: a header or value row one cell wider than the table
 * whose last cell is empty is read without it. Where the table shows such separators, a row exactly
 * as wide as the table whose last cell is empty may be a row that lost a cell plus a separator, and
 * proves nothing, unless a row shows an empty field between two values: text that prints one keeps
 * its blank cells and loses none ({@link KeptBlanks}).
 */
final class HeaderPositions {

    /** A header cell: the width of its row, its index in that row, whether the row's last cell is empty. */
    private record Entry(int width, int index, boolean lastEmpty) {
    }

    private final Map<String, Entry> at = new HashMap<>();
    private final Set<String> conflicting = new HashSet<>();
    /** Widths of the table's rows whose last cell is empty. */
    private final Set<Integer> endingEmpty = new HashSet<>();

    /** True once a row showed an empty field between two values: the text keeps its blank cells ({@link KeptBlanks}). */
    private boolean keepsBlanks;

    /**
     * A row of the table, of any kind: whether it shows a separator after its last cell, and whether
     * the text keeps blank cells, are told from these.
     */
    void row(SourceRow row, ValueParser parser) {
        List<GridCell> cells = row.cells();
        if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            endingEmpty.add(cells.size());
        }
        keepsBlanks |= KeptBlanks.shownBy(FormDecoder.tail(cells, parser));
    }

    /**
     * A header cell naming column {@code id} exactly, the {@code index}-th of a row of {@code width}
     * cells, that row's last cell empty or not.
     */
    void add(String id, int width, int index, boolean lastEmpty) {
        Entry was = at.putIfAbsent(id, new Entry(width, index, lastEmpty));
        if (was != null && (was.width() != width || was.index() != index)) {
            conflicting.add(id);
        }
    }

    /**
     * The row's {@code ids.size()} cells the header names as its columns, in the order {@code ids},
     * when the header proves it: every column it named stands where the order puts it after the
     * first, the first and the last column among them, in rows as wide as the table (the first
     * column's place plus the columns), or one cell wider with the last empty; the row is as wide,
     * or one wider with its last cell empty, and its columns' cells are values. Where some row of the
     * table ({@link #row}) is one wider and ends empty, a row as wide as the table that ends empty
     * proves nothing (it may have lost a cell and kept a separator), unless the table keeps its blank
     * cells. Empty otherwise.
     */
    Optional<List<GridCell>> columns(SourceRow row, List<String> ids, ValueParser parser) {
        List<GridCell> cells = row.cells();
        int w = cells.size();
        int n = ids.size();
        if (!conflicting.isEmpty() || !at.containsKey(ids.get(0)) || !at.containsKey(ids.get(n - 1))
                || cells.stream().anyMatch(GridCell::spanned)) {
            return Optional.empty();
        }
        int base = at.get(ids.get(0)).index();
        int table = base + n;
        for (Map.Entry<String, Entry> e : at.entrySet()) {
            int i = ids.indexOf(e.getKey());
            Entry h = e.getValue();
            if (i < 0 || h.index() != base + i || !(h.width() == table || h.width() == table + 1 && h.lastEmpty())) {
                return Optional.empty();
            }
        }
        boolean lastEmpty = w > 0 && cells.get(w - 1).isBlank();
        // a row that lost a cell and kept a separator: not in text that keeps its blank cells
        boolean separators = !keepsBlanks && endingEmpty.contains(table + 1);
        boolean fits = w == table && !(separators && lastEmpty) || w == table + 1 && lastEmpty;
        if (base < 1 || !fits) {
            return Optional.empty();
        }
        List<GridCell> columns = cells.subList(base, table);
        return columns.stream().allMatch(c -> parser.isValue(c.text())) ? Optional.of(List.copyOf(columns)) : Optional.empty();
    }
}
