package org.nianbao.corpus.generate;

import java.util.Objects;

/**
 * A finding a document must carry: its rule and the scope it concerns, in the spec's findings.csv
 * terms (empty row or column for a whole column, row, table or the document).
 */
public record ExpectedFinding(String rule, String table, String row, String column) {

    public ExpectedFinding {
        Objects.requireNonNull(rule, "rule");
        table = table == null ? "" : table;
        row = row == null ? "" : row;
        column = column == null ? "" : column;
    }

    @Override
    public String toString() {
        return rule + "@" + table + "/" + row + "/" + column;
    }
}
