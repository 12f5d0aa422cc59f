package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.map.ValueParser;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.Status;
import org.nianbao.read.FormatReader;
import org.nianbao.read.HtmlFormatReader;
import org.nianbao.reconstruct.DocumentContent;

/**
 * A reader that throws, as a bug or a hostile document would make it: the extractor is the one
 * place that turns that into a failed result, and the next document is extracted as if nothing happened.
 */
class ExtractorUnexpectedFailureTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));

    @TempDir
    Path tmp;

    /** Reads text by throwing what {@code failure} makes. */
    private static FormatReader throwingTextReader(Supplier<Throwable> failure) {
        return new FormatReader() {
            @Override
            public Format format() {
                return Format.TEXT;
            }

            @Override
            public DocumentContent read(byte[] bytes) {
                Throwable t = failure.get();
                if (t instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) t;
            }
        };
    }

    private static Extractor extractorWith(FormatReader text) {
        return new Extractor(ExtractOptions.defaults(),
                catalog -> List.of(text, new HtmlFormatReader(new ValueParser()::isValue)));
    }

    @Test
    void aReaderThatThrowsGivesAFailedResultNamingTheFormatAndTheException() throws IOException {
        Extractor extractor = extractorWith(throwingTextReader(() -> new IllegalStateException("a bug in the reader")));
        Path doc = Files.copy(FIXTURES.resolve("text/xiayi.txt"), tmp.resolve("xiayi.txt"));

        DocumentResult r = extractor.extract(doc);

        assertEquals(Status.FAILED, r.status());
        assertEquals("internal error while reading the text document: java.lang.IllegalStateException: a bug in the "
                + "reader", r.error());
        assertEquals(Format.TEXT, r.document().format());
        assertEquals(64, r.document().sha256().length(), "the failed row still identifies the file");
        assertTrue(r.report().cells().isEmpty());
    }

    @Test
    void aStackOverflowInAReaderIsAFailedResultToo() throws IOException {
        Extractor extractor = extractorWith(throwingTextReader(StackOverflowError::new));

        DocumentResult r = extractor.extract("deep.txt", Files.readAllBytes(FIXTURES.resolve("text/xiayi.txt")));

        assertEquals(Status.FAILED, r.status());
        assertEquals("internal error while reading the text document: java.lang.StackOverflowError", r.error());
    }

    @Test
    void theNextDocumentIsExtractedAfterAReaderThrew() throws IOException {
        Extractor extractor = extractorWith(throwingTextReader(() -> new NullPointerException("boom")));
        byte[] text = Files.readAllBytes(FIXTURES.resolve("text/xiayi.txt"));
        byte[] html = Files.readAllBytes(FIXTURES.resolve("html/utf8-2019.html"));

        List<DocumentResult> batch = List.of(extractor.extract("a.txt", text), extractor.extract("b.html", html),
                extractor.extract("c.txt", text));

        assertEquals(List.of(Status.FAILED, Status.OK, Status.FAILED), batch.stream().map(DocumentResult::status).toList());
        assertEquals(Nianbao.extract(FIXTURES.resolve("html/utf8-2019.html")).report().cells(),
                batch.get(1).report().cells(), "the HTML document is extracted as by the standard extractor");
    }
}
