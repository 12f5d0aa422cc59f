package org.nianbao.reconstruct.text;

import java.util.List;
import java.util.Optional;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;

/**
 * What the official form says about a piece of text, for readers that must rebuild rows the text
 * lost: which row a label names, and which form a column header belongs to. The mapper's label
 * matching answers it; a reader that only splits text into cells needs none.
 */
public interface FormRows {

    /** Knows no row and no header: readers that need the form leave such text as it is. */
    FormRows NONE = new FormRows() {
        @Override
        public Optional<FormRow> row(String label) {
            return Optional.empty();
        }

        @Override
        public Optional<Template> headerForm(String text) {
            return Optional.empty();
        }

        @Override
        public Optional<TableId> title(String text) {
            return Optional.empty();
        }
    };

    /** The row {@code label} names, when it names one of the form's rows (not a group, header or title). */
    Optional<FormRow> row(String label);

    /** The form whose column header {@code text} is, when only one form has such a header. */
    Optional<Template> headerForm(String text);

    /** The table whose title {@code text} is ({@code 三、收到和处理政府信息公开申请情况}). */
    Optional<TableId> title(String text);

    /** The rows {@code form} has in {@code table}, in the form's order; none when the form is not known. */
    default List<FormRow> rows(TableId table, Template form) {
        return List.of();
    }
}
