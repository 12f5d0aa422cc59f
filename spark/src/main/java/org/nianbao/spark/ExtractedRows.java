package org.nianbao.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.nianbao.agency.AgencyName;
import org.nianbao.agency.AgencyNames;
import org.nianbao.export.CsvRows;
import org.nianbao.model.DocumentResult;

/**
 * The job's table of extracted documents, one row per document carrying its rows of the three
 * outputs exactly as the CLI's {@link CsvRows} makes them, and the three outputs unfolded from it.
 * In the outputs an empty text is null (so Parquet readers see a missing value, and the CSV writer
 * writes it as the CLI does, as nothing); {@code year}, the partition column, and the counts of
 * reports are integers. The outputs are unfolded from the table with {@link CrossYear}'s column added.
 */
final class ExtractedRows {

    static final String YEAR = "year";

    /** The agency's {@link org.nianbao.agency.AgencyName#key()}: what {@link CrossYear} groups by; in no output. */
    static final String AGENCY_KEY = "agency_key";

    static final StructType SCHEMA = new StructType()
            .add("document", DataTypes.StringType, false)
            .add(YEAR, DataTypes.IntegerType, true)
            .add("status", DataTypes.StringType, false)
            .add("report", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("cells", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType)), false)
            .add("findings", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.StringType)), false)
            .add(AGENCY_KEY, DataTypes.StringType, false);

    private ExtractedRows() {
    }

    /** @param agencies one per task: it splits the agency's name to find its place and key, as the CLI does */
    static Row of(String document, DocumentResult r, AgencyNames agencies) {
        Integer year = r.report().year().isPresent() ? r.report().year().getAsInt() : null;
        String[] report = Arrays.copyOf(CsvRows.report(document, r, r.findings().size()), CsvRows.REPORTS_COLUMNS.length);
        AgencyName agency = agencies.split(r.report().agency());
        report[report.length - 1] = agency.place();
        return RowFactory.create(document, year, r.status().id(), report,
                CsvRows.cells(document, r.report()).toArray(String[][]::new),
                CsvRows.findings(document, r.findings()).toArray(String[][]::new), agency.key());
    }

    static Dataset<Row> cells(Dataset<Row> extracted) {
        return unfold(extracted, "cells", CsvRows.CELLS_HEADER);
    }

    /** The document's own findings, then those of {@link CrossYear} where the table has them. */
    static Dataset<Row> findings(Dataset<Row> extracted) {
        return unfold(extracted.withColumn("findings", when(col(CrossYear.FINDINGS).isNull(), col("findings"))
                .otherwise(concat(col("findings"), col(CrossYear.FINDINGS)))), "findings", CsvRows.FINDINGS_HEADER);
    }

    static Dataset<Row> reports(Dataset<Row> extracted) {
        List<Column> columns = new ArrayList<>();
        String[] header = CsvRows.REPORTS_COLUMNS;
        for (int i = 0; i < header.length; i++) {
            Column c = switch (header[i]) {
                case YEAR -> col(YEAR);
                case "cells" -> col("report").getItem(i).cast(DataTypes.IntegerType);
                case "findings" -> col("report").getItem(i).cast(DataTypes.IntegerType).plus(
                        when(col(CrossYear.FINDINGS).isNull(), lit(0)).otherwise(size(col(CrossYear.FINDINGS))));
                default -> emptyAsNull(col("report").getItem(i));
            };
            columns.add(c.as(header[i]));
        }
        return extracted.select(columns.toArray(Column[]::new));
    }

    private static Dataset<Row> unfold(Dataset<Row> extracted, String field, String[] header) {
        Dataset<Row> rows = extracted.select(col(YEAR), explode(col(field)).as("r"));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            columns.add(emptyAsNull(col("r").getItem(i)).as(header[i]));
        }
        columns.add(col(YEAR));
        return rows.select(columns.toArray(Column[]::new));
    }

    private static Column emptyAsNull(Column c) {
        return when(c.equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(c);
    }
}
