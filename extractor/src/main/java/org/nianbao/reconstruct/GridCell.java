package org.nianbao.reconstruct;

import java.util.Objects;
import java.util.Optional;
import org.nianbao.model.Location;

/**
 * One cell of a rebuilt table.
 *
 * @param text the cell's text exactly as in the source (line breaks inside a cell kept as {@code \n})
 * @param where where that text stands
 * @param spanned true for a position covered by a merged cell that starts elsewhere (colspan,
 *     rowspan, vMerge continuation); its text is empty and it is never a value
 * @param span the character columns the text stood in, for space-aligned text only: the one
 *     evidence such text keeps of which column a value belongs to
 */
public record GridCell(String text, Location where, boolean spanned, Optional<TextSpan> span) {

    public GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(span, "span");
        if (spanned && !text.isEmpty()) {
            throw new IllegalArgumentException("a spanned position has no text of its own");
        }
    }

    public GridCell(String text, Location where, boolean spanned) {
        this(text, where, spanned, Optional.empty());
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
