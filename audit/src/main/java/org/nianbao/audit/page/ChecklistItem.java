package org.nianbao.audit.page;

import java.util.List;

/**
 * One line of a document's identity checklist.
 *
 * @param status {@code failed}, {@code holds} or {@code unchecked} (a cell of it missing or unreadable)
 * @param left the left side as the report gives it ("total 12"), empty when unchecked
 * @param keys the cells involved, {@code table/row/column}
 */
record ChecklistItem(String rule, String description, String status, String left, String right, List<String> keys) {

    ChecklistItem {
        keys = List.copyOf(keys);
    }

    boolean failed() {
        return status.equals("failed");
    }
}
