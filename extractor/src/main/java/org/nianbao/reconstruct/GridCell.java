package org.nianbao.reconstruct;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nianbao.model.Location;

/**
 * One cell of a rebuilt table.
 *
 * @param text the cell's visible text exactly as in the source (line breaks inside a cell kept as
 *     {@code \n}); text the reader of the page does not see, or sees struck out, is not part of it
 * @param where where that text stands
 * @param spanned true for a position covered by a merged cell that starts elsewhere (colspan,
 *     rowspan, vMerge continuation); its text is empty and it is never a value
 * @param notes what the reader left out of {@code text} (struck or hidden text) or found wrong
 *     with it, in source order
 * @param span the character columns the text stood in, for space-aligned text only: the one
 *     evidence such text keeps of which column a value belongs to
 */
public record GridCell(String text, Location where, boolean spanned, List<CellNote> notes, Optional<TextSpan> span) {

    public GridCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(span, "span");
        notes = List.copyOf(notes);
        if (spanned && !text.isEmpty()) {
            throw new IllegalArgumentException("a spanned position has no text of its own");
        }
    }

    public GridCell(String text, Location where, boolean spanned, List<CellNote> notes) {
        this(text, where, spanned, notes, Optional.empty());
    }

    public GridCell(String text, Location where, boolean spanned) {
        this(text, where, spanned, List.of());
    }

    /** A cell of space-aligned text, with the character columns it stood in. */
    public static GridCell at(String text, Location where, TextSpan span) {
        return new GridCell(text, where, false, List.of(), Optional.of(span));
    }

    public static GridCell of(String text, Location where) {
        return new GridCell(text, where, false);
    }

    public static GridCell of(String text, Location where, List<CellNote> notes) {
        return new GridCell(text, where, false, notes);
    }

    public static GridCell spannedAt(Location where) {
        return new GridCell("", where, true);
    }

    public boolean isBlank() {
        return text.isBlank() || text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The same cell with one more note. */
    public GridCell noted(CellNote note) {
        List<CellNote> more = new ArrayList<>(notes);
        more.add(note);
        return new GridCell(text, where, spanned, more, span);
    }

    /** The cell without the note that its borders were inferred: an identity confirmed its place. */
    public GridCell withoutInferred() {
        return new GridCell(text, where, spanned, notes.stream().filter(n -> n.kind() != CellNote.Kind.INFERRED).toList(),
                span);
    }
}
