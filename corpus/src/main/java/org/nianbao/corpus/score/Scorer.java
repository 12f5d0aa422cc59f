package org.nianbao.corpus.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nianbao.corpus.generate.ExpectedFinding;
import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.DocumentResult;
import org.nianbao.model.ExtractedCell;
import org.nianbao.model.Finding;
import org.nianbao.model.Severity;
import org.nianbao.model.Status;

/**
 * Compares one extraction with its gold, cell by cell (definitions in docs/corpus.md).
 * <ul>
 *   <li>correct: extracted, and its value equals the gold's (numbers compared as numbers, blank
 *       equal only to blank);</li>
 *   <li>wrong: extracted with another value; missing: in the gold, not extracted or unreadable;
 *       extra: extracted, not in the gold, in a table the gold covers;</li>
 *   <li>an error is flagged when a warning or error scoped to its table, row, column or cell covers
 *       it, or the whole document failed; otherwise it is silent. An info finding flags nothing: it
 *       records what was done to a value that is right (a unit converted, a marker kept out, a struck
 *       value named), so a wrong value under info alone is silent. A document-wide finding (charset,
 *       title) flags no cell: it says nothing about any value.</li>
 * </ul>
 */
public final class Scorer {

    public DocumentScore score(String document, String group, DocumentResult result, Gold gold) {
        Map<CanonicalKey, ExtractedCell> extracted = result.report().byKey();
        List<CellError> errors = new ArrayList<>();
        int correct = 0;
        Map<String, Integer> alarms = new TreeMap<>();
        for (Map.Entry<CanonicalKey, String> g : gold.cells().entrySet()) {
            CanonicalKey key = g.getKey();
            ExtractedCell cell = extracted.get(key);
            if (cell == null || cell.value() instanceof CellValue.Unreadable) {
                errors.add(error(document, key, CellError.Kind.MISSING, g.getValue(), cell, result));
            } else if (same(g.getValue(), cell.value())) {
                correct++;
                alarmRules(key, result).ifPresent(r -> alarms.merge(r, 1, Integer::sum));
            } else {
                errors.add(error(document, key, CellError.Kind.WRONG, g.getValue(), cell, result));
            }
        }
        // a gold file may cover only some tables (hand-checked real reports); extra cells count in those
        java.util.Set<org.nianbao.model.TableId> tables = new java.util.HashSet<>();
        gold.cells().keySet().forEach(k -> tables.add(k.table()));
        for (ExtractedCell cell : result.report().cells()) {
            if (tables.contains(cell.key().table()) && !gold.cells().containsKey(cell.key())) {
                errors.add(error(document, cell.key(), CellError.Kind.EXTRA, null, cell, result));
            }
        }
        List<ExpectedFinding> missed = new ArrayList<>();
        for (ExpectedFinding f : gold.findings()) {
            boolean found = result.findings().stream().anyMatch(x -> x.rule().equals(f.rule())
                    && x.scope().tableId().equals(f.table()) && x.scope().row().equals(f.row())
                    && x.scope().column().equals(f.column()));
            if (!found) {
                missed.add(f);
            }
        }
        return new DocumentScore(document, result.document().format().id(), group, result.status().id(),
                gold.cells().size(), correct, errors, gold.findings().size(), missed, alarms);
    }

    /**
     * The identity rules: a failing identity is about the source, which can be inconsistent itself,
     * so a flag from one is never counted as a false alarm.
     */
    static final Set<String> IDENTITY_RULES = Set.of("requests-outcomes", "requests-balance", "requests-applicants",
            "appeals-sum", "text-vs-table", "cross-year");

    /**
     * The rules of the warnings and errors, not identity rules, that cover the cell, sorted and joined
     * with {@code +} ({@code cells-ambiguous+placement-assumed}); empty when none does. Joined rather
     * than counted per rule, so the breakdown says which flags a right cell would have to lose.
     */
    static Optional<String> alarmRules(CanonicalKey key, DocumentResult result) {
        SortedSet<String> rules = new TreeSet<>();
        result.findings().stream().filter(f -> f.severity() != Severity.INFO && !IDENTITY_RULES.contains(f.rule())
                && f.scope().table().isPresent() && f.scope().covers(key)).forEach(f -> rules.add(f.rule()));
        return rules.isEmpty() ? Optional.empty() : Optional.of(String.join("+", rules));
    }

    /** The gold value equals the extracted one: blank only to blank, numbers by value. */
    static boolean same(String gold, CellValue value) {
        if (gold.isEmpty()) {
            return value instanceof CellValue.Blank;
        }
        if (!(value instanceof CellValue.Numeric n)) {
            return false;
        }
        try {
            return new BigDecimal(gold).compareTo(n.value()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static CellError error(String document, CanonicalKey key, CellError.Kind kind, String expected,
                                   ExtractedCell cell, DocumentResult result) {
        String got = cell == null ? null : cell.value() instanceof CellValue.Unreadable u ? "unreadable" : cell.value().render();
        String raw = cell == null ? "" : cell.source().raw();
        String where = cell == null ? "" : cell.source().where().render();
        return new CellError(document, key, kind, expected, got, raw, where, flaggedBy(key, result));
    }

    /** 0 for a cell, 1 for a row or column, 2 for a whole table: the narrowest finding names the cell best. */
    private static int breadth(Finding f) {
        return (f.scope().row().isEmpty() ? 1 : 0) + (f.scope().column().isEmpty() ? 1 : 0);
    }

    /** The narrowest warning or error that speaks about the cell, as {@code rule} text, or empty. */
    static String flaggedBy(CanonicalKey key, DocumentResult result) {
        if (result.status() == Status.FAILED) {
            return "document failed: " + result.error();
        }
        Optional<Finding> f = result.findings().stream()
                .filter(x -> x.warnsAt(key))
                .min(java.util.Comparator.comparingInt(Scorer::breadth).thenComparing(Finding::severity));
        return f.map(x -> x.rule() + (x.scope().row().isEmpty() && x.scope().column().isEmpty() ? " (whole table)" : ""))
                .orElse("");
    }
}
