package org.nianbao.corpus.score;

/**
 * The sums over a group of documents (one format, one rendering, or all), and the rates made from them.
 */
public record Tally(String group, int documents, int exactDocuments, long goldCells, long correct, long wrong,
                    long missing, long extra, long silentWrong, long silentMissing, long silentExtra,
                    long expectedFindings, long missedFindings, long falseAlarms) {

    public static Tally empty(String group) {
        return new Tally(group, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public Tally plus(DocumentScore d) {
        return new Tally(group, documents + 1, exactDocuments + (d.exact() ? 1 : 0), goldCells + d.goldCells(),
                correct + d.correct(), wrong + d.count(CellError.Kind.WRONG, false),
                missing + d.count(CellError.Kind.MISSING, false), extra + d.count(CellError.Kind.EXTRA, false),
                silentWrong + d.count(CellError.Kind.WRONG, true), silentMissing + d.count(CellError.Kind.MISSING, true),
                silentExtra + d.count(CellError.Kind.EXTRA, true), expectedFindings + d.expectedFindings(),
                missedFindings + d.missedFindings().size(), falseAlarms + d.falseAlarms());
    }

    /** Correct cells / gold cells. */
    public double cellAccuracy() {
        return goldCells == 0 ? 0 : (double) correct / goldCells;
    }

    public long silent() {
        return silentWrong + silentMissing + silentExtra;
    }

    /** Silent errors (wrong, missing or extra, with no finding at the cell) / gold cells. */
    public double silentErrorRate() {
        return goldCells == 0 ? 0 : (double) silent() / goldCells;
    }

    /**
     * Correct cells under a warning or error that is not an identity rule / correct cells: how often
     * a flag sends an auditor to a value that is fine.
     */
    public double falseAlarmRate() {
        return correct == 0 ? 0 : (double) falseAlarms / correct;
    }

    /** Expected findings the extraction carried / expected findings; 1 when none were expected. */
    public double findingRecall() {
        return expectedFindings == 0 ? 1 : (double) (expectedFindings - missedFindings) / expectedFindings;
    }
}
