package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 二's row labels that a page's lines ({@link PageLines}) print one after the other, before any of
 * their figures. Poppler orders lines by their heights: a narrow table's two row labels, set a little
 * higher than the figures, came out {@code 规章} / {@code 规范性文件} / {@code 第二十条第（五）项} / {@code 13} /
 * {@code 2} from a 67 % Chromium print (one word a line), only the first column's figures following, and
 * 规范性文件 was read {@code 13 | 2} for {@code 2 | 0 | 12} with no finding (fix18d). With both labels
 * printed before the figures, which row and column a figure after them is in is not proven: the figures
 * that follow, up to the next row label, are flagged. A row label followed by its own figures is in the
 * page's order.
 */
public final class LabelsBeforeFigures {

    private final Predicate<String> isValue;
    private final FormRows form;

    public LabelsBeforeFigures(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /** {@code rows} with the figures after two table 二 row labels printed together noted as unplaced. */
    public List<List<GridCell>> flagged(List<List<GridCell>> rows) {
        List<List<GridCell>> out = new ArrayList<>(rows.size());
        String together = null; // the labels printed together whose figures are still to come
        for (List<GridCell> row : rows) {
            // labels on lines of their own are rows printed empty (space-aligned text drops blank cells)
            String previous = "";
            List<GridCell> flagged = new ArrayList<>(row);
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c).text().strip();
                if (isValue.test(text)) {
                    if (together != null && !text.isEmpty()) {
                        flagged.set(c, row.get(c).noted(CellNote.unplaced("the text prints a PDF page's lines, and "
                                + "poppler printed the row labels " + together + " together before their figures, "
                                + "so which row and column this figure is in is not proven")));
                    }
                } else if (activeRow(text)) {
                    together = activeRow(previous) ? previous + " / " + text : null;
                }
                previous = text; // a blank cell between them is the first label's row printed (generated tab rows)
            }
            out.add(flagged);
        }
        return out;
    }

    private boolean activeRow(String label) {
        return form.row(label).filter(r -> r.table() == TableId.ACTIVE).isPresent();
    }
}
