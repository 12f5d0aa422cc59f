package org.nianbao.reconstruct.text;

import java.util.List;
import java.util.function.Predicate;
import org.nianbao.reconstruct.GridCell;

/**
 * What one piece of {@code pdftotext}'s default-mode text is, in the order it was printed: a label
 * naming a row of the form, other text (headers, titles, prose), or a value.
 *
 * @param row the form's row a label names; null for text and values
 * @param suspect a value on a line of its own inside a block of several lines
 * @param besideText a value printed on one line with text (a label, or prose: 共收到申请 2)
 */
record PrintedItem(Kind kind, GridCell cell, FormRow row, boolean suspect, boolean besideText) {

    enum Kind { ROW, TEXT, VALUE }

    static PrintedItem row(GridCell cell, FormRow row) {
        return new PrintedItem(Kind.ROW, cell, row, false, false);
    }

    static PrintedItem text(GridCell cell) {
        return new PrintedItem(Kind.TEXT, cell, null, false, false);
    }

    /** The index of the first item that {@code p} accepts, or -1. */
    static int indexOf(List<PrintedItem> items, Predicate<PrintedItem> p) {
        return indexOf(items, 0, p);
    }

    /** The index of the first item from {@code from} on that {@code p} accepts, or -1. */
    static int indexOf(List<PrintedItem> items, int from, Predicate<PrintedItem> p) {
        for (int i = from; i < items.size(); i++) {
            if (p.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
