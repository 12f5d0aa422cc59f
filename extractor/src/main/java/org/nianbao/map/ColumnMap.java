package org.nianbao.map;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The columns a row's values are placed in, in the order the values stand, and for each whether a
 * header positively named it there. A column placed only by the form's order carries the
 * assumption that put it there; {@link TableSink} decides whether that assumption needs a finding.
 *
 * @param units the unit each column's header states ("" when none)
 * @param identified per column: true when the document's header named it at that position
 * @param assumption how the unidentified columns were placed, in words, for the finding
 * @param exact whether the named columns stand where the header names them in a grid of exact
 *     positions (a ruled table, HTML, Word), so that the assumption concerns the unnamed ones alone:
 *     in flattened text a column placed wrongly by the form's order moves the named ones too
 */
record ColumnMap(List<String> ids, List<String> units, List<Boolean> identified, String assumption, boolean exact) {

    ColumnMap {
        ids = List.copyOf(ids);
        units = List.copyOf(units);
        identified = List.copyOf(identified);
        Objects.requireNonNull(assumption, "assumption");
        if (units.size() != ids.size() || identified.size() != ids.size()) {
            throw new IllegalArgumentException("one unit and one flag per column");
        }
    }

    ColumnMap(List<String> ids, List<String> units, List<Boolean> identified, String assumption) {
        this(ids, units, identified, assumption, false);
    }

    /** Columns a header named, every one of them. */
    static ColumnMap named(List<String> ids, List<String> units) {
        return new ColumnMap(ids, units, Collections.nCopies(ids.size(), true), "");
    }

    static ColumnMap named(List<String> ids) {
        return named(ids, Collections.nCopies(ids.size(), ""));
    }

    /** Columns placed by the form's order alone, for the reason given. */
    static ColumnMap assumed(List<String> ids, String assumption) {
        return new ColumnMap(ids, Collections.nCopies(ids.size(), ""), Collections.nCopies(ids.size(), false),
                assumption);
    }

    int size() {
        return ids.size();
    }

    /** The same columns with the units the header states. */
    ColumnMap withUnits(List<String> headerUnits) {
        return new ColumnMap(ids, headerUnits, identified, assumption, exact);
    }
}
