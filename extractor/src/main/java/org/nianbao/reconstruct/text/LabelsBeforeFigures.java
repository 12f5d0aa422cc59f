package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
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
 *
 * <p>Table 三 has sums, so the same is asked only of a run of zeros, which keeps every sum wherever it goes,
 * after the labels of two rows the form puts one after the other, where table 三 printed fewer figures than
 * its rows have cells (the page leaves blank cells empty): an A5 Chromium print gave {@code 7.属于行政执法案卷} /
 * {@code 8.属于行政查询事项} / seven 0s, two of the row before, one of row 7 and four of row 8, and row 8's
 * three blanks were read 0 with no finding (red team 20b). Flagging every figure after two table 三 labels
 * cost about 300 right cells on word dumps; a run with other figures, or in a table that prints every cell,
 * is read as before.
 */
public final class LabelsBeforeFigures {

    private final Predicate<String> isValue;
    private final FormRows form;

    public LabelsBeforeFigures(Predicate<String> isValue, FormRows form) {
        this.isValue = isValue;
        this.form = form;
    }

    /**
     * {@code rows} with the figures after two table 二 row labels printed together noted as unplaced, and
     * likewise a run of zeros after two table 三 row labels printed together.
     */
    public List<List<GridCell>> flagged(List<List<GridCell>> rows) {
        boolean blanksLost = requestsLosesBlanks(rows);
        boolean figuresUnlabelled = requestsFiguresUnderHeaderCharacters(rows);
        List<List<GridCell>> out = new ArrayList<>(rows.size());
        String together = null; // the labels printed together whose figures are still to come
        for (List<GridCell> row : rows) {
            // labels on lines of their own are rows printed empty (space-aligned text drops blank cells)
            String previous = "";
            boolean inValues = false;
            String requestsLabel = null; // the last table 三 row label of the run of text cells going on
            FormRow requestsRow = null; // its row
            String requestsTogether = null; // two of them, in that run
            boolean zeros = false; // the run of values going on holds zeros only
            List<GridCell> flagged = new ArrayList<>(row);
            for (int c = 0; c < row.size(); c++) {
                String text = row.get(c).text().strip();
                if (isValue.test(text)) {
                    zeros = inValues ? zeros : zerosFrom(row, c);
                    inValues = true;
                    if (together != null && !text.isEmpty()) {
                        flagged.set(c, row.get(c).noted(CellNote.unplaced("the text prints a PDF page's lines, and "
                                + "poppler printed the row labels " + together + " together before their figures, "
                                + "so which row and column this figure is in is not proven")));
                    } else if (requestsTogether != null && zeros && (blanksLost || figuresUnlabelled)) {
                        flagged.set(c, row.get(c).noted(CellNote.unplaced("the text prints a PDF page's lines, and "
                                + "poppler printed the row labels " + requestsTogether + " together before a run of "
                                + "zeros: their rows print nothing for a blank cell, and no sum tells which row, or "
                                + "which column, each 0 is in")));
                    }
                } else {
                    if (inValues) {
                        requestsLabel = null;
                        requestsTogether = null;
                        inValues = false;
                    }
                    if (activeRow(text)) {
                        together = activeRow(previous) ? previous + " / " + text : null;
                    }
                    Optional<FormRow> requests = form.row(text).filter(r -> r.table() == TableId.REQUESTS);
                    if (requests.isPresent()) {
                        // two rows the form puts one after the other (not a group's label wrapped beside a row)
                        // of one form: 2019's row （六）其他处理 is 2021's group over the rows after it
                        requestsTogether = requestsLabel != null && requests.get().order() == requestsRow.order() + 1
                                && requests.get().widths().keySet().stream().anyMatch(requestsRow.widths()::containsKey)
                                ? requestsLabel + " / " + text : null;
                        requestsLabel = text;
                        requestsRow = requests.get();
                    } else if (form.title(text).isPresent()) {
                        requestsLabel = null; // the next table's title and header: its figures are not these rows'
                        requestsTogether = null;
                    }
                }
                previous = text; // a blank cell between them is the first label's row printed (generated tab rows)
            }
            out.add(flagged);
        }
        return out;
    }

