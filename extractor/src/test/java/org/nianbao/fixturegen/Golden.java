package org.nianbao.fixturegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nianbao.model.Catalog;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.KeySpec;

/**
 * Writes a fixture's expected outputs from the authored truth: every authored cell, in catalog
 * order, with its value, the raw text written into the document and the position it was written
 * at; and the findings the document is authored to cause.
 */
final class Golden {

    /** One expected finding; empty strings where the spec's columns are empty. */
    record ExpectedFinding(String severity, String rule, String table, String row, String column, String message,
                           String location) {
        static ExpectedFinding document(String severity, String rule, String message) {
            return new ExpectedFinding(severity, rule, "", "", "", message, "");
        }
    }

    private Golden() {
    }

    static void write(Path document, String name, Truth truth, Map<CanonicalKey, String> locations,
                      List<ExpectedFinding> findings) throws IOException {
        StringBuilder cells = new StringBuilder("document,table,row,column,value,raw,location\n");
        int written = 0;
        for (KeySpec spec : Catalog.standard().specs()) {
            Truth.Value v = truth.values.get(spec.key());
            if (v == null) {
                continue;
            }
            String where = locations.get(spec.key());
            if (where == null) {
                throw new IllegalStateException(name + ": " + spec.key() + " was authored but not placed");
            }
            CanonicalKey k = spec.key();
            cells.append(csv(name, k.table().id(), k.row(), k.column(), v.value(), v.raw(), where));
            written++;
        }
        if (written != truth.values.size()) {
            throw new IllegalStateException(name + ": authored cells outside the catalog");
        }
        StringBuilder f = new StringBuilder("document,severity,rule,table,row,column,message,location\n");
        for (ExpectedFinding e : findings) {
            f.append(csv(name, e.severity(), e.rule(), e.table(), e.row(), e.column(), e.message(), e.location()));
        }
        Files.writeString(Path.of(document + ".cells.csv"), cells, StandardCharsets.UTF_8);
        Files.writeString(Path.of(document + ".findings.csv"), f, StandardCharsets.UTF_8);
    }

    private static String csv(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String s = fields[i];
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
            sb.append(i == 0 ? "" : ",").append(quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return sb.append('\n').toString();
    }
}
