package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nianbao.export.DocumentKey;

/**
 * {@code --files-from FILE}: one input per line ({@code -0}: per NUL byte), {@code -} for standard
 * input; folders in the list are walked like folders on the command line. Names are taken as bytes, so a list made by {@code find -print0} in any locale names
 * every file exactly. Empty entries are skipped; a line's CR before LF is not part of the name.
 */
final class FilesFrom {

    private FilesFrom() {
    }

    static List<Input> read(String source, boolean nulSeparated, InputStream stdin) throws FatalError {
        byte[] all;
        try {
            all = source.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(source));
        } catch (IOException e) {
            throw new FatalError("cannot read the file list " + source + ": " + FatalError.why(e), e);
        }
        byte sep = nulSeparated ? 0 : (byte) '\n';
        List<Input> out = new ArrayList<>();
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        for (int i = 0; i <= all.length; i++) {
            if (i < all.length && all[i] != sep) {
                name.write(all[i]);
                continue;
            }
            byte[] b = name.toByteArray();
            name.reset();
            if (!nulSeparated && b.length > 0 && b[b.length - 1] == '\r') {
                b = Arrays.copyOf(b, b.length - 1);
            }
            if (b.length > 0) {
                out.add(input(b));
            }
        }
        return out;
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
