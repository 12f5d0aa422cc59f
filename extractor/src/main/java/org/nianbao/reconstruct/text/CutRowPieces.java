package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The pieces of a table row that Chromium's {@code innerText} cut over lines with no blank line between (cells
 * holding a {@code <div>}, empty cells {@code <td><br></td>}), and the one proof that joins them: a tab is written only
 * between two cells of one row, so lines of figures, each cut next to a tab (the first ending in one or the next
 * starting with one), whose tabs come to exactly the row's are one row. Table 四's row ({@link CutAppealsRow}) and table
 * 三's rows ({@link CutRequestsRow}) differ only in where a run starts and how many tabs a row holds.
 *
 * <p>The pieces may stand blank lines apart: a {@code <p>} cell ended by a {@code <br>} ({@code <p>0<br></p>}, a Word or
 * UEditor paste) is written with two blank lines after its figure, one more than the paragraph's margin that
 * {@link CellParagraphs} joins across, so that row came out as pieces two blank lines apart, and read piece by piece
 * its 0s moved a cell with the group's sum holding (red team {@code chromium-innertext-rtg-p-br-end-appeals-2021.txt}:
 * 4 cells). The tabs tie such pieces as they tie pieces on adjacent lines.
 *
 * <p>Lines that each print one cell behind a leading tab ({@code \t0} / {@code \t0} / …), as text printing one
 * tab-indented cell a line (积石山县 style, {@code fixtures/text/jishishan.txt}) does, prove nothing: the tab stands
 * before each cell, not between two cells, and such cells are read one a line already, each at its own line.
 */
final class CutRowPieces {

    /** Table 三's title ({@code 三、收到和处理政府信息公开申请情况}): where its rows begin. */
    static final Pattern REQUESTS_TITLE = Pattern.compile("^\\s*三\\s*[、.．].*申请");
    /** Table 四's title ({@code 四、政府信息公开行政复议、行政诉讼情况}): where its rows begin, and table 三's end. */
    static final Pattern APPEALS_TITLE = Pattern.compile("^\\s*四\\s*[、.．].*复议");
    /** Tabs between table 四's fifteen cells, its one row whole. */
    static final int APPEALS_ROW_TABS = 14;
    /** A line (or cell) of figures, blank cells and dashes only, in cells a tab apart. */
    static final Pattern FIGURES = Pattern.compile("^[\\s0-9０-９.,，\\-－—–/／]*$");

    private CutRowPieces() {
    }

    /**
     * Whether each line stands among table 三's rows: after its title (on a line with no tab: a title, not a row
     * naming it) up to table 四's title or what follows the tables; the titles themselves are not.
     */
    static boolean[] inRequestsTable(List<String> lines) {
        return inTable(lines, REQUESTS_TITLE,
                line -> APPEALS_TITLE.matcher(line).find() || AppealsValues.AFTER_TABLES.matcher(line).find());
    }

    /**
     * Whether each line stands among table 四's rows: after a line naming its title up to what follows the tables; the
     * title itself is not.
     */
    static boolean[] inAppealsTable(List<String> lines) {
        return among(lines, line -> APPEALS_TITLE.matcher(line).find(),
                line -> AppealsValues.AFTER_TABLES.matcher(line).find());
    }

    /**
     * Whether each line stands among a table's rows: after a line matching {@code title} with no tab (a title, not a
     * row naming it) up to the first line that {@code ends} the table; the title itself is not.
     */
    static boolean[] inTable(List<String> lines, Pattern title, Predicate<String> ends) {
        return among(lines, line -> title.matcher(line).find() && line.indexOf('\t') < 0, ends);
    }

    private static boolean[] among(List<String> lines, Predicate<String> opens, Predicate<String> ends) {
        boolean[] in = new boolean[lines.size()];
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (opens.test(line)) {
                inTable = true;
                continue;
            }
            if (ends.test(line)) {
                inTable = false;
            }
            in[i] = inTable;
        }
        return in;
    }

    /**
     * The last line of the run of pieces after line {@code first} whose tabs, with the {@code tabs} already counted on
     * {@code first}, come to {@code rowTabs}; -1 where they do not, or where every piece from {@code firstPiece} on is
     * one tab-indented cell.
     */
    static int end(List<String> lines, int first, int tabs, int rowTabs, int firstPiece) {
        int last = first;
        int next = nextPrinted(lines, last);
        while (tabs < rowTabs && next < lines.size() && figures(lines.get(next))
                && (lines.get(last).endsWith("\t") || lines.get(next).startsWith("\t"))) {
            last = next;
            tabs += tabs(lines.get(last));
            next = nextPrinted(lines, last);
        }
        return last == first || tabs != rowTabs || indented(lines, firstPiece, last) ? -1 : last;
    }

    /**
     * The first line after {@code line} that is not empty ({@code lines.size()} where there is none). Empty lines
     * between a row's pieces are a paragraph's margins and the line feed of a {@code <br>} ending it: Chromium writes a
     * {@code <p>} cell's figure between blank lines, and {@code <p>0<br></p>} with two blank lines after it, not one
     * ({@code 0} / / / {@code \t}; checked on Chromium's own copies, pbr, {@code tools/redteam/pbr/}). A tab is written
     * at a cell's end only, after whatever blank lines its paragraphs leave, so it ties the pieces whatever the blank
     * lines between them.
     */
    static int nextPrinted(List<String> lines, int line) {
        int next = line + 1;
        while (next < lines.size() && lines.get(next).isEmpty()) {
            next++;
        }
        return next;
    }

    /**
     * {@code lines} (or {@code out}, where an earlier run was joined) with lines {@code first} to {@code last} joined
     * onto {@code first}, the lines the pieces stood on left empty so line numbers stay.
     */
    static List<String> join(List<String> lines, List<String> out, int first, int last) {
        List<String> joined = out == null ? new ArrayList<>(lines) : out;
        StringBuilder row = new StringBuilder();
        for (int k = first; k <= last; k++) {
            row.append(lines.get(k));
            joined.set(k, "");
        }
        joined.set(first, row.toString());
        return joined;
    }

    /** A non-empty line of cells a tab apart, each matching {@code cell}, on no page break (a form feed). */
    static boolean piece(String line, Pattern cell) {
        if (line.isBlank() || line.indexOf('\f') >= 0) {
            return false;
        }
        for (String c : line.split("\t", -1)) {
            if (!cell.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line holding cells of figures, blanks or dashes, no text: a piece of a row (a cell's {@code <div>} alone,
     * {@code ６}, is one where a tab stands next to it).
     */
    static boolean figures(String line) {
        return (line.indexOf('\t') >= 0 || !line.isBlank()) && line.indexOf('\f') < 0 && FIGURES.matcher(line).matches();
    }

    static int tabs(String line) {
        return (int) line.chars().filter(c -> c == '\t').count();
    }

    private static boolean indented(List<String> lines, int first, int last) {
        for (int k = first; k <= last; k++) {
            String line = lines.get(k);
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("\t") || line.indexOf('\t', 1) >= 0) {
                return false;
            }
        }
        return true;
    }
}
