package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into documents, in a stable order: files as given, folders
 * walked recursively in sorted order. Under a folder, hidden files and CSV files are passed over:
 * CSV is what nianbao writes (and the fixtures' expected outputs), never a report; a CSV named
 * explicitly is still read.
 */
final class InputWalker {

    List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> !skipped(in, p)).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(in); // a missing file becomes a failed document, and the batch goes on
            }
        }
        return out;
    }

    private static boolean skipped(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
