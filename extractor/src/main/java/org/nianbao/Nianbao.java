package org.nianbao;

import java.nio.file.Path;
import org.nianbao.model.DocumentResult;

/**
 * The library's front door: {@code Nianbao.extract(path)} reads one annual report of any
 * supported format and returns its canonical cells, findings and status. It never throws for a bad
 * document: corrupt, encrypted, scanned or unreadable input is a {@code failed} result that says why.
 */
public final class Nianbao {

    private Nianbao() {
    }

    /** Extracts one document with the default options. */
    public static DocumentResult extract(Path path) {
        return Default.EXTRACTOR.extract(path);
    }

    /** An extractor with other options; build it once and share it, it is immutable and thread-safe. */
    public static Extractor extractor(ExtractOptions options) {
        return new Extractor(options);
    }

    /** Holder so the default extractor (and its catalog) is built on first use only. */
    private static final class Default {
        static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());
    }
}
