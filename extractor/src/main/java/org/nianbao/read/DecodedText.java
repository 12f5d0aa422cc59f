package org.nianbao.read;

import java.util.Objects;

/**
 * Bytes decoded to text.
 *
 * @param charset the charset's canonical name
 * @param guessed true when no BOM or declaration named it and it was detected from the bytes
 */
public record DecodedText(String text, String charset, boolean guessed) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
