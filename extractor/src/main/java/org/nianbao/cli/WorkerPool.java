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
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.nianbao.ExtractOptions;
import org.nianbao.export.DocumentRows;

/**
 * Documents are extracted in worker processes (JVMs running {@link WorkerMain}), one document at a
 * time each, so that a document cannot take others down: one past its time limit (CPU time, so that a
 * loaded machine does not cut scans that OCR reads slowly: {@link DocumentClock}) is killed with its
 * process and the slot gets a fresh process; one that needs more memory than a worker's heap
 * ({@code --worker-memory}) ends that process alone; either way the document fails saying why and
 * the batch goes on. The same idea as Tika's pipes. When the CLI is stopped (SIGTERM, Ctrl-C) its
 * workers and their own children (an OCR engine) are killed at once rather than left to finish
 * their document; the journal keeps what was finished.
 */
final class WorkerPool implements AutoCloseable {

    /** The exit status of a JVM stopped by -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY = 3;
    /** How often a document's clock is read: a second's precision on a limit of minutes. */
    private static final long CLOCK_PERIOD_MS = 1000;

    private final WorkerCommand command;
    private final Duration timeLimit;
    private final int heapMb;
    private final BlockingQueue<Optional<Worker>> slots;
    /** Documents extracted so far: past {@link WorkerCommand#QUICK_DOCUMENTS}, quick workers are replaced. */
    private final AtomicInteger extracted = new AtomicInteger();
    /** The worker writing the class-data archive, if any, and its archive put into place: waited for on closing. */
    private final AtomicReference<Archiving> archiving = new AtomicReference<>();
    /** Worker processes alive, for the shutdown hook. */
    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private final Thread stopOnExit = new Thread(this::killAll, "nianbao-stop-workers");
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nianbao-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** @param archives the folder for the workers' class-data archive, or empty for none ({@link WorkerCommand}) */
    WorkerPool(int workers, ExtractOptions options, int heapMb, Optional<Path> archives) {
        this.timeLimit = options.timeLimit();
        this.heapMb = heapMb;
        this.command = new WorkerCommand(options, heapMb, archives);
        this.slots = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            slots.add(Optional.empty()); // started on first use
        }
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Kills every live worker and what it started (OCR engines): the JVM is going, on SIGTERM or Ctrl-C. */
    private void killAll() {
        for (Process p : live) {
            kill(p);
        }
    }

    /** Kills a worker and its descendants, the descendants first (once it is dead they are no longer its). */
    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** Extracts the file at {@code path} in a worker; never throws for a bad document. */
    DocumentRows extract(Path path, String sha256) throws IOException, InterruptedException {
        Optional<Worker> slot = slots.take();
        Worker w = null;
        try {
            w = slot.isPresent() && slot.get().process.isAlive() ? slot.get() : start();
            Optional<DocumentRows> rows = w.extract(PathBytes.of(path.toAbsolutePath()));
            if (rows.isPresent()) {
                if (extracted.incrementAndGet() >= WorkerCommand.QUICK_DOCUMENTS && w.quick) {
                    w.finish(); // the slot's next worker compiles fully
                    w = null;
                }
                return rows.get();
            }
            String why = w.stopped.get() != null ? w.stopped.get()
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

    private Worker start() throws IOException {
        WorkerCommand.Launch launch = command.next(extracted.get());
        Worker w = new Worker(launch);
        launch.dumpsTo().ifPresent(archive -> archiving.set(new Archiving(w,
                w.process.onExit().thenAccept(p -> command.archived(archive, p.exitValue())))));
        return w;
    }

    private record Archiving(Worker worker, CompletableFuture<Void> done) {
    }

    private final class Worker {
        final Process process;
        final DataOutputStream in;
        final DataInputStream out;
        /** Why the document was stopped at its time limit ({@link DocumentClock}), or null. */
        final AtomicReference<String> stopped = new AtomicReference<>();
        final boolean quick;
        final ProcessCpu cpu;

        Worker(WorkerCommand.Launch launch) throws IOException {
            this.quick = launch.quick();
            List<String> command = launch.command();
            this.process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            live.add(process);
            this.cpu = new ProcessCpu(process.toHandle());
            process.onExit().thenRun(() -> live.remove(process));
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

        /**
         * The document's rows, or empty when the process died or was killed on the way: at its time
         * limit, read once a second ({@link DocumentClock}).
         */
        Optional<DocumentRows> extract(byte[] name) {
            DocumentClock clock = new DocumentClock(timeLimit, cpu.read());
            ScheduledFuture<?> alarm = watchdog.scheduleWithFixedDelay(() -> clock.stop(cpu.read()).ifPresent(why -> {
                if (stopped.compareAndSet(null, why)) {
                    WorkerPool.kill(process); // its OCR engine too: once the worker is dead it is no longer its
                }
            }), CLOCK_PERIOD_MS, CLOCK_PERIOD_MS, TimeUnit.MILLISECONDS);
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
            WorkerPool.kill(process);
        }

        /** Ends the worker's input: it exits (writing its class-data archive, if it is the one to). */
        void finish() {
            try {
                in.close();
            } catch (IOException e) {
                kill();
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook kills the workers
        }
        watchdog.shutdownNow();
        List<Optional<Worker>> all = new ArrayList<>();
        slots.drainTo(all);
        for (Optional<Worker> w : all) {
            w.ifPresent(Worker::finish);
        }
        Archiving a = archiving.get();
        if (a != null) {
            try {
                // writing the archive takes a second or two, once; a worker stuck longer is killed
                a.done().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                a.worker().kill();
            } catch (InterruptedException e) {
                a.worker().kill();
                Thread.currentThread().interrupt();
            }
        }
    }
}
