package org.nianbao.spark;

import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.nianbao.Extractor;

/**
 * Runs on the executors: turns the input files of one partition (path, length, content, sha256)
 * into extracted rows, one document at a time, with this JVM's extractor. A file over the size
 * limit arrives without its content (it was never read) and is a failed row.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final DocumentNames names;
    private final ExtractionSettings settings;

    ExtractPartition(DocumentNames names, ExtractionSettings settings) {
        this.names = names;
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        Extractor extractor = ExecutorExtractors.of(settings);
        TimedExtraction timed = new TimedExtraction(extractor::extract, settings.options().timeLimit());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) t -> timed.close());
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return extract(timed, files.next());
            }
        };
    }

    private Row extract(TimedExtraction timed, Row file) {
        String name = names.name(file.getAs(InputFiles.PATH));
        byte[] content = file.getAs(InputFiles.CONTENT);
        if (content == null) {
            long length = file.getAs(InputFiles.LENGTH);
            return ExtractedRows.of(name, TimedExtraction.failed(name, "", "file is " + length
                    + " bytes, over the limit of " + settings.maxBytes() + " bytes"));
        }
        return ExtractedRows.of(name, timed.extract(name, content, file.getAs(InputFiles.SHA256)));
    }
}
