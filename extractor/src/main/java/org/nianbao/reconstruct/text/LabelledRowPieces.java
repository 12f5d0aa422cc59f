package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables 二 and 三's rows cut over lines by the paragraphs in their cells, in a browser's copy ({@code innerText})
 * whose blank lines a scraper dropped: {@code '\n'.join(l for l in text.splitlines() if l.strip())}, or Python's CSV
 * writer skipping them ({@link CsvLines} reads such a copy back to these lines). {@link CellParagraphs} joins a row's
 * pieces by the one blank line a paragraph's margin leaves; here none is left, and read line by line a row's figures
 * became lines of their own, placed under the next label (seed 3131's {@code 0010-2021}: 行政处罚 read blank and
 * 行政强制 5, its 12 lost, with no finding).
 *
 * <p>The tabs still tie the pieces to their row: a tab is written only between two cells of one row, so a line of
 * figures after a line ending in a tab, or starting with one, is that row's next piece, and nothing was lost between
 * them. Where two pieces meet with no tab on either side, the tab stood on a line of its own between two paragraph
 * cells ({@code 0} / {@code \t} / {@code 0}), which went with the blank lines: one tab at least is lost there, more
 * where empty cells stood between the paragraphs, and how many the text does not say. So a row is joined only where
 * its cells are proved: table 二's where every piece meets the line before at a tab (its columns differ from block to
 * block, and no count is at hand to check a lost tab against); table 三's, whose seven value columns stand right of its
 * last label ({@link CutRequestsRow}), where one tab written back at each meeting with none gives seven. Other rows are
 * left as printed, their pieces unlabelled lines that are flagged, not read.
 *
 * <p>Taken for such a copy only where the text has no blank line at all ({@link BlankLinesDropped}), and at least {@link #MIN_PIECES} figure pieces in those tables that meet
 * their line before at a tab: text tools print a row's figures beside its label, not on a tab-led line of their own.
 */
public final class LabelledRowPieces {

    /** Table 二's title ({@code 二、主动公开政府信息情况}): where its rows begin. */
    private static final Pattern ACTIVE_TITLE = Pattern.compile("^\\s*二\\s*[、.．].*主动公开");
    /** Tabs from a table 三 row's last label cell to its end: one before each of the seven value columns. */
    private static final int REQUESTS_ROW_TABS = 7;
    /** Pieces meeting their line before at a tab, at least, before the text is taken for such a copy. */
    private static final int MIN_PIECES = 2;
    /** A figure with the unit or the change mark table 二 prints beside it ({@code 10,689万元}, {@code 1,853（增）}). */
    private static final Pattern MARKED_FIGURE = Pattern.compile(
            "^\\s*+[-+－]?[0-9０-９][0-9０-９.,，]*+\\s*+(?:万元|元|件|个|项)?\\s*+(?:[（(][增减][）)])?\\s*+");

    private enum Table { NONE, ACTIVE, REQUESTS }

    private LabelledRowPieces() {
    }

    /**
     * The text with each proved row's pieces joined onto its label's line, the lines they stood on left empty (line
     * numbers stay); the lines as given where the text is no such copy.
     *
     * @param blankLinesDropped {@link BlankLinesDropped#in} the text as read
     * @param tabLinesKept {@link BlankLinesDropped#emptyOnesIn} the text as read: its empty lines alone were
     *     deleted, the lines holding only the tab between two paragraph cells kept
     */
    public static List<String> of(List<String> lines, boolean blankLinesDropped, boolean tabLinesKept) {
        if (!(blankLinesDropped || tabLinesKept) || !isCopy(lines)) {
            return lines;
        }
        List<String> out = null;
        Table table = Table.NONE;
        for (int i = 0; i < lines.size(); i++) {
            table = tableAt(lines.get(i), table);
            if (table == Table.NONE || tabsAfterLabel(lines.get(i)) < 0) {
                continue;
            }
            int last = i;
            int tabs = tabsAfterLabel(lines.get(i));
            boolean lost = false;
            while (last + 1 < lines.size() && (piece(lines.get(last + 1)) || tabLinesKept && tabsOnly(lines.get(last + 1)))) {
                last++;
                boolean tabKept = meetsAtTab(lines.get(last - 1), lines.get(last));
                lost |= !tabKept;
                tabs += CutRowPieces.tabs(lines.get(last)) + (tabKept ? 0 : 1);
            }
            // where the lone-tab lines were kept no tab was lost, so pieces meeting with none are not proved one row
            boolean proved = table == Table.REQUESTS ? tabs == REQUESTS_ROW_TABS && !(tabLinesKept && lost) : !lost;
            if (last > i && proved) {
                out = joined(lines, out, i, last);
            }
            i = last;
        }
        return out == null ? lines : out;
    }

    private static boolean isCopy(List<String> lines) {
        int pieces = 0;
        Table table = Table.NONE;
        for (int i = 0; i < lines.size(); i++) {
            table = tableAt(lines.get(i), table);
            if (i > 0 && table != Table.NONE && piece(lines.get(i)) && meetsAtTab(lines.get(i - 1), lines.get(i))) {
                pieces++;
            }
        }
        return pieces >= MIN_PIECES;
    }

    /** The table a line stands in, given the table the line before stood in. */
    private static Table tableAt(String line, Table before) {
        if (ACTIVE_TITLE.matcher(line).find()) {
            return Table.ACTIVE;
        }
        if (before != Table.REQUESTS && CutRowPieces.REQUESTS_TITLE.matcher(line).find() && !line.contains("\t")) {
            return Table.REQUESTS;
        }
        if (CutRowPieces.APPEALS_TITLE.matcher(line).find() || AppealsValues.AFTER_TABLES.matcher(line).find()) {
            return Table.NONE;
        }
        return before;
    }

    /** Two lines of one row meeting at a tab: the first ends in one or the second starts with one. */
    private static boolean meetsAtTab(String before, String piece) {
        return before.endsWith("\t") || piece.startsWith("\t");
    }

    /** A line holding only tabs: the tab between two paragraph cells, on a line of its own. */
    private static boolean tabsOnly(String line) {
        return !line.isEmpty() && line.chars().allMatch(c -> c == '\t');
    }

    /** A line of cells a tab apart, each a figure (with table 二's unit or change mark), a blank or a dash. */
    private static boolean piece(String line) {
        if (line.isBlank() || line.indexOf('\f') >= 0) {
            return false;
        }
        for (String cell : line.split("\t", -1)) {
            if (!CutRowPieces.FIGURES.matcher(cell).matches() && !MARKED_FIGURE.matcher(cell).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The tabs after a line's last label cell, where the cells after it are figures or blank; -1 for a line with no
     * label (figures only).
     */
    private static int tabsAfterLabel(String line) {
        String[] cells = line.split("\t", -1);
        for (int j = cells.length - 1; j >= 0; j--) {
            if (!CutRowPieces.FIGURES.matcher(cells[j]).matches() && !MARKED_FIGURE.matcher(cells[j]).matches()) {
                return cells.length - 1 - j;
            }
        }
        return -1;
    }

    private static List<String> joined(List<String> lines, List<String> out, int first, int last) {
        List<String> joined = out == null ? new ArrayList<>(lines) : out;
        StringBuilder row = new StringBuilder(lines.get(first));
        for (int k = first + 1; k <= last; k++) {
            // the tab that stood on a line of its own between two paragraph cells, gone with the blank lines
            row.append(meetsAtTab(lines.get(k - 1), lines.get(k)) ? "" : "\t").append(lines.get(k));
            joined.set(k, "");
        }
        joined.set(first, row.toString());
        return joined;
    }
}
