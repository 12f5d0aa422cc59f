package org.nianbao.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.export.DocumentRows;

/**
 * Documents are extracted in worker processes (JVMs running {@link WorkerMain}), one document at a
 * time each, so that a document cannot take others down: one past its time limit is killed with its
 * process and the slot gets a fresh process; one that needs more memory than a worker's heap
 * ({@code --worker-memory}) ends that process alone; either way the document fails saying why and
 * the batch goes on. The same idea as Tika's pipes.
 */
final class WorkerPool implements AutoCloseable {

    /** The exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY = 3;

    private final List<String> command;
    private final Duration timeLimit;
    private final int heapMb;
    private final BlockingQueue<Optional<Worker>> slots;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nianbao-watchdog");
        t.setDaemon(true);
        return t;
    });

    WorkerPool(int workers, ExtractOptions options, int heapMb) {
        this.timeLimit = options.timeLimit();
        this.heapMb = heapMb;
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-XX:+UseSerialGC", "-Xss4m",
                "-Dfile.encoding=UTF-8"));
        cmd.addAll(forwardedProperties(System.getProperties()));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), WorkerMain.class.getName(),
                Long.toString(options.maxBytes()), Integer.toString(options.maxPages()), Boolean.toString(options.ocr())));
        this.command = List.copyOf(cmd);
        this.slots = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            slots.add(Optional.empty()); // started on first use
        }
    }

    /**
     * The CLI's own settings for the extraction ({@code nianbao.*}, such as {@code -Dnianbao.ocr.pageSeconds})
     * and its temporary folder (where OCR unpacks its engine), as {@code -D} options for a worker: the
     * documents are extracted there, not in the CLI's JVM.
     */
    static List<String> forwardedProperties(java.util.Properties properties) {
        return properties.stringPropertyNames().stream().sorted()
                .filter(k -> k.startsWith("nianbao.") || k.equals("java.io.tmpdir"))
                .map(k -> "-D" + k + "=" + properties.getProperty(k)).toList();
    }

    /** Extracts the file at {@code path} in a worker; never throws for a bad document. */
    DocumentRows extract(Path path, String sha256) throws IOException, InterruptedException {
        Optional<Worker> slot = slots.take();
        Worker w = null;
        try {
            w = slot.isPresent() && slot.get().process.isAlive() ? slot.get() : new Worker(command);
            Optional<DocumentRows> rows = w.extract(PathBytes.of(path.toAbsolutePath()));
            if (rows.isPresent()) {
                return rows.get();
            }
            String why = w.timedOut.get()
                    ? "extraction took longer than " + Extractor.inWords(timeLimit) + " and was stopped"
                    : w.exitStatus() == OUT_OF_MEMORY
                    ? "reading it needed more than the " + heapMb + " MB of memory a document may use (--worker-memory)"
                    : "the worker process reading it ended unexpectedly (exit status " + w.exitStatus() + ")";
            w.kill();
            w = null;
            return DocumentRows.failed(sha256, why);
        } finally {
            slots.put(Optional.ofNullable(w));
        }
    }

    private final class Worker {
        final Process process;
        final DataOutputStream in;
        final DataInputStream out;
        final AtomicBoolean timedOut = new AtomicBoolean();

        Worker(List<String> command) throws IOException {
            this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            this.in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.out = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
            ScheduledFuture<?> alarm = watchdog.schedule(process::destroyForcibly, 5, TimeUnit.MINUTES);
            try {
                if (out.read() != WorkerMain.READY) {
                    throw new IOException("a worker process did not start (" + String.join(" ", command) + ")");
                }
            } finally {
                alarm.cancel(false);
            }
        }

        /** The document's rows, or empty when the process died or was killed on the way. */
        Optional<DocumentRows> extract(byte[] name) {
            ScheduledFuture<?> alarm = watchdog.schedule(() -> {
                timedOut.set(true);
                process.destroyForcibly();
            }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                in.writeInt(name.length);
                in.write(name);
                in.flush();
                if (out.readInt() != WorkerMain.RESULT) {
                    return Optional.empty(); // not a result: the process is broken
                }
                byte[] result = new byte[out.readInt()];
                out.readFully(result);
                return Optional.of(DocumentRows.readFrom(new DataInputStream(new ByteArrayInputStream(result))));
            } catch (IOException e) {
                return Optional.empty();
            } finally {
                alarm.cancel(false);
            }
        }

        int exitStatus() {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        void kill() {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        List<Optional<Worker>> all = new ArrayList<>();
        slots.drainTo(all);
        for (Optional<Worker> w : all) {
            w.ifPresent(worker -> {
                try {
                    worker.in.close(); // end of input: the worker exits
                } catch (IOException e) {
                    worker.kill();
                }
            });
        }
    }
}
