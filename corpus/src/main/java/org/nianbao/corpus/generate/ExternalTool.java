package org.nianbao.corpus.generate;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real program that flattens a document to text the way scrapers and readers do (w3m, lynx,
 * pandoc, pdftotext …). The corpus runs the tool itself rather than imitating it, so the text is
 * what the world's tool prints. Output is read as UTF-8: every command asks for it.
 *
 * @param program the executable looked up on the PATH
 * @param args the arguments, {@code {}} standing for the input file
 */
record ExternalTool(String program, List<String> args) {

    private static final long TIMEOUT_SECONDS = 60;

    ExternalTool {
        args = List.copyOf(args);
    }

    static ExternalTool of(String program, String... args) {
        return new ExternalTool(program, List.of(args));
    }

    /** True when the program is on the PATH. */
    boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The tool's standard output for {@code input}, written to a temporary file with {@code suffix}. */
    byte[] run(byte[] input, String suffix) throws IOException {
        Path in = Files.createTempFile("nianbao-tool-", suffix);
        Path err = Files.createTempFile("nianbao-tool-", ".err");
        try {
            Files.write(in, input);
            List<String> command = new ArrayList<>();
            command.add(program);
            for (String a : args) {
                command.add(a.equals("{}") ? in.toString() : a);
            }
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
            pb.environment().put("LANG", "C.UTF-8");
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.environment().put("HOME", System.getProperty("java.io.tmpdir")); // lynx and links want one
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(program + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || out.length == 0) {
                throw new IOException(program + " failed (exit " + p.exitValue() + "): "
                        + Files.readString(err).strip());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program + " was interrupted", e);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(err);
        }
    }
}
