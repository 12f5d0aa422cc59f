package org.nianbao.corpus.score;

import java.util.List;
import java.util.Map;
import org.nianbao.corpus.generate.ExpectedFinding;

/**
 * How one document scored against its gold.
 *
 * @param group the document's folder relative to the corpus root (the generator's rendering), "." at the root
 * @param goldCells cells in the gold; the denominator of every rate
 * @param correct gold cells extracted with the gold value
 * @param missedFindings expected findings the extraction did not carry
 * @param alarmsByRule correct cells under a warning or error that is not an identity rule, counted by the
 *        rules that cover them (joined with {@code +} when several do)
 */
public record DocumentScore(String document, String format, String group, String status, int goldCells, int correct,
                            List<CellError> errors, int expectedFindings, List<ExpectedFinding> missedFindings,
                            Map<String, Integer> alarmsByRule) {

    public DocumentScore {
        errors = List.copyOf(errors);
        missedFindings = List.copyOf(missedFindings);
        alarmsByRule = Map.copyOf(alarmsByRule);
    }

    /** Correct cells under a warning or error that is not an identity rule. */
    public int falseAlarms() {
        return alarmsByRule.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long count(CellError.Kind kind, boolean silentOnly) {
        return errors.stream().filter(e -> e.kind() == kind && (!silentOnly || e.silent())).count();
    }

    public long silent() {
        return errors.stream().filter(CellError::silent).count();
    }

    /** Every gold cell right and nothing extracted that the gold does not have. */
    public boolean exact() {
        return correct == goldCells && count(CellError.Kind.EXTRA, false) == 0;
    }
}
