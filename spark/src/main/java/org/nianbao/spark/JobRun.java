package org.nianbao.spark;

import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the job for a command and turns its outcome into the CLI's exit status: 0 every document
 * ok, 1 some partial or failed (the outputs are complete), 3 nothing could be done (an input not
 * found, the output not writable), said in one line.
 */
final class JobRun {

    private JobRun() {
    }

    /** Runs the job in the session {@code session} makes, and stops the session. */
    static int run(SparkSession.Builder session, JobSpec spec, PrintWriter err, boolean quiet) {
        SparkSession spark = session.getOrCreate();
        try {
            return run(spark, spec, err, quiet);
        } finally {
            spark.stop();
        }
    }

    private static int run(SparkSession spark, JobSpec spec, PrintWriter err, boolean quiet) {
        ExtractionJob.Summary s;
        try {
            s = new ExtractionJob(spark).run(spec);
        } catch (RuntimeException e) {
            err.println("nianbao spark: " + firstLine(e));
            err.flush();
            return 3;
        }
        if (!quiet) {
            err.printf("%d documents: %d ok, %d partial, %d failed; outputs in %s%n", s.total(), s.ok(), s.partial(),
                    s.failed(), spec.output());
            double seconds = s.extracting().toMillis() / 1000.0;
            err.printf("extracted in %.1f s (%.1f documents/s), outputs written in %.1f s%n", seconds,
                    seconds > 0 ? s.total() / seconds : 0.0, s.writing().toMillis() / 1000.0);
            err.flush();
        }
        return s.allOk() ? 0 : 1;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.strip().lines().findFirst().orElse(m);
    }
}
