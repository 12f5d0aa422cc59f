package org.nianbao.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where table 四's header cells stand, cell by cell, in text that keeps every position of the table
 * (Markdown, tab-separated rows padded to every position): {@code | 行政复议 |  |  |  |  | 行政诉讼 | …}
 * over {@code | 结果维持 | … | 总计 | 未经复议直接起诉 |  | … | 复议后起诉 | …} over {@code |  | … | 结果维持
 * | … |}. When the fifteen columns are each named once, at the fifteen places of rows exactly as wide
 * as the row of values, in the order the header reading puts them, and each group is named where its
 * first column stands, the row of fifteen holds every column where the header names it: a blank cell
 * there is a blank, not an artefact of flattening (the header rows show the text keeps empty places).
 *
 * <p>As in {@link HeaderPositions}, a separator after a row's last cell would make a row one cell
 * wider: where any row of the table is one wider than the header and ends empty, nothing is proved.
 */
final class AppealsPositions {

    /** A header cell naming a group or a column: the width of its row and its index there. */
    private record Entry(String id, int width, int index) {
    }

    private final List<Entry> columns = new ArrayList<>();
    private final List<Entry> groups = new ArrayList<>();
    private final Set<Integer> endingEmpty = new HashSet<>();

    /** A row of the table, of any kind: whether it shows a separator after its last cell is told from these. */
    void row(SourceRow row) {
        if (!row.cells().isEmpty() && row.cells().get(row.cells().size() - 1).isBlank()) {
            endingEmpty.add(row.cells().size());
        }
    }

    /** A header cell naming column {@code id} exactly, the {@code index}-th of a row of {@code width} cells. */
    void column(String id, int width, int index) {
        columns.add(new Entry(id, width, index));
    }

    /** A header cell naming group {@code id} (行政复议, 未经复议直接起诉, 复议后起诉) exactly. */
    void group(String id, int width, int index) {
        groups.add(new Entry(id, width, index));
    }

    /**
     * True when the header proves that a row of {@code width} cells, all of them the values, holds
     * the slots in the order given: slot {@code i} at index {@code i}.
     */
    boolean proves(List<AppealsHeader.Slot> slots, int width) {
        if (slots.size() != width || columns.size() != width || endingEmpty.contains(width + 1)) {
            return false;
        }
        String[] at = new String[width];
        for (Entry e : columns) {
            if (e.width() != width || at[e.index()] != null) {
                return false;
            }
            at[e.index()] = e.id();
        }
        for (int i = 0; i < width; i++) {
            AppealsHeader.Slot s = slots.get(i);
            if (!s.column().equals(at[i]) || !s.placement().identified()) {
                return false;
            }
            boolean firstOfGroup = i == 0 || !slots.get(i - 1).row().equals(s.row());
            int index = i;
            List<Entry> named = groups.stream().filter(g -> g.id().equals(s.row())).toList();
            if (firstOfGroup && (named.isEmpty()
                    || !named.stream().allMatch(g -> g.width() == width && g.index() == index))) {
                return false;
            }
        }
        return true;
    }
}
