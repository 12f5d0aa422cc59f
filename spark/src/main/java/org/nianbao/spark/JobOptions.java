package org.nianbao.spark;

import java.util.List;
import org.nianbao.ExtractOptions;
import org.nianbao.cli.LimitOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options the local command and the cluster entry point share. */
final class JobOptions {

    @Option(names = "--format", paramLabel = "parquet|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.PARQUET;

    @Option(names = "--skip-existing", description = "Keep the outputs and extract only documents whose sha256 is not "
            + "in OUT/reports yet (otherwise the outputs are replaced).")
    boolean skipExisting;

    @Mixin
    LimitOptions limits;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The run these options describe; a limit that is not positive is a usage error naming the limits. */
    JobSpec spec(List<String> inputs, String output) {
        if (!limits.valid()) {
            throw new ParameterException(command.commandLine(), LimitOptions.MUST_BE_POSITIVE);
        }
        // from the defaults, as the CLI's: OCR where installed (the job's class path has no OCR module yet)
        return new JobSpec(inputs, output, format, skipExisting, limits.applyTo(ExtractOptions.defaults()));
    }
}
