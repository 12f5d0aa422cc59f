package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 二's rows of several cells whose blank marks and figures a page's lines ({@link PageLines}) print
 * on different lines. Poppler orders a line's words left to right, but lines by their heights, and a
 * narrow mark ({@code －}, {@code /}) set in another font than the digits stands a little higher or lower:
 * 规章 {@code 48078 | － | －} came out {@code －} / {@code －} / {@code 48078} from a Chromium print (one word
 * a line at 100 %; {@code pdftotext -nopgbrk} at 67 %: 行政规范性文件 {@code 11 | 5 | －} as {@code 11} /
 * {@code －} / {@code 5} too), read 现行有效件数 48078 with no finding (red team 18b). Where a row's marks
 * and figures stand on different lines, the place of each in the row is not proven (the figures keep
 * their order among themselves, but any mark may go between them), and table 二 has no sum to choose:
 * every value of the row is flagged. Marks and figures on one line are in the page's order. Table 四's
 * fifteen cells have no row label but its header words, and its group sums cannot choose either (a
 * {@code －} after 复议后起诉's figures, printed first in the row: 未经复议直接起诉 总计 read 4 for 1, fix18d):
 * after its title, every run of values whose marks and figures stand on different lines is flagged.
 */
public final class MarksAmongFigures {

    /** A blank cell written as a dash or slash. */
    private static final Pattern MARK = Pattern.compile("^[-—–−―－/／]+$");

    private final Predicate<String> isValue;
    private final FormRows form;

    public MarksAmongFigures(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /** {@code rows} with the values of each such row of table 二, and each such run of table 四, noted as unplaced. */
    public List<List<GridCell>> flagged(List<List<GridCell>> rows) {
        List<List<GridCell>> out = new ArrayList<>(rows.size());
        Optional<TableId> table = Optional.empty();
        for (List<GridCell> row : rows) {
            out.add(rowFlagged(row, table));
            for (GridCell c : row) {
                Optional<TableId> titled = form.title(c.text().strip());
                table = titled.isPresent() ? titled : table;
            }
        }
        return out;
    }

    /** {@code row} flagged, {@code table} the table whose title the rows before it printed last. */
    private List<GridCell> rowFlagged(List<GridCell> row, Optional<TableId> table) {
        List<GridCell> out = new ArrayList<>(row);
        for (int c = 0; c < row.size(); c++) {
            String label = row.get(c).text().strip();
            Optional<TableId> titled = form.title(label);
            table = titled.isPresent() ? titled : table;
            boolean appeals = table.filter(t -> t == TableId.APPEALS).isPresent();
            if (isValue.test(label) || !(severalCells(label) || appeals)) {
                continue;
            }
            int end = c + 1;
            while (end < row.size() && isValue.test(row.get(end).text().strip())) {
                end++;
            }
            List<GridCell> values = row.subList(c + 1, end);
            if (marksAndFiguresApart(values)) {
                String why = "the text prints a PDF page's lines, and poppler may print a narrow blank mark before or "
                        + "after the figures of the row's other columns; this row's marks and figures stand on different "
                        + "lines (" + String.join(" / ", values.stream().map(v -> v.text().strip()).toList()) + "), so "
                        + "which column each is in is not proven";
                for (int v = c + 1; v < end; v++) {
                    out.set(v, row.get(v).noted(CellNote.unplaced(why)));
                }
            }
            c = end - 1;
        }
        return out;
    }

    /** True when {@code label} names a row of table 二 with more than one cell. */
    private boolean severalCells(String label) {
        return form.row(label).filter(r -> r.table() == TableId.ACTIVE && r.widths().values().stream().anyMatch(w -> w > 1))
                .isPresent();
    }

    /** True when a mark and a figure among {@code values} stand on different lines. */
    private static boolean marksAndFiguresApart(List<GridCell> values) {
        for (GridCell a : values) {
            for (GridCell b : values) {
                if (MARK.matcher(a.text().strip()).matches() && !MARK.matcher(b.text().strip()).matches()
                        && !b.isBlank() && !a.where().equals(b.where())) {
                    return true;
                }
            }
        }
        return false;
    }
}