    /**
     * True when table 三 printed fewer figures than its rows have cells: the page leaves blank cells empty,
     * so a row's zeros may stand for fewer cells than it has, and a blank may trade places with a 0. A page
     * that prints every cell (a 0 where nothing was counted) prints seven figures a row, wherever poppler
     * puts them.
     */
    private boolean requestsLosesBlanks(List<List<GridCell>> rows) {
        Set<FormRow> labelled = new HashSet<>();
        int figures = 0;
        boolean in = false;
        for (List<GridCell> row : rows) {
            for (GridCell cell : row) {
                String text = cell.text().strip();
                Optional<TableId> title = form.title(text);
                if (title.isPresent()) {
                    if (in) {
                        return figures < 7 * rowsOfItsForm(labelled);
                    }
                    in = title.get() == TableId.REQUESTS;
                } else if (in && isValue.test(text)) {
                    figures += text.isEmpty() ? 0 : 1;
                } else if (in) {
                    form.row(text).filter(r -> r.table() == TableId.REQUESTS).ifPresent(labelled::add);
                }
            }
        }
        return in && figures < 7 * rowsOfItsForm(labelled);
    }

    /**
     * True when table 三 prints a row's figures, seven or more, right after a header label printed a character a
     * line ({@code 总} / {@code 计}, two or more one-character pieces): those figures follow no row label of their
     * own, so some row's figures were printed away from its label. A generator PDF printing every cell gave
     * {@code 3.要求提供公开出版物} / {@code 4.无正当理由大量反复申请} / seven 0s (row 3's), and row 4's {@code 75 0 0 0 0 0 75}
     * only after {@code 总} / {@code 计}: the zeros were read as row 4's with no finding (red team,
     * {@code words-per-line-full-table-zeros-to-next-row-2021.txt}). There a run of zeros after two row labels
     * printed together may be either row's even where every cell is printed.
     */
    private boolean requestsFiguresUnderHeaderCharacters(List<List<GridCell>> rows) {
        boolean in = false;
        int characters = 0; // one-character text pieces just before
        int figures = 0; // figures since them
        for (List<GridCell> row : rows) {
            for (GridCell cell : row) {
                String text = cell.text().strip();
                Optional<TableId> title = form.title(text);
                if (title.isPresent()) {
                    in = title.get() == TableId.REQUESTS;
                    characters = 0;
                    figures = 0;
                } else if (!in) {
                    continue;
                } else if (isValue.test(text)) {
                    if (characters < 2) {
                        characters = 0; // a figure among the pieces: no header label printed a character a line
                    } else if (!text.isEmpty() && ++figures >= 7) {
                        return true;
                    }
                } else {
                    boolean character = text.codePointCount(0, text.length()) == 1;
                    characters = !character ? 0 : figures > 0 ? 1 : characters + 1;
                    figures = 0;
                }
            }
        }
        return false;
    }

    /**
     * How many of the rows labelled one form has, the form with most: a 2021 table's group label
     * （六）其他处理 names a row of the 2019 form only, and is no row of its own table.
     */
    private static int rowsOfItsForm(Set<FormRow> labelled) {
        return Arrays.stream(Template.values())
                .mapToInt(t -> (int) labelled.stream().filter(r -> r.widths().containsKey(t)).count()).max().orElse(0);
    }

    /**
     * True when the values from cell {@code from} up to the row's next text are zeros or blank, at least
     * one a 0. Other figures keep the rows' sums (the applicants add up to 总计), which a row's figures
     * taken by another row breaks; zeros keep every sum wherever they go.
     */
    private boolean zerosFrom(List<GridCell> row, int from) {
        boolean zero = false;
        for (int c = from; c < row.size(); c++) {
            String text = row.get(c).text().strip();
            if (!isValue.test(text)) {
                break;
            }
            String digits = CellNumber.nfkc(row.get(c)).strip();
            if (!digits.isEmpty() && !digits.chars().allMatch(ch -> ch == '0')) {
                return false;
            }
            zero |= !digits.isEmpty();
        }
        return zero;
    }

    private boolean activeRow(String label) {
        return form.row(label).filter(r -> r.table() == TableId.ACTIVE).isPresent();
    }
}
