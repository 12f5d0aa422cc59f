package org.nianbao.reconstruct.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line holding a non-breaking space and nothing else: a browser's copy of an empty paragraph {@code <p>&nbsp;</p>},
 * which an office's editor leaves both as an empty cell ({@code <td><p>&nbsp;</p></td>}) and beside a figure inside
 * its cell ({@code <td><p>0</p><p>&nbsp;</p></td>}, a Word paste). Chromium's {@code innerText} writes either as a
 * line of its own between blank lines; in a copy that lost the tabs between cells and its blank lines
 * ({@code column -t -s TAB -o ' '} drops whitespace-only lines, and with them every bare empty cell's lone tab), the
 * line no longer says which it is, so counting it as a cell placed 要求提供公开出版物's figures one column off with the
 * row's sum holding (red team {@code chromium-innertext-rtg-p-nbsp-after-column-o-space-2019.txt}: 4 cells). A row's
 * pieces after such a line are in doubt (the row reader notes them unplaced); a tab next to it in the same line would
 * place it, and such a line is a row of cells, not this.
 *
 * <p>The count can still prove a table 三 row: where its label's line and the lines of figures after it print seven
 * figures, blanks marks or dashes besides such lines, every column has its cell and each such line is a paragraph
 * beside one; the row is read as printed.
 */
public final class EmptyParagraphLine {

    /** Why the pieces after such a line are not placed. */
    public static final String WHY = "a line holding only a non-breaking space (<p>&nbsp;</p>) is an empty cell or an "
            + "empty paragraph beside a figure in its cell, and the copy keeps no tab or blank line to tell which, "
            + "so the columns of the figures after it are not known";

    /** U+00A0 and the other non-breaking spaces ({@link Character#isWhitespace} is false for them), at least one. */
    private static final Pattern ONLY_NO_BREAK_SPACE = Pattern.compile("^[ \\u3000]*+[\\u00a0\\u2007\\u202f][ \\u00a0\\u2007\\u202f\\u3000]*+$");

    private EmptyParagraphLine() {
    }

    /** Table 三's value columns: 自然人, the five 法人或其他组织 and 总计. */
    private static final int REQUESTS_CELLS = 7;
    /** A cell of figures, a blank mark or a dash, as a row's line prints it between runs of spaces or tabs. */
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９.,，\\-－—–/／]+");
    /** Runs of spaces or tabs between a line's cells. */
    private static final Pattern BLANKS = Pattern.compile("[ \\t\u3000]+");

    /**
     * The lines (indexes) holding only a non-breaking space whose row the count does not prove: all of them but those
     * of a table 三 row whose lines print its seven cells besides them.
     */
    public static Set<Integer> inDoubt(List<String> lines) {
        Set<Integer> out = new HashSet<>();
        boolean[] inRequests = CutRowPieces.inRequestsTable(lines);
        int rowStart = -1;
        int figures = 0;
        List<Integer> rowLines = new java.util.ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            boolean labelled = i < lines.size() && line.codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (i == lines.size() || labelled || !inRequests[i]) {
                // a row ends at the next label or the table's end
                if (rowStart < 0 || figures != REQUESTS_CELLS) {
                    out.addAll(rowLines);
                }
                rowLines.clear();
                figures = 0;
                rowStart = i < lines.size() && labelled && inRequests[i] ? i : -1;
                if (i < lines.size()) {
                    figures += rowStart >= 0 ? figuresIn(line) : 0;
                    if (rowStart < 0 && is(line)) {
                        out.add(i);
                    }
                }
                continue;
            }
            if (is(line)) {
                rowLines.add(i);
            } else {
                figures += figuresIn(line);
            }
        }
        return out;
    }

    /** The cells of figures, blank marks or dashes a line prints between runs of spaces or tabs. */
    private static int figuresIn(String line) {
        int n = 0;
        for (String token : BLANKS.split(line.strip())) {
            if (FIGURE.matcher(token).matches()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the line holds only non-breaking spaces (spaces beside them: a tool's padding). */
    public static boolean is(String line) {
        return ONLY_NO_BREAK_SPACE.matcher(line).matches();
    }
}
