package org.nianbao.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * cells and findings written too, which is what {@code --skip-existing} relies on.
 */
final class ExtractionJob {

    /** Counts of the documents extracted by one run. */
    record Summary(long ok, long partial, long failed) {
        long total() {
            return ok + partial + failed;
        }

        boolean allOk() {
            return partial == 0 && failed == 0;
        }
    }

    private final SparkSession spark;

    ExtractionJob(SparkSession spark) {
        this.spark = spark;
    }

    Summary run(JobSpec spec) {
        InputFiles inputs = new InputFiles(spark, spec.inputs());
        Dataset<Row> files = inputs.read(spec.settings().maxBytes());
        String reports = spec.output() + "/reports";
        if (spec.skipExisting() && exists(reports)) {
            files = InputFiles.without(files, spec.format().configure(spark.read()).load(reports));
        }
        Dataset<Row> extracted = files
                .mapPartitions(new ExtractPartition(inputs.names(), spec.settings()), Encoders.row(ExtractedRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Summary summary = summarize(extracted);
            SaveMode mode = spec.skipExisting() ? SaveMode.Append : SaveMode.Overwrite;
            write(ExtractedRows.cells(extracted), spec, "cells", mode);
            write(ExtractedRows.findings(extracted), spec, "findings", mode);
            write(ExtractedRows.reports(extracted), spec, "reports", mode);
            return summary;
        } finally {
            extracted.unpersist();
        }
    }

    private static Summary summarize(Dataset<Row> extracted) {
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
        return new Summary(ok, partial, failed);
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
