package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 二's column labels cut by a {@code <br>} in their cells, in Chromium's {@code innerText}: a row's cells stand a
 * tab apart, and a line break inside a cell ends the line, so {@code 本年制发<br>件数 | 本年废止<br>件数 | 现行有效<br>件数}
 * reaches the mapper as the rows {@code 信息内容⇥本年制发} / {@code 件数⇥本年废止} / {@code 件数⇥现行有效} / {@code 件数}.
 * Each row was read as the block's header in turn, the last naming one column, and the block's rows were
 * {@code row-too-many-values} (the generator's 2021 pages with line breaks, every copy of them).
 *
 * <p>Two consecutive rows are one where the last cell of the first and the first cell of the second, neither a column
 * label alone, join into exactly one: the join accounts for every character, and only a cell cut in two gives that.
 */
final class HeaderCutAtLineBreaks {

    private HeaderCutAtLineBreaks() {
    }

    /** The rows with each pair so cut joined into one row, the label's pieces into one cell. */
    static List<SourceRow> join(List<SourceRow> rows, LabelMatcher columns) {
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            if (!out.isEmpty() && cut(out.get(out.size() - 1), row, columns)) {
                SourceRow before = out.remove(out.size() - 1);
                List<GridCell> cells = new ArrayList<>(before.cells().subList(0, before.cells().size() - 1));
                GridCell first = before.cells().get(before.cells().size() - 1);
                cells.add(GridCell.of(first.text().strip() + row.cells().get(0).text().strip(), first.where()));
                cells.addAll(row.cells().subList(1, row.cells().size()));
                out.add(new SourceRow(cells, before.positions()));
                continue;
            }
            out.add(row);
        }
        return out.size() == rows.size() ? rows : out;
    }

    private static boolean cut(SourceRow before, SourceRow row, LabelMatcher columns) {
        if (before.cells().isEmpty() || row.cells().isEmpty() || before.positions() != row.positions()) {
            return false;
        }
        String end = before.cells().get(before.cells().size() - 1).text().strip();
        String start = row.cells().get(0).text().strip();
        return !end.isEmpty() && !start.isEmpty() && !exact(end, columns) && !exact(start, columns)
                && exact(end + start, columns);
    }

    private static boolean exact(String text, LabelMatcher columns) {
        return columns.match(text).filter(LabelMatch::exact).isPresent();
    }
}
