package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.nianbao.read.StrictDecoding;

/**
 * A path's name as the bytes the file system holds. Java decodes file names with the locale's
 * charset and replaces what it cannot decode (a GBK name under UTF-8, any Chinese name under the C
 * locale), so {@code toString()} is lossy; the {@code file:} URI of a path is built from the bytes
 * it was listed with, percent-encoded, so it is not.
 */
final class PathBytes {

    private PathBytes() {
    }

    /** The bytes of {@code p} as it is written (relative stays relative). */
    static byte[] of(Path p) {
        if (!p.toString().contains("\uFFFD") && "UTF-8".equals(System.getProperty("sun.jnu.encoding"))) {
            return p.toString().getBytes(StandardCharsets.UTF_8); // exact: the common case, no stat
        }
        byte[] abs = uriBytes(p.toAbsolutePath());
        if (p.isAbsolute()) {
            return abs;
        }
        byte[] cwd = uriBytes(Path.of("").toAbsolutePath());
        int from = cwd.length + (cwd.length > 0 && cwd[cwd.length - 1] == '/' ? 0 : 1);
        return Arrays.copyOfRange(abs, Math.min(from, abs.length), abs.length);
    }

    private static byte[] uriBytes(Path absolute) {
        String raw = absolute.toUri().getRawPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                out.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                out.write(c); // the rest of a URI's raw path is ASCII
            }
        }
        byte[] b = out.toByteArray();
        // toUri() marks a folder with a trailing slash; the name itself has none
        return b.length > 1 && b[b.length - 1] == '/' ? Arrays.copyOf(b, b.length - 1) : b;
    }

    /**
     * The path whose name is {@code name}. A name that is valid in the file-name charset is simply
     * decoded; otherwise each undecodable component is found by listing its parent folder and
     * comparing bytes. Empty when there is no such file.
     */
    static Optional<Path> resolve(byte[] name) throws IOException {
        Optional<String> plain = decode(name);
        if (plain.isPresent()) {
            return Optional.of(Path.of(plain.get()));
        }
        Path at = name.length > 0 && name[0] == '/' ? Path.of("/") : Path.of("");
        int start = name.length > 0 && name[0] == '/' ? 1 : 0;
        while (start <= name.length) {
            int end = start;
            while (end < name.length && name[end] != '/') {
                end++;
            }
            byte[] part = Arrays.copyOfRange(name, start, end);
            if (part.length > 0) {
                Optional<String> text = decode(part);
                Optional<Path> next = text.isPresent() ? Optional.of(at.resolve(text.get())) : child(at, part);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                at = next.get();
            }
            start = end + 1;
        }
        return Optional.of(at);
    }

    private static Optional<Path> child(Path dir, byte[] name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(c -> Arrays.equals(lastName(c), name)).findFirst();
        }
    }

    private static byte[] lastName(Path p) {
        byte[] b = of(p);
        int slash = b.length - 1;
        while (slash >= 0 && b[slash] != '/') {
            slash--;
        }
        return Arrays.copyOfRange(b, slash + 1, b.length);
    }

    private static Optional<String> decode(byte[] b) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        try {
            return StrictDecoding.decode(b, Charset.forName(jnu));
        } catch (IllegalArgumentException unknownCharset) {
            return Optional.empty();
        }
    }
}
