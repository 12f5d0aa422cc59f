package org.nianbao.audit.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The source file a document of the outputs names, read and checked by sha256 to be the very file
 * that was extracted. Names are paths as given to {@code extract}; relative ones are resolved against
 * a root (the folder extract ran in).
 *
 * @param bytes the content, empty when {@code problem} is set
 * @param problem why the file cannot serve as the source, empty when it can
 */
public record SourceFile(Path path, byte[] bytes, String problem) {

    public static SourceFile load(Path root, String document, String sha256) {
        Path path;
        try {
            path = root.resolve(document);
        } catch (InvalidPathException e) {
            return new SourceFile(root, new byte[0], "the document name is not a path here: " + e.getMessage());
        }
        if (!Files.isRegularFile(path)) {
            return new SourceFile(path, new byte[0], "source file not found: " + path);
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            String actual = sha256(bytes);
            if (!actual.equalsIgnoreCase(sha256)) {
                return new SourceFile(path, new byte[0], "source file changed since extraction: sha256 " + actual
                        + ", extracted " + (sha256.isEmpty() ? "(none recorded)" : sha256));
            }
            return new SourceFile(path, bytes, "");
        } catch (IOException e) {
            return new SourceFile(path, new byte[0], "cannot read the source file: " + e.getMessage());
        }
    }

    public Optional<String> failure() {
        return problem.isEmpty() ? Optional.empty() : Optional.of(problem);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
