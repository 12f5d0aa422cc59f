package org.nianbao.spark;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.SourceDocument;

/**
 * Extracts one document at a time on a worker thread with a time limit, so a document that hangs
 * or breaks in a way the extractor does not catch becomes a failed result and the task goes on. A
 * document past its limit is interrupted and its worker abandoned (a daemon thread, which ends when
 * the reading does): the next document gets a fresh worker, never a queue behind the stuck one.
 * One instance per task; not thread-safe.
 */
final class TimedExtraction implements AutoCloseable {

    /** What is run on the worker: the extractor's {@code extract(name, bytes)}. */
    @FunctionalInterface
    interface Reading {
        DocumentResult read(String name, byte[] bytes);
    }

    private final Reading reading;
    private final Duration limit;
    private ExecutorService worker;

    TimedExtraction(Reading reading, Duration limit) {
        this.reading = reading;
        this.limit = limit;
        this.worker = newWorker();
    }

    /** @param sha256 the content's digest, for the failed result when the extractor gives none */
    DocumentResult extract(String name, byte[] bytes, String sha256) {
        Future<DocumentResult> f = worker.submit(() -> reading.read(name, bytes));
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return failed(name, sha256, "extraction took longer than " + limit.toSeconds() + " s and was stopped");
        } catch (ExecutionException e) {
            return failed(name, sha256, "internal error: " + e.getCause());
        } catch (InterruptedException e) {
            // the task is being killed: its output is discarded, the flag tells Spark's thread
            f.cancel(true);
            Thread.currentThread().interrupt();
            return failed(name, sha256, "interrupted");
        }
    }

    static DocumentResult failed(String name, String sha256, String why) {
        return DocumentResult.failed(new SourceDocument(name, sha256, Format.UNKNOWN, ""), why, List.of());
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nianbao-extract");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
