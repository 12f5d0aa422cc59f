package org.nianbao.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.SourceDocument;
import org.nianbao.model.Status;

class TimedExtractionTest {

    private static DocumentResult ok(String name) {
        return new DocumentResult(new SourceDocument(name, "abc", Format.TEXT, "UTF-8"), CanonicalReport.empty(),
                List.of(), Status.OK, "");
    }

    @Test
    void aDocumentPastItsTimeLimitIsAFailedResultAndTheNextOneIsNotQueuedBehindIt() {
        CountDownLatch never = new CountDownLatch(1);
        TimedExtraction.Reading reading = (name, bytes) -> {
            if (name.equals("stuck")) {
                while (true) {
                    try {
                        never.await(); // interrupted when abandoned; keeps waiting, like a read that ignores interrupts
                    } catch (InterruptedException e) {
                        // ignored on purpose
                    }
                }
            }
            return ok(name);
        };
        try (TimedExtraction timed = new TimedExtraction(reading, Duration.ofSeconds(1))) {
            DocumentResult stuck = timed.extract("stuck", new byte[0], "d1g357");
            assertEquals(Status.FAILED, stuck.status());
            assertEquals("extraction took longer than 1 s and was stopped", stuck.error());
            assertEquals("stuck", stuck.document().name());
            assertEquals("d1g357", stuck.document().sha256());

            long start = System.nanoTime();
            DocumentResult next = timed.extract("next", new byte[0], "");
            assertEquals(Status.OK, next.status());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos(), "the next document has a free worker");
        }
    }

    @Test
    void anErrorTheExtractorDoesNotCatchIsAFailedResult() {
        TimedExtraction.Reading reading = (name, bytes) -> {
            throw new LinkageError("a class missing on this executor");
        };
        try (TimedExtraction timed = new TimedExtraction(reading, Duration.ofSeconds(5))) {
            DocumentResult r = timed.extract("doc.pdf", new byte[] {1}, "ff");
            assertEquals(Status.FAILED, r.status());
            assertEquals("internal error: java.lang.LinkageError: a class missing on this executor", r.error());
        }
    }
}
