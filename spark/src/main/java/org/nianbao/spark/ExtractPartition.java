package org.nianbao.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.nianbao.ExtractOptions;
import org.nianbao.Extractor;
import org.nianbao.agency.AgencyNames;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.Format;
import org.nianbao.model.SourceDocument;

/**
 * Runs on the executors: turns the input files of one partition (path, length, content, sha256)
 * into extracted rows, one document at a time, with this JVM's extractor. The extractor returns a
 * failed result for whatever goes wrong with a document, a read past the time limit included (it
 * reads on a thread of its own and abandons it), so a document never fails the task. A file over
 * the size limit arrives without its content (it was never read) and is a failed row.
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final DocumentNames names;
    private final ExtractOptions options;

    ExtractPartition(DocumentNames names, ExtractOptions options) {
        this.names = names;
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        Extractor extractor = ExecutorExtractors.of(options);
        AgencyNames agencies = new AgencyNames();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return extract(extractor, agencies, files.next());
            }
        };
    }

    private Row extract(Extractor extractor, AgencyNames agencies, Row file) {
        String name = names.name(file.getAs(InputFiles.PATH));
        byte[] content = file.getAs(InputFiles.CONTENT);
        if (content == null) {
            long length = file.getAs(InputFiles.LENGTH);
            return ExtractedRows.of(name, DocumentResult.failed(new SourceDocument(name, "", Format.UNKNOWN, ""),
                    options.oversizeMessage(length), List.of()), agencies);
        }
        return ExtractedRows.of(name, extractor.extract(name, content), agencies);
    }
}
