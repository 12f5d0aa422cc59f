package org.nianbao.corpus.score;

import org.nianbao.model.CanonicalKey;

/**
 * One cell the extraction did not get right.
 *
 * @param expected the gold value, empty for a blank cell ({@code null} for a cell the gold does not have)
 * @param got the extracted value as the spec's value column renders it, {@code null} when not extracted
 * @param flaggedBy the finding (or failure) that covers the cell, empty when none does: a silent error
 */
public record CellError(String document, CanonicalKey key, Kind kind, String expected, String got, String raw,
                        String location, String flaggedBy) {

    /** What went wrong with the cell. */
    public enum Kind {
        /** Extracted with a value other than the gold's. */
        WRONG,
        /** In the gold, not extracted (or extracted as unreadable). */
        MISSING,
        /** Extracted, but the gold has no such cell. */
        EXTRA
    }

    public boolean silent() {
        return flaggedBy.isEmpty();
    }
}
