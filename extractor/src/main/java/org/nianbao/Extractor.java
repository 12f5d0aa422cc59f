package org.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.nianbao.map.FormRowBook;
import org.nianbao.map.LostMarkers;
import org.nianbao.map.MappedReport;
import org.nianbao.map.ReportMapper;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Catalog;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.SourceDocument;
import org.nianbao.model.Status;
import org.nianbao.read.DocFormatReader;
import org.nianbao.read.DocxFormatReader;
import org.nianbao.read.FormatReader;
import org.nianbao.read.HtmlFormatReader;
import org.nianbao.read.ImageFormatReader;
import org.nianbao.read.PdfFormatReader;
import org.nianbao.read.TextFormatReader;
import org.nianbao.read.pdf.PageOcr;
import org.nianbao.read.script.HtmlUnitScripts;
import org.nianbao.read.script.PageScripts;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.DisplayedPlaces;
import org.nianbao.model.Provenance;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.CanonicalReport;
import org.nianbao.sniff.ContentSniffer;
import org.nianbao.sniff.Sniffed;
import org.nianbao.validate.Validator;

/**
 * The pipeline, wired by hand: sniff → read → reconstruct → map → validate. Immutable and shared
 * between threads. This is the one place that turns an unexpected exception while extracting a
 * document into a failed result ({@link #unexpected}), so that {@code extract} always returns: readers
 * only turn their own library's failures on damaged files into unreadable content.
 */
public final class Extractor {

    private final ExtractOptions options;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final Map<Format, FormatReader> readers;
    private final ReportMapper mapper;
    private final Validator validator;
    private final LostMarkers lostMarkers;

    Extractor(ExtractOptions options) {
        this(options, catalog -> standardReaders(options, catalog));
    }

    /**
     * With other readers: a test's, to see what the pipeline does when one fails. The readers are made
     * from the one catalog the mapper and validator use, so it is parsed once.
     */
    Extractor(ExtractOptions options, Function<Catalog, List<FormatReader>> readers) {
        this.options = options;
        Catalog catalog = Catalog.standard();
        Map<Format, FormatReader> r = new EnumMap<>(Format.class);
        for (FormatReader reader : readers.apply(catalog)) {
            r.put(reader.format(), reader);
        }
        this.readers = Map.copyOf(r);
        this.mapper = new ReportMapper(catalog);
        this.validator = new Validator(catalog);
        this.lostMarkers = new LostMarkers(catalog);
    }

    private static List<FormatReader> standardReaders(ExtractOptions options, Catalog catalog) {
        ValueParser values = new ValueParser();
        Optional<PageOcr> ocr = options.ocr() ? PageOcr.installed() : Optional.empty();
        PageScripts scripts = options.scripts() ? new HtmlUnitScripts() : PageScripts.notRun();
        return List.of(new TextFormatReader(values::isValue, new FormRowBook(catalog)),
                new PdfFormatReader(values::isValue, options.maxPages(), ocr), new HtmlFormatReader(values::isValue, scripts),
                new DocxFormatReader(values::isValue), new DocFormatReader(values::isValue),
                new ImageFormatReader(values::isValue, options.maxPages(), ocr));
    }

    /**
     * Extracts the file at {@code path}; the report names it as {@code path.toString()}. An extraction
     * still running after the options' time limit returns a failed result saying so.
     */
    public DocumentResult extract(Path path) {
        return withinTimeLimit(path.toString(), () -> extractNow(path));
    }

    /** Extracts a document already in memory; {@code name} is what the outputs call it. Time-limited too. */
    public DocumentResult extract(String name, byte[] bytes) {
        return withinTimeLimit(name, () -> extractNow(name, bytes, Optional.empty()));
    }

