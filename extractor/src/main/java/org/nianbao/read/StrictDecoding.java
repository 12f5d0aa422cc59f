package org.nianbao.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Bytes decoded only when every one of them is valid in the charset: the JDK's {@code new String}
 * replaces bad bytes with U+FFFD silently, which is how a wrong guess at a document's charset, a
 * path's encoding or a PDF string's would turn into text that looks read.
 */
public final class StrictDecoding {

    private StrictDecoding() {
    }

    /** The text the bytes spell in {@code charset}, or empty when any byte is malformed or unmappable there. */
    public static Optional<String> decode(byte[] bytes, Charset charset) {
        return decode(bytes, 0, bytes.length, charset);
    }

    /** As {@link #decode(byte[], Charset)}, for {@code length} bytes from {@code offset}. */
    public static Optional<String> decode(byte[] bytes, int offset, int length, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
