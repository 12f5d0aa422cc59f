package org.nianbao.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao spark INPUT... -o OUT}: the Spark job run in this process on Spark's local master.
 * The launcher starts it with Spark on the class path; the CLI distribution never has Spark.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the extraction as an Apache Spark job on the local master, writing OUT/cells, "
                + "OUT/reports and OUT/findings partitioned by year (Parquet, or CSV part files with a header).",
            "Exit status: 0 when every document was extracted, 1 when some failed or were partial, 2 for a usage "
                + "error, 3 when the job could not run (an input not found, OUT not writable)."})
public final class SparkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files and folders (walked recursively), "
            + "local paths or any URI Spark reads (hdfs://, s3a://, ...).")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Output folder.")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE}, "
            + "one task per core).")
    String master = "local[*]";

    @Option(names = {"-q", "--quiet"}, description = "No summary line.")
    boolean quiet;

    @Mixin
    JobOptions job;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() {
        JobSpec run = job.spec(inputs, out);
        return JobRun.run(SparkSession.builder().appName("nianbao").master(master).config("spark.ui.enabled", "false"),
                run, spec.commandLine().getErr(), quiet);
    }
}