    /**
     * Runs an extraction on a thread of its own and waits at most the time limit. A read past the
     * limit is interrupted and abandoned: the result says so at once, but PDFBox, POI and jsoup do not
     * all stop when interrupted, so the thread may run on until the read ends. Where that matters
     * (thousands of untrusted files), run extractions in processes that can be killed, as the
     * command line does.
     */
    private DocumentResult withinTimeLimit(String name, Callable<DocumentResult> extraction) {
        FutureTask<DocumentResult> task = new FutureTask<>(extraction);
        Thread t = new Thread(task, "nianbao-extract");
        t.setDaemon(true); // an abandoned read must not keep the host's JVM alive
        t.start();
        try {
            return task.get(options.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return failed(name, "", Format.UNKNOWN, "extraction took longer than " + inWords(options.timeLimit())
                    + " and was stopped");
        } catch (ExecutionException e) {
            // thrown before the document's format was known (hashing, sniffing), or an Error the read lets through
            return unexpected(new SourceDocument(name, "", Format.UNKNOWN, ""), e.getCause());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return failed(name, "", Format.UNKNOWN, "interrupted");
        }
    }

    /** "120 s", or "250 ms" below a second. */
    public static String inWords(java.time.Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private DocumentResult extractNow(Path path) {
        String name = path.toString();
        try {
            long size = Files.size(path);
            if (size > options.maxBytes()) {
                return failed(name, "", Format.UNKNOWN, options.oversizeMessage(size));
            }
            return extractNow(name, Files.readAllBytes(path), Optional.of(path));
        } catch (NoSuchFileException e) {
            return failed(name, "", Format.UNKNOWN, "file not found");
        } catch (IOException e) {
            return failed(name, "", Format.UNKNOWN, "cannot read file: " + e.getMessage());
        }
    }

    /** {@code source}: the file the bytes were read from, whose folder may hold what the document links to. */
    private DocumentResult extractNow(String name, byte[] bytes, Optional<Path> source) {
        String sha = sha256(bytes);
        Sniffed sniffed = sniffer.sniff(bytes);
        FormatReader reader = readers.get(sniffed.format());
        if (reader == null) {
            String why = sniffed.format() == Format.UNKNOWN
                    ? "not a report document: the content looks like " + sniffed.looksLike()
                    : sniffed.format().id() + " documents are not supported yet (" + sniffed.looksLike() + ")";
            return failed(name, sha, sniffed.format(), why);
        }
        if ((sniffed.format() == Format.HTML || sniffed.format() == Format.TEXT) && bytes.length > options.maxTextBytes()) {
            return failed(name, sha, sniffed.format(), "the " + sniffed.format().id() + " document is " + bytes.length
                    + " bytes, over the budget of " + options.maxTextBytes() + " bytes for HTML and text (--max-text-bytes)");
        }
        SourceDocument doc = new SourceDocument(name, sha, sniffed.format(), "");
        try {
            return extract(doc, source.isPresent() ? reader.read(bytes, source.get()) : reader.read(bytes));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // caught here rather than on the time limit's thread so the failed row keeps the sha256 and format
            return unexpected(doc, e);
        }
    }

    /**
     * An exception or error no stage expected (a bug, or a hostile document that found one): the
     * document fails saying so, the batch goes on. The class name stays in the message: it is what a
     * bug report needs.
     */
    private static DocumentResult unexpected(SourceDocument doc, Throwable e) {
        String what = doc.format() == Format.UNKNOWN ? "" : " while reading the " + doc.format().id() + " document";
        return DocumentResult.failed(doc, "internal error" + what + ": " + e, List.of());
    }

    private DocumentResult extract(SourceDocument doc, DocumentContent content) {
        doc = new SourceDocument(doc.name(), doc.sha256(), doc.format(), content.charset());
        if (content.failed()) {
            return DocumentResult.failed(doc, content.failure(), content.findings());
        }
        MappedReport mapped = mapper.map(content);
        List<Finding> findings = new ArrayList<>(content.findings());
        findings.addAll(mapped.findings());
        if (mapped.report().cells().isEmpty()) {
            return DocumentResult.failed(doc, mapped.emptyReason(), findings);
        }
        findings.addAll(lostMarkers.check(mapped.report(), content.text(), doc.format() == Format.TEXT));
        findings.addAll(validator.check(mapped.report(), content.text()));
        Status status = mapped.complete() ? Status.OK : Status.PARTIAL;
        return new DocumentResult(doc, shown(mapped.report(), content.places()), findings.stream()
                .map(f -> new Finding(f.severity(), f.rule(), f.scope(), f.message(), content.places().shown(f.where())))
                .toList(), status, "");
    }

    /** The report with its cells' locations where they stand on the source as displayed. */
    private static CanonicalReport shown(CanonicalReport report, DisplayedPlaces places) {
        if (places == DisplayedPlaces.AS_READ) {
            return report;
        }
        return new CanonicalReport(report.template(), report.year(), report.agency(), report.cells().stream()
                .map(c -> new ExtractedCell(c.key(), c.value(), new Provenance(places.shown(c.source().where()),
                        c.source().raw()))).toList());
    }

    private static DocumentResult failed(String name, String sha, Format format, String why) {
        return DocumentResult.failed(new SourceDocument(name, sha, format, ""), why, List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
