package org.nianbao.map;

import java.util.List;
import java.util.Optional;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * A block header of table 二 whose labels line breaks cut anywhere: {@code lynx -dump} prints a
 * header cell's {@code <br>} as a new line and runs neighbouring cells on with a space, so
 * {@code 上一年项<br>目数量 | 本年增/减 | 处理决定<br>数量} reaches the mapper as the pieces
 * {@code 上一年项}, {@code 目数量 本年增/减 处理决定}, {@code 数量}. No piece but 本年增/减 is a label,
 * and before, the block was read with one column named ({@code row-too-many-values}: the row lost).
 *
 * <p>The pieces after the stub (信息内容), joined in the order printed, are read as the block's
 * columns when they make up exactly one run of exact column labels end to end ({@link
 * LabelMatcher#matchRun}, or one exact label): every character is accounted for, so the line
 * breaks can only have fallen where the join puts them. Otherwise nothing is read here.
 */
final class WrappedHeaderCells {

    /** The stub of every block header: the rows' labels stand under it. */
    private static final String STUB = "信息内容";

    private WrappedHeaderCells() {
    }

    /**
     * The columns the pieces name, in order; empty when they are each a label already (read one by
     * one as before), or when their join is not exactly one run of labels.
     *
     * @param cells the text cells between a block's title and its first row's label
     */
    static Optional<Reading> read(List<GridCell> cells, LabelMatcher columns) {
        int from = 0;
        while (from < cells.size() && LabelText.normalize(cells.get(from).text()).equals(STUB)) {
            from++;
        }
        List<GridCell> pieces = cells.subList(from, cells.size());
        if (pieces.size() < 2 || pieces.stream().allMatch(c -> columns.match(c.text()).filter(LabelMatch::exact).isPresent())) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        pieces.forEach(c -> joined.append(c.text().replaceAll("\\s+", "")));
        String text = joined.toString();
        List<LabelMatch> run = columns.matchRun(text);
        if (run.isEmpty()) {
            run = columns.match(text).filter(LabelMatch::exact).map(List::of).orElse(List.of());
        }
        return run.isEmpty() ? Optional.empty() : Optional.of(new Reading(run, text, pieces.get(0).where()));
    }

    /** The columns named, the pieces joined (for a unit note such as 单位：万元), where the first piece stands. */
    record Reading(List<LabelMatch> columns, String text, Location where) {
        Reading {
            columns = List.copyOf(columns);
        }
    }
}
