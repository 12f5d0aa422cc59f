package org.nianbao.spark;

import java.util.List;
import org.nianbao.ExtractOptions;
import org.nianbao.cli.LimitOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options the local command and the cluster entry point share. */
final class JobOptions {

    @Option(names = "--format", paramLabel = "parquet|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.PARQUET;

    @Option(names = "--skip-existing", description = "Keep the outputs and extract only documents whose sha256 is not "
            + "in OUT/reports yet (otherwise the outputs are replaced).")
    boolean skipExisting;

    @Mixin
    LimitOptions limits;

    /** The run these options describe; an IllegalArgumentException names a limit that is not positive. */
    JobSpec spec(List<String> inputs, String output) {
        if (!limits.valid()) {
            throw new IllegalArgumentException(LimitOptions.MUST_BE_POSITIVE);
        }
        // from the defaults, as the CLI's: OCR where installed (the job's class path has no OCR module yet)
        return new JobSpec(inputs, output, format, skipExisting, limits.applyTo(ExtractOptions.defaults()));
    }
}
