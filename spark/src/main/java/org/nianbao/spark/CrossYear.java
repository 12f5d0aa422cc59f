package org.nianbao.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.nianbao.export.CrossYearIndex;
import org.nianbao.export.DocumentRows;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The CLI's one check across documents ({@code cross-year}: an agency's requests carried over into
 * a year against those it carried forward the year before), run by the CLI's own
 * {@link CrossYearIndex} once per agency (by the key {@link ExtractedRows#AGENCY_KEY} made when the
 * document was extracted): only each document's report row and its two carried rows
 * travel to the agency's group, and only the findings come back. Within an agency, documents are
 * taken in name order, the order the CLI walks a folder in, so the same report is "first" of a
 * duplicated agency and year.
 */
final class CrossYear {

    /** The extracted table's column of extra findings: null for a document without any. */
    static final String FINDINGS = "cross_year";

    private static final StructType SCHEMA = new StructType()
            .add("document", DataTypes.StringType, false)
            .add(FINDINGS, DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType)), false);

    private CrossYear() {
    }

    /** {@code extracted} with the column {@link #FINDINGS}. */
    static Dataset<Row> addTo(Dataset<Row> extracted) {
        Dataset<Row> carried = extracted
                .where(expr("report[" + (DocumentRows.AGENCY + 1) + "] != '' AND report[" + (DocumentRows.YEAR + 1)
                        + "] != ''"))
                .select(col("document"), col("report"), expr("filter(cells, c -> c[1] = 'requests' AND "
                        + "c[2] IN ('carried_over', 'carried_forward'))").as("cells"), col(ExtractedRows.AGENCY_KEY));
        List<Row> found = carried
                .groupByKey((MapFunction<Row, String>) r -> r.getString(3), Encoders.STRING())
                .flatMapGroups(new PerAgency(), Encoders.row(SCHEMA))
                .collectAsList();
        // few documents have such findings: computed once, they go to every executor with each output
        // written, and the extracted table stays where it is
        Dataset<Row> more = extracted.sparkSession().createDataFrame(found, SCHEMA);
        return extracted.join(broadcast(more), extracted.col("document").equalTo(more.col("document")), "left_outer")
                .drop(more.col("document"));
    }

    private static final class PerAgency implements FlatMapGroupsFunction<String, Row, Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(String agency, Iterator<Row> documents) {
            List<Row> sorted = new ArrayList<>();
            documents.forEachRemaining(sorted::add);
            sorted.sort(Comparator.comparing(r -> r.getString(0)));
            CrossYearIndex index = new CrossYearIndex();
            List<DocumentRows> rows = new ArrayList<>();
            for (Row r : sorted) {
                DocumentRows d = rowsOf(r);
                rows.add(d);
                index.add(r.getString(0), agency, d);
            }
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                String document = sorted.get(i).getString(0);
                List<String[]> more = index.findings(document, agency, rows.get(i));
                if (!more.isEmpty()) {
                    out.add(RowFactory.create(document, more.toArray(String[][]::new)));
                }
            }
            return out.iterator();
        }

        /** The document's rows without their {@code document} column, as the index takes them. */
        @SuppressWarnings("unchecked") // Spark gives an array of arrays of strings as Scala sequences
        private static DocumentRows rowsOf(Row r) {
            List<String[]> cells = new ArrayList<>();
            for (Object c : r.getList(2)) {
                cells.add(tail(CollectionConverters.asJava((Seq<String>) c)));
            }
            return new DocumentRows(tail(r.getList(1)), cells, List.of());
        }

        private static String[] tail(List<String> row) {
            return row.subList(1, row.size()).toArray(String[]::new);
        }
    }
}
