package org.nianbao.cli;

import java.time.Duration;
import org.nianbao.ExtractOptions;
import picocli.CommandLine.Option;

/**
 * The limits of one extraction ({@link ExtractOptions}) as command-line options, for every command
 * that extracts ({@code extract}, {@code spark}), so that each has all of them, under the same names
 * and defaults as the messages of a document past one of them say.
 */
public final class LimitOptions {

    /** What {@link #valid} checks, for a command's usage error. */
    public static final String MUST_BE_POSITIVE = "--timeout, --max-bytes, --max-text-bytes and --max-pages must be positive";

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per document: seconds of its worker's CPU time "
            + "for extract (OCR's limited per page), of wall time for the Spark job (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = (int) ExtractOptions.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Larger files fail unread (default: ${DEFAULT-VALUE}).")
    long maxBytes = ExtractOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--max-text-bytes", paramLabel = "N", description = "HTML and text documents larger than this "
            + "fail unread: they are read whole into memory (default: ${DEFAULT-VALUE}).")
    long maxTextBytes = ExtractOptions.DEFAULT_MAX_TEXT_BYTES;

    @Option(names = "--max-pages", paramLabel = "N", description = "PDF pages read at most (default: ${DEFAULT-VALUE}).")
    int maxPages = ExtractOptions.DEFAULT_MAX_PAGES;

    /** Whether every limit is positive, as {@link ExtractOptions} requires. */
    public boolean valid() {
        return timeoutSeconds >= 1 && maxBytes >= 1 && maxTextBytes >= 1 && maxPages >= 1;
    }

    /** {@code base} with these limits; {@link #valid} first. */
    public ExtractOptions applyTo(ExtractOptions base) {
        return base.withMaxBytes(maxBytes).withMaxPages(maxPages).withTimeLimit(Duration.ofSeconds(timeoutSeconds))
                .withMaxTextBytes(maxTextBytes);
    }
}
