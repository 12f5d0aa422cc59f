package org.nianbao.spark;

import java.util.List;
import org.nianbao.ExtractOptions;

/**
 * One run of the job.
 *
 * @param inputs paths of documents or folders, any file system Spark reaches
 * @param output the folder receiving {@code cells}, {@code reports} and {@code findings}
 * @param skipExisting keep the outputs and add only documents whose sha256 is not in {@code reports} yet;
 *     otherwise the outputs are replaced
 * @param options the extractor's limits, sent to the executors with the job
 */
record JobSpec(List<String> inputs, String output, OutputFormat format, boolean skipExisting,
               ExtractOptions options) {

    JobSpec {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input");
        }
    }
}
