package org.nianbao.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The cluster entry point: {@code spark-submit --class org.nianbao.spark.SubmitMain nianbao-spark.jar
 * INPUT OUTPUT [options]}. The master, executors and their memory come from spark-submit.
 */
@Command(name = "nianbao-spark", mixinStandardHelpOptions = true,
        description = "Extracts the annual reports under INPUT into OUTPUT/cells, OUTPUT/reports and OUTPUT/findings.")
public final class SubmitMain implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "A document or folder, any URI Spark reads.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "Output folder.")
    String output;

    @Mixin
    JobOptions job;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SubmitMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() {
        JobSpec run = job.spec(List.of(input), output);
        return JobRun.run(SparkSession.builder().appName("nianbao"), run, spec.commandLine().getErr(), false);
    }
}
