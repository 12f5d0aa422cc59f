package org.nianbao.map;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/**
 * Column headers of space-aligned text put back together by character column. A header cell too
 * narrow for its label prints it over two lines ({@code 结果维} over {@code 持}, {@code 商业企} over
 * {@code 业}), and two labels in neighbouring cells can run together with one space
 * ({@code 自然人 法人或其他组织}). A fragment is joined to the one it stands under (same page,
 * starting within a column of it, on the next line), and a run is split at its spaces, only when
 * the result is exactly a column label: the character columns prove the pieces belong together,
 * the exact label that they are a header.
 */
final class HeaderFragments {

    private HeaderFragments() {
    }

    /**
     * The rows with header fragments split and joined where that gives exact labels.
     *
     * @param labels the labels a header of this table prints: its columns, and its groups
     */
    static List<SourceRow> join(List<SourceRow> section, ValueParser parser, LabelMatcher... labels) {
        List<SourceRow> rows = new ArrayList<>(section.size());
        for (SourceRow row : section) {
            List<GridCell> cells = new ArrayList<>();
            for (GridCell c : row.cells()) {
                cells.addAll(split(c, parser, labels));
            }
            rows.add(new SourceRow(cells, row.positions()));
        }
        Map<GridCell, GridCell> replaced = new IdentityHashMap<>();
        Map<GridCell, Boolean> consumed = new IdentityHashMap<>();
        for (int r = 0; r + 1 < rows.size(); r++) {
            for (GridCell upper : rows.get(r).cells()) {
                if (!fragment(upper, parser) || exact(upper.text(), labels)) {
                    continue;
                }
                TextSpan u = upper.span().orElseThrow();
                for (GridCell lower : rows.get(r + 1).cells()) {
                    if (!fragment(lower, parser) || consumed.containsKey(lower)) {
                        continue;
                    }
                    TextSpan l = lower.span().orElseThrow();
                    String joined = upper.text().strip() + lower.text().strip();
                    if (l.page() == u.page() && Math.abs(l.start() - u.start()) <= 1 && exact(joined, labels)) {
                        replaced.put(upper, GridCell.at(joined, upper.where(), new TextSpan(u.page(), u.start(),
                                Math.max(u.end(), l.end()))));
                        consumed.put(lower, true);
                        break;
                    }
                }
            }
        }
        if (replaced.isEmpty()) {
            return rows;
        }
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (SourceRow row : rows) {
            List<GridCell> cells = row.cells().stream().filter(c -> !consumed.containsKey(c))
                    .map(c -> replaced.getOrDefault(c, c)).toList();
            out.add(new SourceRow(cells, row.positions()));
        }
        return out;
    }

    /**
     * A run of words one space apart cut after each exact label ({@code 总计 未经复议直接起诉},
     * {@code 总计 结果 维}: {@code 总计} and the fragment {@code 结果 维}), each piece with its own
     * columns; the cell as it is when no piece is an exact label.
     */
    private static List<GridCell> split(GridCell cell, ValueParser parser, LabelMatcher... labels) {
        if (!fragment(cell, parser) || exact(cell.text(), labels) || cell.text().strip().indexOf(' ') < 0) {
            return List.of(cell);
        }
        TextSpan s = cell.span().orElseThrow();
        String text = cell.text();
        List<GridCell> out = new ArrayList<>();
        int pieceStart = -1;
        boolean anyExact = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || text.charAt(i) == ' ';
            if (pieceStart < 0 && !boundary) {
                pieceStart = i;
            }
            if (boundary && pieceStart >= 0 && exact(text.substring(pieceStart, i), labels)) {
                out.add(GridCell.at(text.substring(pieceStart, i), cell.where(),
                        new TextSpan(s.page(), s.start() + pieceStart, s.start() + i)));
                anyExact = true;
                pieceStart = -1;
            }
        }
        if (!anyExact) {
            return List.of(cell);
        }
        if (pieceStart >= 0) {
            out.add(GridCell.at(text.substring(pieceStart).strip(), cell.where(),
                    new TextSpan(s.page(), s.start() + pieceStart, s.end())));
        }
        return out;
    }

    private static boolean fragment(GridCell c, ValueParser parser) {
        return c.span().isPresent() && !c.spanned() && !c.isBlank() && !parser.isValue(c.text());
    }

    private static boolean exact(String text, LabelMatcher... labels) {
        for (LabelMatcher m : labels) {
            if (m.match(text).filter(LabelMatch::exact).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
