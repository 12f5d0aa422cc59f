package org.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.nianbao.ExtractOptions;
import org.nianbao.Nianbao;
import org.nianbao.correct.Corrector;
import org.nianbao.export.BatchOutput;
import org.nianbao.export.DocumentRows;
import org.nianbao.export.Journal;
import org.nianbao.export.OutFolder;
import org.nianbao.model.Catalog;
import org.nianbao.read.pdf.PageOcr;

/**
 * Runs a batch into OUT: documents whose file is unchanged since the journal recorded them are
 * not read again; the others are hashed, and each content not yet in the journal is extracted once
 * in a worker process (identical files share one result); every result is appended to the journal
 * as it finishes, synced at once when it was extracted, else with the next sync (at least once
 * every {@link #SYNC_INTERVAL_MS} ms: a file identical to another costs a hash to redo, not an
 * {@code fsync} of its own). When all are in, the outputs are written from the journal in input
 * order, so they are the same bytes whatever the timing or the interruptions.
 */
final class BatchRunner {

    /** What became of one document in this run. */
    enum Outcome {
        /** read now (extracted in a worker, or failed before its content could be read) */
        EXTRACTED,
        /** its file is as the journal recorded it: the result is reused */
        UNCHANGED,
        /** same content (sha256) as a file extracted before: that result is reused */
        IDENTICAL
    }

    /**
     * How to run a batch.
     *
     * @param classArchives where workers keep their class-data archive ({@link WorkerCommand}), or empty
     */
    record Settings(ExtractOptions options, int jobs, int workerMemoryMb, boolean fresh, boolean spreadsheet,
                    Corrector corrector, Optional<Path> classArchives) {
    }

    /** Records that cost little to redo wait at most this long for a sync. */
    static final long SYNC_INTERVAL_MS = 1000;

    private final Settings settings;
    private final PrintWriter err;

    BatchRunner(Settings settings, PrintWriter err) {
        this.settings = settings;
        this.err = err;
    }

    /** The batch's inputs, listed into a sink once OUT is open (the list is kept in OUT's scratch, not in memory). */
    @FunctionalInterface
    interface Listing {
        void into(InputSink sink) throws IOException, FatalError;
    }

    /**
     * Lists the inputs, brings each up to date in the journal, writes the outputs.
     *
     * @param listed told how many documents there are once they are listed
     */
    BatchOutput.Counts run(Listing inputs, Path outDir, LongConsumer listed, Consumer<Outcome> progress)
            throws IOException, FatalError {
        String header = journalHeader(settings);
        try (OutFolder out = OutFolder.open(outDir); InputList documents = InputList.create(out.scratch())) {
            inputs.into(documents::add); // a file named twice is one document
            listed.accept(documents.size());
            Journal journal = Journal.open(out.journal(), header, settings.fresh());
            try {
                long gone = journal.countOther(documents);
                extractAll(documents, journal, progress);
                BatchOutput.Counts counts = new BatchOutput(Catalog.standard(), settings.spreadsheet(), settings.corrector())
                        .write(out, journal, documents);
                if (gone > 0) {
                    err.println("nianbao: " + gone + " document(s) of earlier runs into " + outDir
                            + " are not among the inputs now and were left out of the outputs");
                }
                if (gone > 0 || journal.superseded() > 0) {
                    journal = journal.compact(header, documents);
                }
                return counts;
            } finally {
                journal.close();
            }
        }
    }

