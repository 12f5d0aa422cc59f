package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nianbao.ExtractOptions;

/**
 * How a worker JVM is started. Most of the CPU a short batch costs is the JVM's own start-up work,
 * not reading documents (measured on 90 three-page PDFs: the optimising compiler C2 alone took about
 * 5 of 11 CPU seconds), so two things make it cheap without slowing a long batch:
 * <ul>
 * <li><b>The compiler.</b> Workers started before the batch has extracted {@link #QUICK_DOCUMENTS}
 * documents compile with C1 only ({@code -XX:TieredStopAtLevel=1}): half the CPU for those 90 PDFs.
 * C1's code is slower, so past that count a slot's worker is replaced by one with the full tiered
 * compiler, whose compile work pays back over the hundreds of documents still to come.</li>
 * <li><b>A class-data archive</b> (AppCDS, when given a folder for it): the first worker of a batch
 * archives the classes it loaded when it exits normally ({@code -XX:ArchiveClassesAtExit}, to a
 * temporary name, moved into place only then); later workers map that archive instead of loading
 * and verifying the same classes from the jars (about 0.8 CPU s less per JVM). Its name is a digest
 * of the JVM and of the class path's jars (size and modification time), so a rebuilt or other JVM
 * makes a new one; an archive the JVM cannot use is ignored by it.</li>
 * </ul>
 * Nothing here changes what a worker extracts: only how fast its JVM runs.
 */
final class WorkerCommand {

    /** Documents read by quick-compiling workers before slots get fully compiling ones. */
    static final int QUICK_DOCUMENTS = 500;

    private final List<String> jvm;
    private final List<String> main;
    private final Optional<Path> archive;
    private final AtomicBoolean dumping = new AtomicBoolean();

    /**
     * @param archives the folder for class-data archives, or empty for none
     */
    WorkerCommand(ExtractOptions options, int heapMb, Optional<Path> archives) {
        List<String> j = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr",
                // the JVM's own messages (an unusable archive, say) must never reach standard output,
                // which carries results
                "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-XX:+UseSerialGC", "-Xss4m", "-Dfile.encoding=UTF-8"));
        j.addAll(forwardedProperties(System.getProperties()));
        this.jvm = List.copyOf(j);
        String classPath = System.getProperty("java.class.path");
        this.main = List.of("-cp", classPath, WorkerMain.class.getName(),
                Long.toString(options.maxBytes()), Integer.toString(options.maxPages()), Boolean.toString(options.ocr()),
                Long.toString(options.maxTextBytes()), Boolean.toString(options.scripts()));
        this.archive = archives.flatMap(dir -> archiveFile(dir, classPath));
    }

    /**
     * The CLI's own settings for the extraction ({@code nianbao.*}, such as {@code -Dnianbao.ocr.pageSeconds})
     * and its temporary folder (where OCR unpacks its engine), as {@code -D} options for a worker: the
     * documents are extracted there, not in the CLI's JVM.
     */
    static List<String> forwardedProperties(Properties properties) {
        return properties.stringPropertyNames().stream().sorted()
                .filter(k -> k.startsWith("nianbao.") || k.equals("java.io.tmpdir"))
                .map(k -> "-D" + k + "=" + properties.getProperty(k)).toList();
    }

    /**
     * A worker to start: its command, whether it compiles with C1 only, and the archive it writes on
     * exiting, if it is the one to write it.
     */
    record Launch(List<String> command, boolean quick, Optional<Path> dumpsTo) {
    }

    /** The command of the next worker, for a batch that has extracted {@code extracted} documents so far. */
    Launch next(int extracted) {
        List<String> c = new ArrayList<>(jvm);
        boolean quick = extracted < QUICK_DOCUMENTS;
        if (quick) {
            c.add("-XX:TieredStopAtLevel=1");
        }
        Optional<Path> dumpsTo = Optional.empty();
        if (archive.isPresent()) {
            Path a = archive.get();
            if (Files.isRegularFile(a)) {
                c.add("-XX:SharedArchiveFile=" + a);
            } else if (dumping.compareAndSet(false, true)) {
                dumpsTo = Optional.of(a.resolveSibling(a.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"));
                c.add("-XX:ArchiveClassesAtExit=" + dumpsTo.get());
            }
        }
        c.addAll(main);
        return new Launch(List.copyOf(c), quick, dumpsTo);
    }

    /**
     * Puts the archive a worker wrote on exiting into place, replacing archives of other builds; a
     * worker that did not exit normally (killed, out of memory) may have left half an archive, which
     * is deleted.
     */
    void archived(Path written, int exitStatus) {
        Path a = archive.orElseThrow();
        try {
            if (exitStatus != 0 || !Files.isRegularFile(written)) {
                Files.deleteIfExists(written);
                return;
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(a.getParent(), "worker-*.jsa")) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
            Files.move(written, a, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // an archive only saves start-up time: without it workers start as they always did
        } finally {
            dumping.set(false);
        }
    }

    /** {@code DIR/worker-DIGEST.jsa}, the folder created if need be; empty when it cannot be. */
    private static Optional<Path> archiveFile(Path dir, String classPath) {
        try {
            Files.createDirectories(dir);
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry);
                String stamp = Files.isRegularFile(p) ? Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() : "";
                d.update((entry + " " + stamp + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(dir.resolve("worker-" + HexFormat.of().formatHex(d.digest(), 0, 8) + ".jsa"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
