package org.nianbao.correct;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.export.CsvRows;
import org.nianbao.export.DocumentRows;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Provenance;
import org.nianbao.model.TableId;
import org.nianbao.model.Template;
import org.nianbao.validate.Validator;

/**
 * Applies an auditor's corrections to a document's rows as the outputs are written, matched by
 * content (sha256): the value is replaced, the raw text and location stay what the source says, an
 * info finding {@value #RULE} at the cell names the old value and the reason, and the cell identities
 * are checked again on the corrected values. A correction that finds no cell, or no document, is a
 * warning {@value #UNMATCHED}: corrections never vanish silently. Applied at writing time, not kept in
 * the journal: the same file given to the next run gives the same outputs, without extracting again.
 */
public final class Corrector {

    /** The info finding that marks a corrected cell. */
    public static final String RULE = "corrected";
    public static final String UNMATCHED = "correction-unmatched";
    public static final String EXTRACTED = "extracted";
    public static final String CORRECTED = "corrected";

    // positions in a cells row without its document column: table,row,column,value,raw,location
    private static final int TABLE = 0;
    private static final int ROW = 1;
    private static final int COLUMN = 2;
    private static final int VALUE = 3;
    private static final int RAW = 4;
    private static final int LOCATION = 5;

    private final String source;
    private final Map<String, List<Correction>> bySha = new LinkedHashMap<>();
    private final Validator validator;
    private final Set<String> matched = ConcurrentHashMap.newKeySet();

    /**
     * @param source the corrections file as named on the command line: the document of the findings
     *     about corrections whose document is not in the batch
     */
    public Corrector(String source, List<Correction> corrections, Validator validator) {
        this.source = source;
        this.validator = validator;
        for (Correction c : corrections) {
            bySha.computeIfAbsent(c.sha256(), k -> new ArrayList<>()).add(c);
        }
    }

    /** The corrections of a file (see {@link CorrectionsFile}); an IOException names the line at fault. */
    public static Corrector read(Path file) throws IOException {
        Catalog catalog = Catalog.standard();
        return new Corrector(file.toString(), CorrectionsFile.read(file, catalog), new Validator(catalog));
    }

    /** No corrections: rows pass unchanged and cells.csv has no origin column. */
    public static Corrector none() {
        return new Corrector("", List.of(), null);
    }

    /** Whether cells.csv says where each value comes from: when a corrections file was given. */
    public boolean active() {
        return validator != null;
    }

    /** cells.csv's header: with the trailing {@code origin} column when corrections were given. */
    public String[] cellsHeader() {
        return active() ? CsvRows.CELLS_HEADER_WITH_ORIGIN : CsvRows.CELLS_HEADER;
    }

    /** A document's rows with its corrections applied, its cell identities checked again, and origins. */
    public DocumentRows apply(DocumentRows rows) {
        if (!active()) {
            return rows;
        }
        List<Correction> mine = bySha.getOrDefault(rows.report()[DocumentRows.SHA256], List.of());
        if (!mine.isEmpty()) {
            matched.add(rows.report()[DocumentRows.SHA256]);
        }
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (String[] c : rows.cells()) {
            String[] withOrigin = Arrays.copyOf(c, c.length + 1);
            withOrigin[c.length] = EXTRACTED;
            cells.put(c[TABLE] + "/" + c[ROW] + "/" + c[COLUMN], withOrigin);
        }
        if (mine.isEmpty()) {
            return new DocumentRows(rows.report(), List.copyOf(cells.values()), rows.findings());
        }
        CanonicalReport before = model(rows.cells(), rows.findings());
        List<String[]> notes = new ArrayList<>();
        for (Correction c : mine) {
            String[] cell = cells.get(c.key().toString());
            if (cell == null) {
                notes.add(finding("warning", UNMATCHED, c.key(), "correction to " + shown(c.value()) + " ("
                        + c.reason() + ") not applied: the document has no cell " + c.key() + " (corrections line "
                        + c.line() + ")", ""));
                continue;
            }
            notes.add(finding("info", RULE, c.key(), "corrected from " + shownValue(cell[VALUE]) + " to "
                    + shown(c.value()) + ": " + (c.reason().isEmpty() ? "no reason given" : c.reason()), cell[LOCATION]));
            cell[VALUE] = c.value().render();
            cell[cell.length - 1] = CORRECTED;
        }
        List<String[]> corrected = List.copyOf(cells.values());
        // the identities of the cells as extracted give way to those of the corrected cells
        List<String[]> findings = new ArrayList<>(rows.findings());
        for (String[] stale : rows(validator.checkCells(before))) {
            for (int i = 0; i < findings.size(); i++) {
                if (Arrays.equals(findings.get(i), stale)) {
                    findings.remove(i);
                    break;
                }
            }
        }
        findings.addAll(notes);
        findings.addAll(rows(validator.checkCells(model(corrected, findings))));
        return new DocumentRows(rows.report(), corrected, findings);
    }

    /** Findings rows (with the corrections file as document) for corrections whose document was not written. */
    public List<String[]> unmatched() {
        List<String[]> out = new ArrayList<>();
        bySha.forEach((sha, list) -> {
            if (!matched.contains(sha)) {
                for (Correction c : list) {
                    out.add(DocumentRows.withDocument(source, new String[] {"warning", UNMATCHED, "", "", "",
                        "line " + c.line() + ": no document in this batch has sha256 " + sha + "; the correction of "
                            + c.key() + " to " + shown(c.value()) + " (" + c.reason() + ") was not applied", ""}));
                }
            }
        });
        return out;
    }

    /**
     * The cells rows as the validator's model. An empty value is unreadable where a value-unreadable
     * finding names the cell (identities with it are not checked), otherwise blank.
     */
    private static CanonicalReport model(List<String[]> cells, List<String[]> findings) {
        List<ExtractedCell> out = new ArrayList<>();
        for (String[] c : cells) {
            TableId table = TableId.fromId(c[TABLE]).orElse(null);
            if (table == null) {
                continue;
            }
            CanonicalKey key = CanonicalKey.of(table, c[ROW], c[COLUMN]);
            CellValue value;
            if (!c[VALUE].isEmpty()) {
                value = CellValue.number(new BigDecimal(c[VALUE]));
            } else if (findings.stream().anyMatch(f -> f[1].equals("value-unreadable") && f[2].equals(c[TABLE])
                    && f[3].equals(c[ROW]) && f[4].equals(c[COLUMN]))) {
                value = CellValue.unreadable(c[RAW]);
            } else {
                value = CellValue.blank();
            }
            out.add(new ExtractedCell(key, value, new Provenance(Location.parse(c[LOCATION]), c[RAW])));
        }
        return new CanonicalReport(Template.UNKNOWN, OptionalInt.empty(), "", out);
    }

    private static List<String[]> rows(List<Finding> findings) {
        return CsvRows.findings("", findings).stream().map(r -> Arrays.copyOfRange(r, 1, r.length)).toList();
    }

    private static String[] finding(String severity, String rule, CanonicalKey key, String message, String location) {
        return new String[] {severity, rule, key.table().id(), key.row(), key.column(), message, location};
    }

    private static String shown(CellValue v) {
        return v instanceof CellValue.Numeric ? v.render() : "blank";
    }

    private static String shownValue(String rendered) {
        return rendered.isEmpty() ? "blank" : rendered;
    }
}