    /**
     * Everything a document's result depends on besides its bytes: the version and build of the code
     * ({@link CodeIdentity}), the limits and
     * whether scans are read by OCR (by which engine, with which {@code -Dnianbao.ocr.*} settings). A journal made under another header is
     * not reused, so a rerun with {@code --no-ocr} dropped does not keep {@code needs-ocr} results (nor one with
     * {@code --no-scripts} dropped its static readings).
     */
    static String journalHeader(Settings settings) {
        ExtractOptions o = settings.options();
        Optional<Class<? extends PageOcr>> engine = !o.ocr() ? Optional.empty()
                : ServiceLoader.load(PageOcr.class).stream().findFirst().map(ServiceLoader.Provider::type);
        String ocr = !o.ocr() ? "off" : engine.map(Class::getName).orElse("not installed");
        List<Class<?>> code = engine.isEmpty() ? List.of(Nianbao.class) : List.of(Nianbao.class, engine.get());
        return "nianbao " + Nianbao.version() + " (" + CodeIdentity.of(code) + "); max bytes " + o.maxBytes() + "; max text bytes " + o.maxTextBytes()
                + "; max pages " + o.maxPages()
                + "; time limit " + o.timeLimit() + "; worker memory " + settings.workerMemoryMb() + " MB; ocr " + ocr
                + (o.scripts() ? "" : "; page scripts not run")
                + System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("nianbao.ocr.")).sorted()
                        .map(k -> "; " + k + " " + System.getProperty(k)).collect(Collectors.joining());
    }

    private void extractAll(InputList inputs, Journal journal, Consumer<Outcome> progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), r -> {
            Thread t = new Thread(r, "nianbao-batch");
            t.setDaemon(true);
            return t;
        });
        Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
        // a few documents per worker queued, never the whole batch: memory stays flat
        Semaphore queued = new Semaphore(settings.jobs() * 4);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ScheduledExecutorService syncer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nianbao-journal-sync");
            t.setDaemon(true);
            return t;
        });
        syncer.scheduleWithFixedDelay(() -> {
            try {
                journal.sync();
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e); // the journal cannot be written: the batch stops
            }
        }, SYNC_INTERVAL_MS, SYNC_INTERVAL_MS, TimeUnit.MILLISECONDS);
        try (WorkerPool workers = new WorkerPool(settings.jobs(), settings.options(), settings.workerMemoryMb(),
                settings.classArchives())) {
            inputs.forEachInput(in -> {
                if (failure.get() != null) {
                    return; // the batch has failed: the rest is not started
                }
                try {
                    queued.acquire();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                pool.execute(() -> {
                    try {
                        progress.accept(process(in, journal, workers, inFlight));
                    } catch (IOException | InterruptedException | RuntimeException | Error e) {
                        failure.compareAndSet(null, e); // the journal cannot be written: the batch stops
                    } finally {
                        queued.release();
                    }
                });
            });
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a batch may run for days; each document has its own time limit
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
            // not shutdownNow: a thread interrupted in (or on its way into) a FileChannel call closes
            // the channel, and the journal could not be written again; a sync under way ends by itself
            syncer.shutdown();
        }
        journal.sync();
        Throwable e = failure.get();
        if (e != null) {
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** Brings one document's journal entry up to date. */
    private Outcome process(Input in, Journal journal, WorkerPool workers, Map<String, CompletableFuture<Void>> inFlight)
            throws IOException, InterruptedException {
        FileState state = FileState.of(in.path());
        Optional<Journal.PathEntry> before = journal.path(in.key());
        if (before.isPresent() && before.get().size() == state.size() && before.get().mtime() == state.mtime()
                && (state.regular() || before.get().result().equals(failureId(in, state.problem().get())))) {
            return Outcome.UNCHANGED;
        }
        String problem = state.problem().orElse(null);
        if (problem == null && state.size() > settings.options().maxBytes()) {
            problem = settings.options().oversizeMessage(state.size());
        }
        String sha = null;
        if (problem == null) {
            try {
                sha = sha256(in.path());
            } catch (IOException e) {
                problem = "cannot read file: " + FatalError.why(e);
            }
        }
        if (problem != null) {
            DocumentRows rows = DocumentRows.failed("", problem);
            journal.append(in.key(), state.size(), state.mtime(), failureId(in, problem), Optional.of(rows));
            return Outcome.EXTRACTED;
        }
        // one extraction per content: the first to claim a sha256 extracts it, the others wait for it
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> other = inFlight.putIfAbsent(sha, mine);
        if (other != null) {
            other.join();
        } else {
            try {
                if (!journal.hasResult(sha)) {
                    DocumentRows rows = workers.extract(in.path(), sha);
                    journal.record(in.key(), state.size(), state.mtime(), sha, Optional.of(rows));
                    return Outcome.EXTRACTED;
                }
            } finally {
                inFlight.remove(sha);
                mine.complete(null);
            }
        }
        journal.append(in.key(), state.size(), state.mtime(), sha, Optional.empty());
        return Outcome.IDENTICAL;
    }

    /** The result id of a document that failed before its content was read: its key and why. */
    private static String failureId(Input in, String problem) {
        return "!" + in.key() + "\u0000" + problem;
    }

    static String sha256(Path p) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream s = new DigestInputStream(Files.newInputStream(p), md)) {
            s.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
