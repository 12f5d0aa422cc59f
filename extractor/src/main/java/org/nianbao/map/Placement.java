package org.nianbao.map;

import java.util.Objects;

/**
 * How a cell came to stand where it is: whether its row and its column were positively
 * identified in the document, and if not, what was assumed (docs/invariant.md).
 */
record Placement(boolean rowIdentified, boolean columnIdentified, String assumption) {

    static final Placement IDENTIFIED = new Placement(true, true, "");

    Placement {
        Objects.requireNonNull(assumption, "assumption");
        if (!(rowIdentified && columnIdentified) && assumption.isBlank()) {
            throw new IllegalArgumentException("an assumed placement says what was assumed");
        }
    }

    boolean identified() {
        return rowIdentified && columnIdentified;
    }

    /** The row was identified by its label, the column only by assumption. */
    static Placement columnAssumed(String assumption) {
        return new Placement(true, false, assumption);
    }

    /** Neither the row nor the column was named: both placed by the form's order. */
    static Placement assumed(String assumption) {
        return new Placement(false, false, assumption);
    }
}
