package org.nianbao.correct;

import java.util.Objects;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;

/**
 * One line of a corrections file: the value a person has checked a cell should have, and why.
 *
 * @param line the line of the corrections file, for messages
 * @param sha256 the document it applies to, by content: a renamed file keeps its corrections, a changed one loses them
 */
public record Correction(int line, String sha256, CanonicalKey key, CellValue value, String reason) {
    public Correction {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        reason = reason == null ? "" : reason.strip();
    }
}
