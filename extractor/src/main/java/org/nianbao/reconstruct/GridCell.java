package org.nianbao.reconstruct;

import java.util.Objects;
import org.nianbao.model.Location;

/**
 * One cell of a rebuilt table.
 *
 * @param text the cell's text exactly as in the source (line breaks inside a cell kept as {@code \n})
 * @param where where that text stands
 * @param spanned true for a position covered by a merged cell that starts elsewhere (colspan,
 *     rowspan, vMerge continuation); its text is empty and it is never a value
 */
public record GridCell(String text, Location where, boolean spanned) {

    public GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        if (spanned && !text.isEmpty()) {
            throw new IllegalArgumentException("a spanned position has no text of its own");
        }
    }

    public static GridCell of(String text, Location where) {
        return new GridCell(text, where, false);
    }

    public static GridCell spannedAt(Location where) {
        return new GridCell("", where, true);
    }

    public boolean isBlank() {
        return text.isBlank() || text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
