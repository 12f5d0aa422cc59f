package org.nianbao.sniff;

import java.util.Objects;
import org.nianbao.model.Format;

/**
 * A format guess from the bytes, with a few words saying what the bytes look like (used in the
 * message when the format is not one we read: "a PNG image", "a ZIP archive without word/document.xml").
 */
public record Sniffed(Format format, String looksLike) {
    public Sniffed {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(looksLike, "looksLike");
    }
}
