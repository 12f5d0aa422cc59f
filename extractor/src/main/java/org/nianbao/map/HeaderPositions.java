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
 */
final class HeaderPositions {

    /** column id → {width of its header row, index of its cell in that row} */
    private final Map<String, int[]> at = new HashMap<>();
    private final Set<String> conflicting = new HashSet<>();

    /** A header cell naming column {@code id} exactly, the {@code index}-th of a row of {@code width} cells. */
    void add(String id, int width, int index) {
        int[] was = at.putIfAbsent(id, new int[] {width, index});
        if (was != null && (was[0] != width || was[1] != index)) {
            conflicting.add(id);
        }
    }

    /**
     * The row's last {@code ids.size()} cells as its columns in the order {@code ids}, when the header
     * proves it: every column it named stands in a row as wide as this one, in the cell the order
     * puts it in, the first and the last column among them; empty otherwise.
     */
    Optional<List<GridCell>> columns(SourceRow row, List<String> ids, ValueParser parser) {
        List<GridCell> cells = row.cells();
        int w = cells.size();
        int n = ids.size();
        if (w <= n || !conflicting.isEmpty() || !at.containsKey(ids.get(0)) || !at.containsKey(ids.get(n - 1))
                || cells.stream().anyMatch(GridCell::spanned)) {
            return Optional.empty();
        }
        for (Map.Entry<String, int[]> e : at.entrySet()) {
            int i = ids.indexOf(e.getKey());
            if (i < 0 || e.getValue()[0] != w || e.getValue()[1] != w - n + i) {
                return Optional.empty();
            }
        }
        List<GridCell> last = cells.subList(w - n, w);
        return last.stream().allMatch(c -> parser.isValue(c.text())) ? Optional.of(List.copyOf(last)) : Optional.empty();
    }
}
