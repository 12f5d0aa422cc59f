package org.nianbao.correct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CanonicalReport;
import org.nianbao.model.Catalog;
import org.nianbao.model.CellValue;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.validate.Validator;

/**
 * Applies an auditor's corrections to extracted documents, matched by content (sha256): the value
 * is replaced, the raw text and location stay what the source says, an info finding
 * {@value #RULE} at the cell names the old value and the reason, and the cell identities are checked
 * again on the corrected values. A correction that finds no cell, or no document, is a warning
 * {@value #UNMATCHED}: corrections must never vanish silently.
 */
public final class Corrector {

    /** The info finding that marks a corrected cell; cells.csv's {@code origin} column is derived from it. */
    public static final String RULE = "corrected";
    public static final String UNMATCHED = "correction-unmatched";

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

    /** No corrections: results pass unchanged. */
    public static Corrector none() {
        return new Corrector("", List.of(), null);
    }

    public boolean active() {
        return !bySha.isEmpty();
    }

    public String source() {
        return source;
    }

    /** The result with this document's corrections applied and its cell identities checked again. */
    public DocumentResult apply(DocumentResult result) {
        List<Correction> mine = bySha.getOrDefault(result.document().sha256(), List.of());
        if (mine.isEmpty()) {
            return result;
        }
        matched.add(result.document().sha256());
        CanonicalReport before = result.report();
        Map<CanonicalKey, ExtractedCell> cells = new LinkedHashMap<>();
        before.cells().forEach(c -> cells.put(c.key(), c));
        List<Finding> notes = new ArrayList<>();
        for (Correction c : mine) {
            ExtractedCell cell = cells.get(c.key());
            if (cell == null) {
                notes.add(Finding.warning(UNMATCHED, Scope.cell(c.key()), "correction to " + shown(c.value())
                        + " (" + c.reason() + ") not applied: the document has no cell " + c.key()
                        + " (corrections line " + c.line() + ")", Location.none()));
                continue;
            }
            cells.put(c.key(), new ExtractedCell(c.key(), c.value(), cell.source()));
            notes.add(Finding.info(RULE, Scope.cell(c.key()), "corrected from " + shown(cell.value()) + " to "
                    + shown(c.value()) + ": " + (c.reason().isEmpty() ? "no reason given" : c.reason()),
                    cell.source().where()));
        }
        CanonicalReport after = new CanonicalReport(before.template(), before.year(), before.agency(),
                new ArrayList<>(cells.values()));
        // the identities of the cells as extracted give way to those of the corrected cells
        List<Finding> findings = new ArrayList<>(result.findings());
        for (Finding stale : validator.checkCells(before)) {
            findings.remove(stale);
        }
        findings.addAll(notes);
        findings.addAll(validator.checkCells(after));
        return new DocumentResult(result.document(), after, findings, result.status(), result.error());
    }

    /** Findings about corrections whose document was not among those {@link #apply}ed, one per correction. */
    public List<Finding> unmatched() {
        List<Finding> out = new ArrayList<>();
        bySha.forEach((sha, list) -> {
            if (!matched.contains(sha)) {
                for (Correction c : list) {
                    out.add(Finding.warning(UNMATCHED, Scope.document(), "line " + c.line() + ": no document in "
                            + "this batch has sha256 " + sha + "; the correction of " + c.key() + " to "
                            + shown(c.value()) + " (" + c.reason() + ") was not applied", Location.none()));
                }
            }
        });
        return out;
    }

    private static String shown(CellValue v) {
        if (v instanceof CellValue.Numeric) {
            return v.render();
        }
        return v instanceof CellValue.Blank ? "blank" : "unreadable";
    }
}
