package org.nianbao.spark;

import java.io.Serializable;
import java.time.Duration;
import org.nianbao.ExtractOptions;

/**
 * What the executors need to extract a document, sent with the job: the extractor's limits and the
 * time limit per document (the extractor's options are not serializable, so their values travel).
 *
 * @param timeoutSeconds a document still being read after this long is a failed row
 */
record ExtractionSettings(long maxBytes, int maxPages, int timeoutSeconds) implements Serializable {

    private static final long serialVersionUID = 1L;

    ExtractionSettings {
        if (maxBytes < 1 || maxPages < 1 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("--max-bytes, --max-pages and --timeout must be positive");
        }
    }

    static ExtractionSettings defaults() {
        return new ExtractionSettings(ExtractOptions.DEFAULT_MAX_BYTES, ExtractOptions.DEFAULT_MAX_PAGES,
                (int) ExtractOptions.DEFAULT_TIME_LIMIT.toSeconds());
    }

    ExtractOptions options() {
        // built from the defaults, so options the extractor gains later keep their defaults here
        return ExtractOptions.defaults().withMaxBytes(maxBytes).withMaxPages(maxPages)
                .withTimeLimit(Duration.ofSeconds(timeoutSeconds));
    }
}
