package org.nianbao.reconstruct.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.nianbao.model.TableId;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * Table 四's figures a page's lines ({@link PageLines}) print in part after the text that follows the table.
 * Poppler orders lines by their heights, and figures set in another font than the row's others (a page mixing
 * {@code 0} and {@code ０}) stand a little lower: one word a line of a Chromium print at 80 % printed table 四's
 * row as thirteen figures, then sections 五 and 六, then the row's last two ({@code 1} / {@code 3}); the thirteen
 * were read as the row with two blank cells lost, the group sums holding with 复议后起诉 总计 {@code 1} for 3
 * (fix19t, made a case by fix20o). Table 四 has no row label to tie a figure to its place, and the sums hold with
 * figures missing, so a row printed with fewer figures than its fifteen cells while figures stand after the
 * report's next part is not proven: every figure after the table's title is flagged, up to the next table's
 * title. A row printed whole is read as it is (a figure after the text is then something else, a page number).
 * {@code pdftotext}'s default mode reads such a row by its blocks ({@link AppealsValues}).
 */
public final class AppealsFiguresPastText {

    private static final int APPEALS_CELLS = 15;

    private final Predicate<String> isValue;
    private final FormRows form;

    public AppealsFiguresPastText(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /** {@code rows} with table 四's figures noted as unplaced where some of them were printed after the text that follows it. */
    public List<List<GridCell>> flagged(List<List<GridCell>> rows) {
        List<int[]> figures = new ArrayList<>(); // row and cell of each figure after table 四's title
        int beforeText = -1; // figures printed before the report's next part, once it is reached
        boolean inAppeals = false;
        List<List<GridCell>> out = rows;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String text = rows.get(r).get(c).text().strip();
                if (inAppeals && AppealsValues.AFTER_TABLES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find()) {
                    // the report's next part (五、存在的主要问题…, 六、其他需要报告的事项), which may read as a title
                    beforeText = beforeText < 0 && !figures.isEmpty() ? figures.size() : beforeText;
                    continue;
                }
                var titled = form.title(text);
                if (titled.isPresent()) {
                    // a title ends the run (a page's header may name 政府信息公开 before table 二: no run then)
                    out = decided(out, figures, beforeText);
                    inAppeals = titled.get() == TableId.APPEALS;
                    figures.clear();
                    beforeText = -1;
                } else if (inAppeals && isValue.test(text) && !text.isEmpty()) {
                    figures.add(new int[] {r, c});
                }
            }
        }
        return decided(out, figures, beforeText);
    }

    private static List<List<GridCell>> decided(List<List<GridCell>> rows, List<int[]> figures, int beforeText) {
        if (beforeText < 0 || beforeText >= APPEALS_CELLS || figures.size() == beforeText) {
            return rows;
        }
        List<String> printed = figures.stream().map(f -> rows.get(f[0]).get(f[1]).text().strip()).toList();
        String why = "the text prints a PDF page's lines, and table 四's row printed " + beforeText + " figures for its "
                + APPEALS_CELLS + " cells before the report's next part and " + (figures.size() - beforeText)
                + " after it (" + String.join(" / ", printed.subList(beforeText, printed.size())) + "): poppler may "
                + "print a row's figures set in another font apart from the rest, so which cell each is in is not proven";
        List<List<GridCell>> out = new ArrayList<>(rows);
        for (int[] f : figures) {
            List<GridCell> row = new ArrayList<>(out.get(f[0]));
            row.set(f[1], row.get(f[1]).noted(CellNote.unplaced(why)));
            out.set(f[0], row);
        }
        return out;
    }
}
