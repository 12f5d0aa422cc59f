package org.nianbao.model;

import java.util.Objects;

/** One cell of the canonical model, read from a document. */
public record ExtractedCell(CanonicalKey key, CellValue value, Provenance source) {
    public ExtractedCell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
