package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Which build of the code a batch runs: the content of each jar that holds one of the given
 * classes. The version alone does not tell builds apart: everyone who builds from source runs
 * {@code 0.1.0-SNAPSHOT}, and a journal keyed by the version alone would keep the results of the
 * code before a {@code git pull} (the journal is reused only under the same identity). Classes
 * loaded from a folder (a development build) are named by the folder only: hashing every class
 * file would cost more than it protects there, and such runs use {@code --fresh} anyway.
 */
final class CodeIdentity {

    private CodeIdentity() {
    }

    /** One short digest per distinct code location of {@code classes}, in the order given. */
    static String of(Collection<Class<?>> classes) {
        return classes.stream().map(CodeIdentity::location).distinct().map(CodeIdentity::describe)
                .collect(Collectors.joining(" "));
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Path.of("(built into the runtime)");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(source.getLocation().toString());
        }
    }

    private static String describe(Path location) {
        if (!Files.isRegularFile(location)) {
            return location.getFileName() + "/";
        }
        try {
            return location.getFileName() + "@" + BatchRunner.sha256(location).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code's own jar " + location, e);
        }
    }
}
