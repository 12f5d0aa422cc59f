package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table 四's value row cut over lines by the paragraphs (or {@code <div>}s) in its cells, in a browser's copy whose
 * lines a scraper trimmed and whose empty lines it dropped: {@code '\n'.join(l.rstrip() for l in text.splitlines()
 * if l.strip())}. Chromium's {@code innerText} wrote {@code 0\t0\t} / {@code 1} / {@code \t} / {@code 0} /
 * {@code \t1\t0\t0\t0\t} / …, a tab between every two cells; the trim takes the tabs that ended a line and the line
 * holding a tab alone, so the pieces' tabs no longer count the row's cells ({@link CutAppealsRow} needs fourteen)
 * and, read as rows of their own, 未经复议直接起诉's figures moved one column with the group's sum holding (red team
 * 26, {@code chromium-innertext-rstrip-noblank-appeals-2021.txt}: 2 cells with no finding).
 *
 * <p>What is left still places the figures: a cell's figure is never cut over lines, so where two pieces meet with
 * no tab on either side (a line ending in a figure, the next starting with one: no untrimmed copy prints that inside
 * a row) the cells' one tab was trimmed there, and it is written back. A row that then holds fifteen cells is the
 * form's row whole: every figure and blank is in its place, as a blank the trim took would make a sixteenth. A row
 * that holds fewer lost blank cells with the tabs (a blank cell ending a line, or a lone-tab line of two), at
 * places the text no longer shows; it is joined as it stands and left short, so the row reader weighs every place
 * a blank may have stood against the group sums and flags the cells the places leave in doubt, naming what each
 * may be.
 *
 * <p>A copy whose whitespace-only lines were dropped with its empty ones ({@code '\n'.join(l for l in
 * text.splitlines() if l.strip())}, or Python's CSV writer skipping them) is not trimmed, but lost the same tabs
 * another way: the tab between two paragraph cells stood on a line of its own ({@code 0} / {@code \t} / {@code 0}),
 * which went as blank (red team {@code chromium-innertext-whitespace-lines-dropped-appeals-2019.txt}: 复议后起诉's
 * 结果纠正 and 其他结果 traded with the sum holding). There too two pieces meeting with no tab on either side lost one
 * (or, an empty cell between the paragraphs, more) and a piece ending or starting with a tab lost none: such a line
 * stands only between two paragraphs, whose lines hold no tab at the paragraph's side. So a tab is written back only
 * where neither piece has one, in trimmed text and in text whose blank lines were dropped
 * ({@link BlankLinesDropped}); a run whose every meeting keeps its tab is {@link CutAppealsRow}'s, and is left as it
 * is. Other untrimmed text (a line ending in a tab) is left as it is: with its blank lines kept, pieces one under
 * the other are a {@code <div>}'s, and lose no tab.
 */
public final class TrimmedAppealsRow {

    /** A piece's cell: one figure, blank or dash, no space inside (a page number {@code - 3 -} is no cell). */
    private static final Pattern CELL = Pattern.compile("[0-9０-９.,，\\-－—–/／]*");

    private TrimmedAppealsRow() {
    }

    /**
     * The text with table 四's trimmed value row joined onto its first line, a tab written back where two pieces
     * meet with none, the lines its pieces stood on left empty (line numbers stay); the lines as given where there is
     * no such row, or no two of its pieces meet with no tab.
     */
    public static List<String> of(List<String> lines) {
        return of(lines, false);
    }

    /**
     * {@link #of(List)}, in a copy whose blank lines were dropped ({@link BlankLinesDropped#in} the text as read) as
     * well as in a trimmed one.
     */
    public static List<String> of(List<String> lines, boolean blankLinesDropped) {
        if (!blankLinesDropped && lines.stream().anyMatch(l -> l.endsWith("\t"))) {
            return lines;
        }
        List<String> out = null;
        boolean[] inTable = CutRowPieces.inAppealsTable(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inTable[i] || !piece(line)) {
                continue;
            }
            int last = i;
            int printedTabs = CutRowPieces.tabs(line);
            int tabs = printedTabs;
            boolean trimmed = false;
            while (last + 1 < lines.size() && piece(lines.get(last + 1))) {
                last++;
                boolean tabKept = lines.get(last).startsWith("\t") || lines.get(last - 1).endsWith("\t");
                trimmed |= !tabKept;
                printedTabs += CutRowPieces.tabs(lines.get(last));
                tabs += CutRowPieces.tabs(lines.get(last)) + (tabKept ? 0 : 1);
            }
            // figures one a line with no tab among them (pdftotext's default mode) are no tab-separated row
            if (trimmed && printedTabs > 0 && tabs <= CutRowPieces.APPEALS_ROW_TABS) {
                out = joined(lines, out, i, last);
            }
            i = last;
        }
        return out == null ? lines : out;
    }

    /** A non-empty line of cells a tab apart, each a figure, a blank or a dash. */
    private static boolean piece(String line) {
        return CutRowPieces.piece(line, CELL);
    }

    private static List<String> joined(List<String> lines, List<String> out, int first, int last) {
        List<String> joined = out == null ? new ArrayList<>(lines) : out;
        StringBuilder row = new StringBuilder(lines.get(first));
        for (int k = first + 1; k <= last; k++) {
            // the one tab between two cells, where the trim took it from the end of the line before, or it stood
            // on a line of its own that went with the blank ones
            boolean tabKept = lines.get(k).startsWith("\t") || lines.get(k - 1).endsWith("\t");
            row.append(tabKept ? "" : "\t").append(lines.get(k));
            joined.set(k, "");
        }
        joined.set(first, row.toString());
        return joined;
    }
}
