package org.nianbao.export;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output folder of a batch. Its state lives in {@code OUT/.nianbao/}: the journal, a lock that
 * keeps two runs from writing into one OUT, and new outputs before they are committed. Outputs are
 * written as {@code .nianbao/NAME.new}, synced, and committed together: a marker naming them is
 * written first, then each is renamed into OUT, then the marker goes. A run that finds the marker
 * (a kill during a commit) finishes those renames before anything else, so the CSVs in OUT always
 * come from one run; any other temporary file is deleted on opening. Files are created with the
 * modes the umask gives.
 */
public final class OutFolder implements AutoCloseable {

    private static final String STATE = ".nianbao";
    private static final String MARKER = "commit";
    private static final String NEW = ".new";

    private final Path dir;
    private final Path state;
    private final FileChannel lockFile;
    private final FileLock lock;

    private OutFolder(Path dir, Path state, FileChannel lockFile, FileLock lock) {
        this.dir = dir;
        this.state = state;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /** Opens (creating) OUT, takes its lock and finishes or clears what an interrupted run left. */
    public static OutFolder open(Path dir) throws IOException {
        Path state = dir.resolve(STATE);
        Files.createDirectories(state);
        FileChannel ch = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new IOException("another nianbao run is writing into " + dir);
        }
        OutFolder out = new OutFolder(dir, state, ch, lock);
        out.recover();
        return out;
    }

    private void recover() throws IOException {
        Path marker = state.resolve(MARKER);
        if (Files.exists(marker)) {
            for (String name : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                Path pending = state.resolve(name + NEW);
                if (!name.isBlank() && Files.exists(pending)) {
                    OutputFiles.replace(pending, dir.resolve(name));
                }
            }
            Files.delete(marker);
        }
        try (Stream<Path> s = Files.list(state)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(NEW)).toList()) {
                Files.delete(p);
            }
        }
        // temporary files of versions before the journal: OUT/.cells.csv.123.partial
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\..*\\.csv\\..*\\.partial")).toList()) {
                Files.delete(p);
            }
        }
        OutputFiles.syncFolder(state);
    }

    public Path dir() {
        return dir;
    }

    public Path journal() {
        return state.resolve("journal");
    }

    /** Where a run keeps its scratch files: named {@code *.new}, so that a run deletes what a killed one left. */
    public Path scratch() {
        return state;
    }

    /** A set of outputs written beside each other and committed together. */
    public Outputs outputs() {
        return new Outputs();
    }

    /** New output files; nothing reaches OUT until {@link #commit}. */
    public final class Outputs implements AutoCloseable {

        private final List<String> names = new ArrayList<>();
        private final List<FileOutputStream> streams = new ArrayList<>();
        private final List<Writer> writers = new ArrayList<>();

        private Outputs() {
        }

        /** A UTF-8 writer for OUT/{@code name}. */
        public Writer create(String name) throws IOException {
            FileOutputStream s = new FileOutputStream(state.resolve(name + NEW).toFile());
            Writer w = new BufferedWriter(new OutputStreamWriter(s, StandardCharsets.UTF_8), 1 << 16);
            names.add(name);
            streams.add(s);
            writers.add(w);
            return w;
        }

        /** Syncs every file, then moves them all into OUT (see the class comment). */
        public void commit() throws IOException {
            for (int i = 0; i < names.size(); i++) {
                writers.get(i).flush();
                streams.get(i).getChannel().force(true);
                writers.get(i).close();
            }
            Path marker = state.resolve(MARKER);
            Path markerNew = state.resolve(MARKER + NEW);
            Files.write(markerNew, names, StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(markerNew, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            OutputFiles.replace(markerNew, marker);
            for (String name : names) {
                Files.move(state.resolve(name + NEW), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            OutputFiles.syncFolder(dir);
            Files.delete(marker);
            OutputFiles.syncFolder(state);
            names.clear();
        }

        /** Drops whatever was not committed. */
        @Override
        public void close() throws IOException {
            for (Writer w : writers) {
                w.close();
            }
            for (String name : names) {
                Files.deleteIfExists(state.resolve(name + NEW));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (lockFile) {
            lock.release();
        }
    }
}
