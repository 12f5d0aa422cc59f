package org.nianbao.spark;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;

/** How the job writes (and, for {@code --skip-existing}, reads back) its outputs. */
enum OutputFormat {
    PARQUET {
        @Override
        DataFrameWriter<Row> configure(DataFrameWriter<Row> w) {
            return w.format("parquet");
        }

        @Override
        DataFrameReader configure(DataFrameReader r) {
            return r.format("parquet");
        }
    },
    /**
     * RFC 4180 as the CLI writes it: a header in each part file, quotes doubled, empty for null, and
     * the text kept exactly (Spark trims the spaces around a value unless told not to: {@code raw}
     * keeps the source's padding).
     */
    CSV {
        @Override
        DataFrameWriter<Row> configure(DataFrameWriter<Row> w) {
            return w.format("csv").option("header", "true").option("escape", "\"").option("lineSep", "\n")
                    .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false");
        }

        @Override
        DataFrameReader configure(DataFrameReader r) {
            return r.format("csv").option("header", "true").option("escape", "\"").option("multiLine", "true")
                    .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false");
        }
    };

    abstract DataFrameWriter<Row> configure(DataFrameWriter<Row> w);

    abstract DataFrameReader configure(DataFrameReader r);
}
