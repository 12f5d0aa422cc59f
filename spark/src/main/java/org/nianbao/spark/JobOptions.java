package org.nianbao.spark;

import java.util.List;
import org.nianbao.ExtractOptions;
import picocli.CommandLine.Option;

/** The options the local command and the cluster entry point share. */
final class JobOptions {

    @Option(names = "--format", paramLabel = "parquet|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.PARQUET;

    @Option(names = "--skip-existing", description = "Keep the outputs and extract only documents whose sha256 is not "
            + "in OUT/reports yet (otherwise the outputs are replaced).")
    boolean skipExisting;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per document (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = (int) ExtractOptions.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Larger files fail unread (default: ${DEFAULT-VALUE}).")
    long maxBytes = ExtractOptions.DEFAULT_MAX_BYTES;

    @Option(names = "--max-pages", paramLabel = "N", description = "PDF pages read at most (default: ${DEFAULT-VALUE}).")
    int maxPages = ExtractOptions.DEFAULT_MAX_PAGES;

    JobSpec spec(List<String> inputs, String output) {
        return new JobSpec(inputs, output, format, skipExisting, new ExtractionSettings(maxBytes, maxPages, timeoutSeconds));
    }
}
