package org.nianbao.model;

import java.util.Objects;

/** Where a value came from: its place in the source and the text exactly as it stands there. */
public record Provenance(Location where, String raw) {
    public Provenance {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(raw, "raw");
    }
}
