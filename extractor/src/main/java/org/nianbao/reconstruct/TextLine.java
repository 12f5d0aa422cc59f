package org.nianbao.reconstruct;

import java.util.List;
import java.util.Objects;
import org.nianbao.model.Location;

/**
 * A line of text with where it stands.
 *
 * @param parts for a line put together from pieces that stand in different places of the source
 *     (the positioned blocks of a {@code pdftohtml} page laid out on one line), each piece with its
 *     own place; empty when the line is one piece of the source
 */
public record TextLine(String text, Location where, List<Part> parts) {

    /**
     * A piece of a line and where it stands in the source.
     *
     * @param column the character index of the line at which the piece starts
     */
    public record Part(String text, Location where, int column) {
    }

    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        parts = List.copyOf(parts);
    }

    public TextLine(String text, Location where) {
        this(text, where, List.of());
    }

    /**
     * Whether a cell starting at character index {@code index} of this line stands where the source
     * placed it: the line is one piece, or a piece starts there. A word cut from inside a piece does
     * not: pdftohtml merges the words of narrow cells next to each other into one block
     * ({@code 240 211 /}), and the line holds them one space apart, not at their columns.
     */
    public boolean placedAt(int index) {
        return parts.isEmpty() || parts.stream().anyMatch(p -> p.column() == index);
    }

    /**
     * Where a cell cut from this line stands: the piece that is its text, else the first piece that
     * holds it (a cell split from a longer piece), else the line.
     */
    public Location whereOf(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return where;
        }
        return parts.stream().filter(p -> p.text().strip().equals(s)).map(Part::where).findFirst()
                .or(() -> parts.stream().filter(p -> p.text().contains(s)).map(Part::where).findFirst())
                .orElse(where);
    }
}
