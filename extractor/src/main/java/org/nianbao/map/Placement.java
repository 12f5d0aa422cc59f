package org.nianbao.map;

import java.util.Objects;

/**
 * How a cell came to stand where it is: whether its row and its column were positively
 * identified in the document, and if not, what was assumed (docs/invariant.md).
 *
 * @param cellAlone the assumption places this cell alone: its row was identified and the row's other
 *     values stand where the header named their columns in a grid of exact positions
 */
record Placement(boolean rowIdentified, boolean columnIdentified, String assumption, boolean cellAlone) {

    static final Placement IDENTIFIED = new Placement(true, true, "", false);

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
        return columnAssumed(assumption, false);
    }

    /**
     * The row was identified by its label, the column only by assumption; {@code exact} when the
     * header named the row's other columns where they stand in a grid of exact positions.
     */
    static Placement columnAssumed(String assumption, boolean exact) {
        return new Placement(true, false, assumption, exact);
    }

    /** Neither the row nor the column was named: both placed by the form's order. */
    static Placement assumed(String assumption) {
        return new Placement(false, false, assumption, false);
    }
}
