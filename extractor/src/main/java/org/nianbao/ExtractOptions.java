package org.nianbao;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one extraction, explicit so that an enormous or hostile file fails with a message
 * instead of exhausting the machine.
 *
 * @param maxBytes files larger than this fail without being read
 * @param maxPages PDF pages beyond this are not read (a finding says so)
 * @param timeLimit an extraction still running after this fails with a message saying so
 */
public record ExtractOptions(long maxBytes, int maxPages, Duration timeLimit) {

    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 300;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);

    public ExtractOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxBytes < 1 || maxPages < 1 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT);
    }

    public ExtractOptions withMaxBytes(long bytes) {
        return new ExtractOptions(bytes, maxPages, timeLimit);
    }

    public ExtractOptions withMaxPages(int pages) {
        return new ExtractOptions(maxBytes, pages, timeLimit);
    }

    public ExtractOptions withTimeLimit(Duration limit) {
        return new ExtractOptions(maxBytes, maxPages, limit);
    }
}
