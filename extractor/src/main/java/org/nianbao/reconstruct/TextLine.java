package org.nianbao.reconstruct;

import java.util.Objects;
import org.nianbao.model.Location;

/** A line of running text (title, narrative) outside the tables, with where it stands. */
public record TextLine(String text, Location where) {
    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
    }
}
