package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table 四's value row of a browser's copy whose cells hold paragraphs, with every line trimmed on the right and its
 * blank lines kept (an editor's "strip trailing whitespace" on save, {@code l.rstrip()}). Chromium's {@code innerText}
 * puts a {@code <p>} cell's figure on a line of its own, one blank line either side, and a bare cell after the tab that
 * ends the cell before it, so the row stands over many lines: {@code /} / {@code \t0\t} / {@code /} / {@code \t/\t} /
 * {@code 0} / … / {@code \t/\t1}. The trim takes the tabs ending those lines, the line holding a tab alone between two
 * paragraph cells, and with them the empty bare cells they stood for; {@link CellParagraphs}, which joins pieces by
 * those tabs, no longer sees the row, and read piece by piece its figures and blanks were placed elsewhere with every
 * group's sum holding (red team {@code chromium-innertext-rtc-rstrip-p-cells-appeals-blank-cells-2019.txt}: 7 cells).
 *
 * <p>What the trim leaves still counts the cells: a paragraph's line is one cell, a line starting with a tab holds the
 * bare cells after that tab (an empty one between two of its figures keeps its tabs), and the row's first line, if
 * bare, holds its cells from the line's start. A cell the trim took was empty and stood last on its line, before a
 * paragraph cell or at the row's end (an empty paragraph cell, too, prints nothing but blank lines). So where the
 * pieces count the form's fifteen cells, the trim took none and the row is read as printed, each piece in its place;
 * where they count fewer, a paragraph stands after every place a lost cell may have held, so there are always two
 * places or more (one before the row's last paragraph, the row's end): the pieces are joined as they stand and the
 * row left short, so the row reader weighs each place a blank may have stood against the group sums and flags the
 * cells the places leave in doubt.
 *
 * <p>Taken only in a copy no line of which ends in a tab (untrimmed copies are {@link CellParagraphs}'), for a run of
 * two or more pieces of figures, blanks and dashes after table 四's title that runs to the next title (a line of text
 * among them is no cell of this row), at least one of them a paragraph's line with a blank line beside it (pieces with
 * no blank line between are {@link TrimmedAppealsRow}'s).
 */
public final class RightTrimmedParagraphRow {

    /**
     * A piece's cell: one figure, blank or dash, no space inside (a page number {@code - 3 -} is no cell), after an
     * indent or an empty cell's {@code &nbsp;} the trim left inside a line ({@code 　　2}, a paragraph's first-line indent).
     */
    private static final Pattern CELL = Pattern.compile("[ \u00a0\u3000]*[0-9０-９.,，\\-－—–/／]*");
    /** Table 四's cells in its one value row. */
    private static final int CELLS = CutRowPieces.APPEALS_ROW_TABS + 1;

    private RightTrimmedParagraphRow() {
    }

    /**
     * The text with table 四's value row joined onto its first piece's line, cells a tab apart, the lines its pieces
     * stood on left empty (line numbers stay); the lines as given where the copy is not trimmed on the right or there
     * is no such row.
     */
    public static List<String> of(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.endsWith("\t"))) {
            return lines;
        }
        boolean[] inTable = CutRowPieces.inAppealsTable(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inTable[i] || !piece(line)) {
                continue;
            }
            List<Integer> pieces = new ArrayList<>();
            int at = i;
            while (at < lines.size() && (lines.get(at).isEmpty() || piece(lines.get(at)))) {
                if (!lines.get(at).isEmpty()) {
                    pieces.add(at);
                }
                at++;
            }
            while (at < lines.size() && lines.get(at).isBlank()) {
                at++;
            }
            // the row's pieces end at the next title: a line of text among them is no cell of this row
            boolean whole = at == lines.size() || AppealsValues.AFTER_TABLES.matcher(lines.get(at)).find();
            List<String> joined = whole ? row(lines, pieces) : null;
            if (joined != null) {
                return joined;
            }
            i = at;
        }
        return lines;
    }

    /** The text with the row of these pieces joined; null where they are no such row. */
    private static List<String> row(List<String> lines, List<Integer> pieces) {
        if (pieces.size() < 2 || pieces.get(pieces.size() - 1) - pieces.get(0) == pieces.size() - 1) {
            return null; // one line, or lines with no blank between: not paragraphs
        }
        List<String> cells = new ArrayList<>();
        boolean anyParagraph = false;
        for (int k = 0; k < pieces.size(); k++) {
            String piece = lines.get(pieces.get(k));
            boolean bare = piece.startsWith("\t");
            boolean paragraph = !bare && piece.indexOf('\t') < 0;
            if (k > 0 && !bare && !paragraph) {
                return null; // only the row's first line holds bare cells from its start
            }
            boolean afterParagraph = k > 0 && lines.get(pieces.get(k - 1)).indexOf('\t') < 0;
            int gap = k == 0 ? 0 : pieces.get(k) - pieces.get(k - 1) - 1;
            if (k > 0 && (bare && !afterParagraph || paragraph && afterParagraph && gap < 3)) {
                // two bare lines meet only round an empty block cell or a <br>, two paragraphs of one cell stand
                // one blank line apart: neither counts the row's cells
                return null;
            }
            anyParagraph |= paragraph;
            String[] split = piece.split("\t", -1);
            // a tab opening the row's first line ends the row's first cell, printed empty; elsewhere it ends the
            // paragraph before
            for (int c = bare && k > 0 ? 1 : 0; c < split.length; c++) {
                cells.add(split[c]);
            }
        }
        if (!anyParagraph || cells.size() > CELLS) {
            return null;
        }
        List<String> out = new ArrayList<>(lines);
        for (int k = 1; k < pieces.size(); k++) {
            out.set(pieces.get(k), "");
        }
        out.set(pieces.get(0), String.join("\t", cells));
        return out;
    }

    /** A non-empty line of cells a tab apart, each a figure, a blank or a dash. */
    private static boolean piece(String line) {
        return CutRowPieces.piece(line, CELL);
    }
}
