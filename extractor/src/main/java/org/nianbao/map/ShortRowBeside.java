package org.nianbao.map;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.nianbao.reconstruct.GridCell;

/**
 * Why a row printed with fewer figures than its columns may not have blank cells: the line just above
 * or below it names no row and holds a number standing in none of the row's figures' columns. A
 * borderless print sets a row's figures at two heights ({@code 行政规范性      18} over
 * {@code 文件   0   20}), and Chromium does the same with a row a page break cuts ({@code 1  0 0 0  1}
 * over {@code 7.属  0  0}); read as printed, the lower figures would leave blank cells that are not.
 * Tables 二 and 三 ask it, each saying what makes a neighbouring line another row's.
 */
final class ShortRowBeside {
    private ShortRowBeside() {
    }

    /**
     * @param rows the table's source rows
     * @param at the index of the row's own line in {@code rows}
     * @param width the number of value columns
     * @param anotherRow true for a line that is another row's (or any line that cannot be the rest of this
     *     row's figures)
     * @return the doubt, naming the figure that stands beside; empty when nothing says so, or the row's
     *     figures have no columns
     */
    static Optional<String> doubt(List<SourceRow> rows, int at, LabeledRow row, int width, ValueParser parser,
                                  Predicate<SourceRow> anotherRow) {
        List<GridCell> own = row.values().stream().filter(c -> !c.isBlank()).toList();
        if (own.isEmpty() || own.size() >= width || own.stream().anyMatch(c -> c.span().isEmpty())) {
            return Optional.empty();
        }
        for (int k : new int[] {at - 1, at + 1}) {
            if (k < 0 || k >= rows.size() || anotherRow.test(rows.get(k))) {
                continue;
            }
            for (GridCell c : rows.get(k).cells()) {
                if (!c.spanned() && c.span().isPresent() && parser.parse(c.text()).isNumber()
                        && own.stream().noneMatch(v -> v.span().get().overlaps(c.span().get()))) {
                    return Optional.of("'" + c.text().strip() + "' (" + c.where().render() + ") stands on a line "
                            + "with no row label next to this row's, in a column where this row prints nothing: the "
                            + "row's figures may be printed at two heights, so its blank cells may not be blank");
                }
            }
        }
        return Optional.empty();
    }
}
