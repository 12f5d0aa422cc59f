package org.nianbao.reconstruct.text;

import java.util.Map;
import java.util.Objects;
import org.nianbao.model.Template;
import org.nianbao.model.TableId;

/**
 * A row of the official form, as a text's label names it.
 *
 * @param table the table it is in
 * @param id its row id ({@code licensing})
 * @param order its place in the form: rows of a table, and the tables, in the form's order
 * @param widths how many value cells the row has in each form that has it ({@code 行政许可}: 3 in
 *     2019, 1 in 2021)
 */
public record FormRow(TableId table, String id, int order, Map<Template, Integer> widths) {

    public FormRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        widths = Map.copyOf(widths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("a row in no form: " + id);
        }
    }
}
