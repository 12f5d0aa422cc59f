package org.nianbao.cli;

import java.nio.file.Path;
import org.nianbao.export.DocumentKey;

/**
 * One document of a batch: the path to open (which keeps the bytes it was listed with) and its
 * lossless {@code document} key.
 */
record Input(Path path, String key) {

    static Input of(Path path) {
        return new Input(path, DocumentKey.of(PathBytes.of(path)));
    }
}
