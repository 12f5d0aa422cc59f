package org.nianbao.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.output.Outputs;
import org.nianbao.cli.Main;

/** Runs the real {@code extract} command, the way an auditor gets the outputs the audit commands read. */
public final class Extracted {

    public static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"))
            .toAbsolutePath().normalize();

    private Extracted() {
    }

    /** Extracts the inputs (files or folders) into {@code out}; exit 0 or 1 are both complete outputs. */
    public static Outputs extract(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("extract"));
        all.addAll(List.of(args));
        all.addAll(List.of("-o", out.toString(), "-q", "-j", "1"));
        int status = Main.run(all.toArray(String[]::new));
        assertTrue(status == 0 || status == 1, "extract exited with " + status);
        try {
            return Outputs.read(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path fixture(String name) {
        Path p = FIXTURES.resolve(name);
        assertTrue(Files.isRegularFile(p), "fixture " + p);
        return p;
    }
}
