package org.nianbao.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.nianbao.model.Catalog;
import org.nianbao.model.KeySpec;
import org.nianbao.model.Location;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.text.FormRow;

/**
 * Rows of table 三 or 二 whose labels OCR misread beyond matching (a 100 dpi fax: {@code 6属四过程信息} for
 * 6.属于四类过程性信息, {@code 2.} for 2.重复申请, {@code 现染} for 规章), placed by the form's row order ({@link FormOrder})
 * among the rows whose labels were read. Only rows of a ruled grid read by OCR: there each row of
 * values is a row of the form, printed in its order, and a label that names none is a misreading,
 * not a row the report added (a text layer's label is what the report printed, so it is not moved).
 * A row is placed where the order leaves it one row in every form whose rows can hold the rows
 * read, in their order (2019 has （六）其他处理 where 2021 has its three numbered rows), and its item
 * number, where one was read, is that row's.
 */
final class MisreadRowLabels {

    private final Map<Template, List<String>> forms = new EnumMap<>(Template.class);
    private final Map<String, String> standard = new HashMap<>();

    /** @param table the table whose rows are placed: 三 ({@link TableId#REQUESTS}) or 二 ({@link TableId#ACTIVE}) */
    MisreadRowLabels(Catalog catalog, TableId table) {
        FormRowBook book = new FormRowBook(catalog);
        for (Template t : Template.values()) {
            forms.put(t, book.rows(table, t).stream().map(FormRow::id).toList());
        }
        for (KeySpec s : catalog.specs()) {
            if (s.key().table() == table) {
                standard.putIfAbsent(s.key().row(), s.rowLabel());
            }
        }
    }

    /**
     * A row of the table as read, in order: the row its label named, or the text of a label that
     * named none ({@code ""} when its label cell stands merged with the row's above).
     */
    record Printed(Optional<String> named, String label) {

        static Printed named(String row) {
            return new Printed(Optional.of(row), "");
        }

        static Printed misread(String label) {
            return new Printed(Optional.empty(), label);
        }
    }

    /**
     * Where a misread row stands.
     *
     * @param row the row it is placed on, where only one is left and its item number agrees
     * @param candidates the rows the form's order leaves it, in order (of every form the rows read allow)
     */
    record Place(Optional<String> row, List<String> candidates) {
    }

    /** For each printed row, in order, where it stands (for a named row: that row). */
    List<Place> place(List<Printed> printed) {
        // a form whose rows cannot hold the rows printed, in their order, is not this report's
        List<List<List<String>>> byForm = new ArrayList<>();
        for (List<String> rows : forms.values()) {
            List<List<String>> c = FormOrder.candidates(rows, printed.size(),
                    (i, row) -> printed.get(i).named().map(row::equals).orElse(true));
            if (c.stream().noneMatch(List::isEmpty)) {
                byForm.add(c);
            }
        }
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            List<String> all = new ArrayList<>();
            for (List<List<String>> c : byForm) {
                c.get(i).stream().filter(r -> !all.contains(r)).forEach(all::add);
            }
            int at = i;
            boolean alone = !byForm.isEmpty() && byForm.stream().allMatch(c -> c.get(at).size() == 1) && all.size() == 1;
            Optional<String> row = alone && numberAgrees(printed.get(i).label(), all.get(0))
                    ? Optional.of(all.get(0)) : Optional.empty();
            out.add(new Place(row, all));
        }
        return out;
    }

    /** The form's own label of a row ({@code 6.属于四类过程性信息}). */
    String label(String row) {
        return standard.getOrDefault(row, row);
    }

    /** True when the label read shows no item number, or the row's own ({@code 6.} for 6.属于四类过程性信息). */
    private boolean numberAgrees(String read, String row) {
        OptionalInt n = LabelText.itemNumber(read);
        return n.isEmpty() || n.equals(LabelText.itemNumber(label(row)));
    }

    /**
     * True when a row prints what a row of the form does: a label (Chinese text, or an item number:
     * not {@code / 12/17}, two rows' figures in a cell the grid merged) and after it one cell per
     * column, or one value per column among blank cells (a column border the grid inferred where
     * there is none cuts an empty piece off a cell: {@link RowFit} reads such a row alike), none
     * standing over from another row or column and none holding text ({@code 了} for a 7: the label found is
     * then that cell, and the cells after it are not the row's). A row of values
     * with no label of its own (its label cell merged with the row's above) is no such row either:
     * the border the grid lost there may have merged value cells too.
     */
    static boolean whole(SourceRow source, LabeledRow row, int columns, ValueParser parser) {
        if (row.before().isEmpty()) {
            return false;
        }
        GridCell label = row.before().get(row.before().size() - 1);
        String text = label.text();
        boolean named = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || LabelText.itemNumber(text).isPresent();
        int at = source.cells().indexOf(label);
        if (!named || at < 0) {
            return false;
        }
        // the label's own cell spanning the next column of the grid stands there as spanned cells in its box
        List<GridCell> after = source.cells().subList(at + 1, source.cells().size()).stream()
                .dropWhile(c -> c.spanned() && c.where().equals(label.where())).toList();
        return (after.size() == columns || after.stream().filter(c -> !c.isBlank()).count() == columns)
                && after.stream().allMatch(c -> !c.spanned() && (c.isBlank() || parser.isValue(c.text())));
    }

    /** True for a row of a ruled grid read by OCR: its cells stand where the grid put them and were read from pixels. */
    static boolean ocrGrid(SourceRow row) {
        List<GridCell> read = row.cells().stream().filter(c -> !c.spanned() && !c.isBlank()).toList();
        return row.positions() == Positions.EXACT && !read.isEmpty()
                && read.stream().allMatch(c -> c.where() instanceof Location.PageBox b && b.ocr());
    }
}
