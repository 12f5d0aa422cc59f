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
     * A run of words one space apart cut into labels ({@code 总计 未经复议直接起诉}, {@code 总计 结果 维}:
     * {@code 总计} and the fragment {@code 结果 维}), each piece with its own columns: the fewest
     * pieces, each an exact label or the start of one whose rest a later line may print below it
     * ({@code 社会公益 法律服务 其 他} over {@code 组织   机构}); the cell as it is when there is no
     * such cut. A start of a label becomes a label only when {@link #join} finds its rest.
     */
    private static List<GridCell> split(GridCell cell, ValueParser parser, LabelMatcher... labels) {
        if (!fragment(cell, parser) || exact(cell.text(), labels) || cell.text().strip().indexOf(' ') < 0) {
            return List.of(cell);
        }
        String text = cell.text();
        List<LineWord> words = LineWord.of(text);
        int n = words.size();
        // best[k]: the fewest pieces covering the first k words (MAX when they cannot be cut);
        // from[k]: where the last of those pieces starts
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int k = 1; k <= n; k++) {
            for (int i = 0; i < k; i++) {
                if (best[i] == Integer.MAX_VALUE) {
                    continue;
                }
                String piece = text.substring(words.get(i).start(), words.get(k - 1).end());
                if (best[i] + 1 < best[k] && (exact(piece, labels) || begins(piece, labels))) {
                    best[k] = best[i] + 1;
                    from[k] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2) {
            return List.of(cell);
        }
        TextSpan s = cell.span().orElseThrow();
        List<GridCell> out = new ArrayList<>();
        for (int k = n; k > 0; k = from[k]) {
            int a = words.get(from[k]).start();
            int b = words.get(k - 1).end();
            out.add(0, GridCell.at(text.substring(a, b), cell.where(), new TextSpan(s.page(), s.start() + a, s.start() + b)));
        }
        return out;
    }

    /** True when the text is the start of a label, not the whole of it. */
    private static boolean begins(String text, LabelMatcher... labels) {
        for (LabelMatcher m : labels) {
            if (m.begins(text)) {
                return true;
            }
        }
        return false;
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
