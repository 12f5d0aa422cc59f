package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the inputs into documents, in a stable order: files as given, folders walked
 * recursively in sorted order. Under a folder, hidden files and CSV files are passed over: CSV is
 * what nianbao writes (and the fixtures' expected outputs), never a report; a CSV named explicitly
 * is still read. Every other entry under a folder is a document, named pipes, devices and broken or
 * looping links included, so each gets a row saying what it is; links to folders are not followed.
 */
final class InputWalker {

    /**
     * Hands {@code input} to {@code sink}, or, for a folder, each document under it in order. A
     * folder's names are sorted in memory while it is walked (the list goes to the sink, not to the heap
     * of the batch).
     */
    void expand(Input input, InputSink sink) throws FatalError, IOException {
        Path in = input.path();
        if (!Files.isDirectory(in)) {
            sink.add(input); // a missing file becomes a failed document, and the batch goes on
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).filter(p -> !skipped(in, p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new FatalError("cannot read the folder " + io.getMessage() + ": " + FatalError.why(io), io);
        }
        for (Path p : files) {
            sink.add(Input.of(p));
        }
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
