package org.nianbao.map;

import java.util.List;
import java.util.Optional;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/**
 * Whether a row of a table 二 block, read from laid-out text ({@code pdftotext -layout}), holds each
 * value under the header of the column it is read in. A block's row with fewer figures than columns
 * is placed by the character columns of a full row near it, which may be another block's (they share
 * the page's table grid); where blank runs were re-spaced after the text was made (tabified at 8 and
 * shown at 2, {@code unexpand -a | expand -t 2}), that row's figures no longer stand where this
 * block's do, and a figure lands a column off ({@code 行政强制 185,126} read under 本年增/减 while it
 * stands under 上一年项目数量). The block's own header is the nearer evidence: a value that stands
 * under another column's header and not its own is in doubt. Only a row that leaves a column blank is
 * asked (a full row is read in order, whatever its figures' columns). No doubt where the header's places
 * are not known (a header glued or wrapped by the tool) or the value touches its own header.
 */
final class ValuesUnderHeader {

    private ValuesUnderHeader() {
    }

    /**
     * @param fit the row as read, one cell per column of {@code columns}
     * @param header per column, where its header cell stands, when known
     * @return why the row's values do not stand under their headers; empty when they do or it is not known
     */
    static Optional<String> doubt(RowFit fit, List<String> columns, List<Optional<TextSpan>> header) {
        if (header.size() != columns.size() || fit.cells().size() != columns.size()
                || fit.cells().stream().allMatch(c -> c.filter(v -> !v.isBlank()).isPresent())) {
            // a row that fills every column is read in order; only a short row is placed by positions
            // (and character columns of a CJK label's line and a header's differ: 规章 0 18 2 under 本年废止)
            return Optional.empty();
        }
        for (int col = 0; col < columns.size(); col++) {
            Optional<TextSpan> value = fit.cells().get(col).filter(c -> !c.isBlank()).flatMap(GridCell::span);
            if (value.isEmpty() || header.get(col).filter(h -> h.overlaps(value.get())).isPresent()) {
                continue;
            }
            for (int other = 0; other < columns.size(); other++) {
                if (other != col && header.get(other).filter(h -> h.overlaps(value.get())).isPresent()) {
                    return Optional.of("value '" + fit.cells().get(col).get().text().strip() + "' is read as "
                            + columns.get(col) + " but stands under the header of " + columns.get(other)
                            + ": the text's columns may have been re-spaced after it was laid out");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A value of a row that stands under none of its block's header words, where the header names every column on
     * one line. In laid-out text a block's header and its rows share the page's columns, each figure under its
     * header; where blank runs were re-spaced after the text was made ({@code unexpand -a | expand -t 2}: the tabs
     * count bytes, and a CJK label's line shrinks otherwise than the header's), a full row's last figure ends up
     * past the header's last word ({@code 行政许可 17 3(减） 70}, 70 two columns right of 处理决定数量). Then the
     * character columns of the text's blocks prove nothing, and a short row placed by them may stand a column off
     * with its header agreeing ({@code 行政处罚 771 981}, 981 under 本年增/减). A short row's figure between two
     * header words shows it as well: at {@code unexpand -a -t 4 | expand -t 2} no full row was left off its header,
     * but 行政处罚's 981 stood between 本年增/减 and 处理决定数量, and 行政强制's lone 6, a line below, under 本年增/减
     * (it is 处理决定数量's; red team 23b).
     *
     * @param values the figures the row prints, whether or not they could be placed
     * @return what stands under no header word; empty when every value stands under one or it is not known
     */
    static Optional<String> offEveryHeader(List<GridCell> values, List<Optional<TextSpan>> header) {
        if (header.isEmpty() || header.stream().anyMatch(Optional::isEmpty) || values.size() > header.size()) {
            return Optional.empty();
        }
        for (GridCell cell : values) {
            Optional<TextSpan> value = Optional.of(cell).filter(v -> !v.isBlank()).flatMap(GridCell::span);
            if (value.isPresent() && header.stream().noneMatch(h -> h.get().overlaps(value.get()))) {
                return Optional.of("'" + cell.text().strip() + "'");
            }
        }
        return Optional.empty();
    }
}
