package org.nianbao;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one extraction, explicit so that an enormous or hostile file fails with a message
 * instead of exhausting the machine.
 *
 * @param maxBytes files larger than this fail without being read
 * @param maxPages PDF pages beyond this are not read (a finding says so)
 * @param timeLimit an extraction still running after this fails with a message saying so
 * @param ocr read scanned pages and image files by OCR when the {@code ocr} module is installed;
 *     false reports them as {@code needs-ocr}
 * @param maxTextBytes HTML and text documents larger than this fail unread: they are decoded and
 *     parsed whole in memory (jsoup's tree, the lines of the text), which needs many times their
 *     size in heap; PDF and Word files are not read whole this way and have no such budget
 */
public record ExtractOptions(long maxBytes, int maxPages, Duration timeLimit, boolean ocr, long maxTextBytes,
                             boolean scripts)
        implements Serializable {

    /** Serializable so that a Spark job sends its options to the executors as they are (a record: by its components). */
    private static final long serialVersionUID = 1L;

    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 300;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    /** Real reports are under 1 MB of HTML or text; see docs/batch.md for what this budget costs in memory. */
    public static final long DEFAULT_MAX_TEXT_BYTES = 16L * 1024 * 1024;

    public ExtractOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxBytes < 1 || maxPages < 1 || maxTextBytes < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** With OCR where installed, page scripts run, and the default budget for HTML and text. */
    public ExtractOptions(long maxBytes, int maxPages, Duration timeLimit) {
        this(maxBytes, maxPages, timeLimit, true, DEFAULT_MAX_TEXT_BYTES, true);
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT);
    }

    public ExtractOptions withMaxBytes(long bytes) {
        return new ExtractOptions(bytes, maxPages, timeLimit, ocr, maxTextBytes, scripts);
    }

    public ExtractOptions withMaxPages(int pages) {
        return new ExtractOptions(maxBytes, pages, timeLimit, ocr, maxTextBytes, scripts);
    }

    public ExtractOptions withTimeLimit(Duration limit) {
        return new ExtractOptions(maxBytes, maxPages, limit, ocr, maxTextBytes, scripts);
    }

    public ExtractOptions withOcr(boolean read) {
        return new ExtractOptions(maxBytes, maxPages, timeLimit, read, maxTextBytes, scripts);
    }

    public ExtractOptions withMaxTextBytes(long bytes) {
        return new ExtractOptions(maxBytes, maxPages, timeLimit, ocr, bytes, scripts);
    }

    /**
     * Whether a web page's load-time scripts are run ({@code HtmlUnitScripts}) before it is read; without, every page
     * is read as its source stands, with what its scripts' text shows they change doubted at its cells.
     */
    public ExtractOptions withScripts(boolean run) {
        return new ExtractOptions(maxBytes, maxPages, timeLimit, ocr, maxTextBytes, run);
    }

    /** The failure message of a file of {@code size} bytes over {@link #maxBytes}: one wording for the library, the CLI and Spark. */
    public String oversizeMessage(long size) {
        return "file is " + size + " bytes, over the limit of " + maxBytes + " bytes";
    }
}
