package org.nianbao.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sha2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The documents of a job as a table of (path, length, content, sha256), read with Spark's
 * {@code binaryFile} source from any file system Spark reaches. Folders are walked recursively;
 * under a folder, CSV files are passed over as the CLI does (Spark's listing itself passes over
 * names starting with {@code .} or {@code _}). Files over the size limit are listed without their
 * content, which is never read: the length filter is pushed into the scan.
 */
final class InputFiles {

    static final String PATH = "path";
    static final String LENGTH = "length";
    static final String CONTENT = "content";
    static final String SHA256 = "sha256";

    private final SparkSession spark;
    private final List<String> inputs;

    InputFiles(SparkSession spark, List<String> inputs) {
        this.spark = spark;
        this.inputs = List.copyOf(inputs);
    }

    /** How the inputs name their documents: each input as given and as its file system qualifies it. */
    DocumentNames names() {
        List<DocumentNames.Root> roots = new ArrayList<>();
        for (String in : inputs) {
            roots.add(new DocumentNames.Root(in, qualified(in)));
        }
        return new DocumentNames(roots);
    }

    Dataset<Row> read(long maxBytes) {
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(inputs.toArray(String[]::new));
        Column named = lit(false);
        for (String in : inputs) {
            named = named.or(col(PATH).equalTo(qualified(in)));
        }
        files = files.where(named.or(lower(col(PATH)).endsWith(".csv").unary_$bang()));
        Dataset<Row> readable = files.where(col(LENGTH).leq(maxBytes))
                .select(col(PATH), col(LENGTH), col(CONTENT), sha2(col(CONTENT), 256).as(SHA256));
        Dataset<Row> oversized = files.where(col(LENGTH).gt(maxBytes))
                .select(col(PATH), col(LENGTH), lit(null).cast(DataTypes.BinaryType).as(CONTENT),
                        lit(null).cast(DataTypes.StringType).as(SHA256));
        return readable.unionByName(oversized);
    }

    /** The files whose content is not among {@code known} (a one-column table of sha256). */
    static Dataset<Row> without(Dataset<Row> files, Dataset<Row> known) {
        Dataset<Row> shas = known.select(col(SHA256).as("known")).where(col("known").isNotNull()).distinct();
        // the known digests go to every executor; the documents' content never moves
        return files.join(broadcast(shas), files.col(SHA256).equalTo(shas.col("known")), "left_anti");
    }

    private String qualified(String input) {
        try {
            Path p = new Path(input);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(p).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + input + ": " + e.getMessage(), e);
        }
    }
}
