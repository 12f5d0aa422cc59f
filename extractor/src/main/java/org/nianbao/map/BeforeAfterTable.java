package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.GridCell;

/**
 * A correction given as a small table rather than a sentence ({@code 更正如下：} over {@code 项目 | 更正前 |
 * 更正后}, one row per figure changed), as portals print one when several figures change. Each of its
 * rows is a notice withdrawing the figure under "before" for the one under "after".
 */
final class BeforeAfterTable {

    private static final Pattern BEFORE = Pattern.compile("更正前|修改前|修正前|调整前|原数据|原数值|原填报|原值|错误数据|误填数据");
    private static final Pattern AFTER = Pattern.compile("更正后|修改后|修正后|调整后|正确数据|现数据|更正数据|更正数|现值|正确数");

    private BeforeAfterTable() {
    }

    /** One notice per row of the table when it is a before/after table; empty otherwise. */
    static List<CorrectionNotice.Sentence> notices(CellGrid grid) {
        List<List<GridCell>> rows = grid.rows();
        List<CorrectionNotice.Sentence> transposed = transposed(rows);
        if (!transposed.isEmpty()) {
            return transposed;
        }
        for (int h = 0; h < rows.size(); h++) {
            int before = column(rows.get(h), BEFORE);
            int after = column(rows.get(h), AFTER);
            if (before >= 0 && after >= 0 && before != after) {
                return rowsUnder(rows.subList(h + 1, rows.size()), before, after);
            }
        }
        return List.of();
    }

    private static List<CorrectionNotice.Sentence> rowsUnder(List<List<GridCell>> rows, int before, int after) {
        List<CorrectionNotice.Sentence> out = new ArrayList<>();
        for (List<GridCell> row : rows) {
            String was = figure(row, before);
            String is = figure(row, after);
            if (was.isEmpty() || is.isEmpty() || row.isEmpty()) {
                continue;
            }
            StringBuilder label = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c != before && c != after) {
                    label.append(LabelText.nfkc(row.get(c).text()).replaceAll("\\s", ""));
                }
            }
            out.add(CorrectionNotice.Sentence.of(label + "：更正前" + was + "，更正后" + is,
                    row.get(0).where()));
        }
        return out;
    }

    /** The table laid the other way: 更正前 and 更正后 as row heads, the items as columns under a header row. */
    private static List<CorrectionNotice.Sentence> transposed(List<List<GridCell>> rows) {
        int before = -1;
        int after = -1;
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> row = rows.get(r);
            if (!row.isEmpty() && before < 0 && BEFORE.matcher(row.get(0).text()).find()) {
                before = r;
            } else if (!row.isEmpty() && after < 0 && AFTER.matcher(row.get(0).text()).find()) {
                after = r;
            }
        }
        if (before < 1 || after < 1) {
            return List.of();
        }
        List<GridCell> header = rows.get(0);
        List<CorrectionNotice.Sentence> out = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            String was = figure(rows.get(before), c);
            String is = figure(rows.get(after), c);
            if (!was.isEmpty() && !is.isEmpty()) {
                out.add(CorrectionNotice.Sentence.of(LabelText.nfkc(header.get(c).text()).replaceAll("\\s", "")
                        + "：更正前" + was + "，更正后" + is, header.get(c).where()));
            }
        }
        return out;
    }

    private static int column(List<GridCell> row, Pattern words) {
        for (int c = 0; c < row.size(); c++) {
            if (words.matcher(row.get(c).text()).find()) {
                return c;
            }
        }
        return -1;
    }

    private static String figure(List<GridCell> row, int column) {
        if (column >= row.size()) {
            return "";
        }
        Matcher m = CorrectionNotice.ONE_FIGURE.matcher(LabelText.nfkc(row.get(column).text()));
        return m.find() ? m.group() : "";
    }
}
