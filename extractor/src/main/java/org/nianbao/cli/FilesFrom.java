package org.nianbao.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.nianbao.export.DocumentKey;

/**
 * {@code --files-from FILE}: one input per line ({@code -0}: per NUL byte), {@code -} for standard
 * input; folders in the list are walked like folders on the command line. Names are taken as bytes, so a list made by {@code find -print0} in any locale names
 * every file exactly. The list is read as it is used, never held whole. Empty entries are skipped; a line's CR before LF is not part of the name.
 */
final class FilesFrom {

    private FilesFrom() {
    }

    /** Hands each input of the list to {@code sink} as it is read. */
    static void read(String source, boolean nulSeparated, InputStream stdin, InputSink sink)
            throws FatalError, IOException {
        try (InputStream in = new BufferedInputStream(source.equals("-") ? stdin : open(source), 1 << 16)) {
            byte sep = nulSeparated ? 0 : (byte) '\n';
            ByteArrayOutputStream name = new ByteArrayOutputStream();
            for (int c = 0; c >= 0;) {
                c = read(in, source);
                if (c >= 0 && c != sep) {
                    name.write(c);
                    continue;
                }
                byte[] b = name.toByteArray();
                name.reset();
                if (!nulSeparated && b.length > 0 && b[b.length - 1] == '\r') {
                    b = Arrays.copyOf(b, b.length - 1);
                }
                if (b.length > 0) {
                    sink.add(input(b));
                }
            }
        }
    }

    private static InputStream open(String source) throws FatalError {
        try {
            return Files.newInputStream(Path.of(source));
        } catch (IOException e) {
            throw new FatalError("cannot read the file list " + source + ": " + FatalError.why(e), e);
        }
    }

    private static int read(InputStream in, String source) throws FatalError {
        try {
            return in.read();
        } catch (IOException e) {
            throw new FatalError("cannot read the file list " + source + ": " + FatalError.why(e), e);
        }
    }

    private static Input input(byte[] name) throws FatalError {
        try {
            Optional<Path> p = PathBytes.resolve(name);
            // a name that matches no file keeps its bytes as its key and fails as "file not found"
            String key = DocumentKey.of(name);
            return p.map(Input::of).orElseGet(() -> new Input(Path.of(key), key));
        } catch (IOException e) {
            throw new FatalError("cannot read a folder of the file list: " + e.getMessage() + ": " + FatalError.why(e), e);
        }
    }
}
