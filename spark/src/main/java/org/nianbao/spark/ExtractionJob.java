package org.nianbao.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The extraction as a Spark job: documents are read as binary files, extracted on the executors,
 * and written as {@code cells}, {@code findings} and {@code reports}, each partitioned by year.
 * Every document is extracted once: the extracted table is kept (memory, then disk) while the three
 * outputs are written from it. {@code reports} is written last, so a document listed there has its
 * cells and findings written too, which is what {@code --skip-existing} relies on. The check across
 * documents ({@link CrossYear}) covers the documents of one run.
 */
final class ExtractionJob {

    /**
     * Counts of the documents extracted by one run, and how long the extraction (reading included)
     * and the writing of the outputs took.
     */
    record Summary(long ok, long partial, long failed, Duration extracting, Duration writing) {
        long total() {
            return ok + partial + failed;
        }

        boolean allOk() {
            return partial == 0 && failed == 0;
        }
    }

    private static final String MAX_PARTITIONS = "spark.sql.files.maxPartitionNum";

    private final SparkSession spark;

    ExtractionJob(SparkSession spark) {
        this.spark = spark;
    }

    Summary run(JobSpec spec) {
        aimAtAFewTasksPerCore();
        InputFiles inputs = new InputFiles(spark, spec.inputs());
        Dataset<Row> files = inputs.read(spec.options().maxBytes());
        String reports = spec.output() + "/reports";
        if (spec.skipExisting() && exists(reports)) {
            files = InputFiles.without(files, spec.format().configure(spark.read()).load(reports));
        }
        Dataset<Row> extracted = files
                .mapPartitions(new ExtractPartition(inputs.names(), spec.options()), Encoders.row(ExtractedRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long start = System.nanoTime();
            long[] counts = count(extracted);
            long extractedAt = System.nanoTime();
            SaveMode mode = spec.skipExisting() ? SaveMode.Append : SaveMode.Overwrite;
            Dataset<Row> checked = CrossYear.addTo(extracted);
            write(ExtractedRows.cells(checked), spec, "cells", mode);
            write(ExtractedRows.findings(checked), spec, "findings", mode);
            write(ExtractedRows.reports(checked), spec, "reports", mode);
            return new Summary(counts[0], counts[1], counts[2], Duration.ofNanos(extractedAt - start),
                    Duration.ofNanos(System.nanoTime() - extractedAt));
        } finally {
            extracted.unpersist();
        }
    }

    /**
     * Spark packs files into tasks by bytes, counting 4 MB for opening each: reports of a few hundred
     * kilobytes become one task each, and every task writes its own small file per output and year.
     * A report costs CPU, not bytes: unless the session says otherwise, the files are spread over about
     * four tasks per core (enough to even out a slow PDF), whatever their number.
     */
    private void aimAtAFewTasksPerCore() {
        if (!spark.conf().contains(MAX_PARTITIONS)) {
            spark.conf().set(MAX_PARTITIONS, 4L * spark.sparkContext().defaultParallelism());
        }
    }

    /** ok, partial, failed. */
    private static long[] count(Dataset<Row> extracted) {
        long ok = 0;
        long partial = 0;
        long failed = 0;
        for (Row r : extracted.groupBy(col("status")).count().collectAsList()) {
            long n = r.getLong(1);
            switch (r.getString(0)) {
                case "ok" -> ok = n;
                case "partial" -> partial = n;
                default -> failed += n;
            }
        }
        return new long[] {ok, partial, failed};
    }

    private static void write(Dataset<Row> rows, JobSpec spec, String name, SaveMode mode) {
        spec.format().configure(rows.write().mode(mode).partitionBy(ExtractedRows.YEAR)).save(spec.output() + "/" + name);
    }

    private boolean exists(String path) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
