package org.nianbao.map;

import java.util.List;
import java.util.Optional;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Table 二 of laid-out text whose page was cropped on the right ({@code pdftotext -layout -x 0 -W 360}):
 * the crop's edge cuts what stands across it, a header label ({@code 采购总金额} printed {@code 采购总}) and a
 * figure alike ({@code 67538.9964} printed {@code 67538.996}, red team 16n). A figure cut at a digit is still
 * a number and the row keeps all its cells, so nothing in the row tells the cut; the header does. A block
 * header label that ends its line printed as the start of its column's label only ({@code 本年新公开},
 * {@code 处理决}) was cut by the edge; the last figure of each row of such a table may stand at the edge too.
 * The text's character columns cannot say which ones do (pdftotext spaces a cropped page by its own grid:
 * the cut lines of one page end 62–71 columns in), so each is flagged, never read as whole. Text read in
 * order ({@code pdftotext -raw}) prints a wrapped label's lines one after the other in one row: there the
 * cut shows as a label's start followed by its end, what stood between lost at the edge.
 */
final class CroppedActiveTable {

    /** The shortest label start taken for a cut one (本年 begins half the labels: too short to tell). */
    private static final int MIN_CUT = 3;
    /** The lines a label wrapped in its cell may continue on (the stub 信息内容 may stand between). */
    private static final int BELOW = 3;

    private CroppedActiveTable() {
    }

    /**
     * Whether a header label of the table's laid-out rows ends its line cut short of its column's label,
     * its rest printed nowhere below: a label wrapped in its cell (a narrow page: {@code 本年制发} over
     * {@code 件数}) has it on the next lines.
     */
    static boolean shown(List<SourceRow> rows, LabelMatcher columns) {
        for (int at = 0; at < rows.size(); at++) {
            SourceRow row = rows.get(at);
            if (row.positions() != Positions.FLATTENED || row.cells().isEmpty()) {
                continue;
            }
            if (row.cells().stream().anyMatch(c -> c.text().indexOf('\uFFFD') >= 0)) {
                continue; // a header cut by bytes (Debian html2text), not by an edge: CutHeader's
            }
            for (int i = 0; i < row.cells().size(); i++) {
                Optional<String> rest = restOfCut(row.cells().get(i), columns);
                if (rest.isEmpty()) {
                    continue;
                }
                boolean last = i == row.cells().size() - 1;
                if (last ? !restBelow(rows, at, rest.get()) : middleLost(rest.get(), row.cells().get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a header cell printed as the start of its column's label only leaves out of the label. */
    private static Optional<String> restOfCut(GridCell cell, LabelMatcher columns) {
        String printed = squeezed(cell.text());
        Optional<LabelMatch> m = columns.match(cell.text());
        String label = m.map(l -> squeezed(l.standard())).orElse("");
        if (printed.length() >= MIN_CUT && m.isPresent() && !m.get().exact() && label.length() > printed.length()
                && label.startsWith(printed)) {
            return Optional.of(label.substring(printed.length()));
        }
        return Optional.empty();
    }

    /**
     * Whether the cell after a label's start prints the label's end but not what lies between: a label
     * wrapped in its cell ({@code 现行有效} over {@code 件数}) and cut at the edge on its first line, as
     * {@code pdftotext -raw} prints it, one line after the other ({@code 现行有 件数}, red team 19).
     */
    private static boolean middleLost(String rest, GridCell next) {
        String t = squeezed(next.text());
        return !t.isEmpty() && t.length() < rest.length() && rest.endsWith(t);
    }

    /** Whether a cell of the next {@link #BELOW} rows begins the rest of a label, or the rest begins it. */
    private static boolean restBelow(List<SourceRow> rows, int at, String rest) {
        return rows.subList(at + 1, Math.min(rows.size(), at + 1 + BELOW)).stream()
                .flatMap(r -> r.cells().stream()).map(c -> squeezed(c.text()))
                .anyMatch(t -> !t.isEmpty() && (t.startsWith(rest) || rest.startsWith(t)));
    }

    private static String squeezed(String text) {
        return LabelText.nfkc(text).replaceAll("\\s+", "");
    }
}
