package org.nianbao;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
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

    /** This library's version, as built (e.g. {@code 0.1.0-SNAPSHOT}). */
    public static String version() {
        return Build.VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Nianbao.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder so the default extractor (and its catalog) is built on first use only. */
    private static final class Default {
        static final Extractor EXTRACTOR = new Extractor(ExtractOptions.defaults());
    }

    /** Holder so the version resource is read once, without building an extractor. */
    private static final class Build {
        static final String VERSION = readVersion();
    }
}
