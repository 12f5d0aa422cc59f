package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.nianbao.Extractor;
import org.nianbao.correct.Corrector;
import org.nianbao.export.BatchOutput;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.SourceDocument;
import org.nianbao.validate.CrossYearCheck;

/**
 * Runs the extractor over many documents with bounded parallelism and a time limit per document,
 * writing results in input order as they complete, so output is the same whatever the timing.
 */
final class BatchRunner {

    /** Counts of a finished batch. */
    record Summary(int ok, int partial, int failed) {
        int total() {
            return ok + partial + failed;
        }
    }

    private final Extractor extractor;
    private final int jobs;
    private final Duration timeout;

    private final Corrector corrector;

    BatchRunner(Extractor extractor, int jobs, Duration timeout, Corrector corrector) {
        this.extractor = extractor;
        this.corrector = corrector;
        this.jobs = jobs;
        this.timeout = timeout;
    }

    Summary run(List<Path> documents, Path outDir, Consumer<DocumentResult> progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "nianbao-extract");
            t.setDaemon(true); // a document stuck beyond its time limit must not keep the JVM alive
            return t;
        });
        int ok = 0;
        int partial = 0;
        int failed = 0;
        CrossYearCheck crossYear = new CrossYearCheck();
        try (BatchOutput out = new BatchOutput(outDir, corrector.active())) {
            Deque<Future<DocumentResult>> inFlight = new ArrayDeque<>();
            Deque<Path> names = new ArrayDeque<>();
            int next = 0;
            while (next < documents.size() || !inFlight.isEmpty()) {
                // keep a few documents per worker queued, not the whole batch: memory stays flat
                while (next < documents.size() && inFlight.size() < jobs * 4) {
                    Path p = documents.get(next++);
                    inFlight.add(pool.submit(() -> extractor.extract(p)));
                    names.add(p);
                }
                Path p = names.poll();
                DocumentResult r = corrector.apply(await(inFlight.poll(), p));
                out.add(p.toString(), r);
                crossYear.add(p.toString(), r);
                progress.accept(r);
                switch (r.status()) {
                    case OK -> ok++;
                    case PARTIAL -> partial++;
                    case FAILED -> failed++;
                    default -> throw new IllegalStateException("unknown status " + r.status());
                }
            }
            out.addFindings(corrector.source(), corrector.unmatched());
            out.commit(crossYear.findings());
        } finally {
            pool.shutdownNow();
        }
        return new Summary(ok, partial, failed);
    }

    private DocumentResult await(Future<DocumentResult> f, Path p) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return failure(p, "extraction took longer than " + timeout.toSeconds() + " s and was stopped");
        } catch (ExecutionException e) {
            return failure(p, "internal error: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(p, "interrupted");
        }
    }

    private static DocumentResult failure(Path p, String why) {
        return DocumentResult.failed(new SourceDocument(p.toString(), "", Format.UNKNOWN, ""), why, List.of());
    }

    static boolean allOk(Summary s) {
        return s.partial() == 0 && s.failed() == 0;
    }
}
