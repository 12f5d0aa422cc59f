package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A browser's tab-separated copy of a page ({@code innerText}) lined up by util-linux
 * {@code column -t -s $'\t' -o SEP} (2.38.1; {@code -o ' | '} puts bars between the fields): every field but a
 * line's last is padded with spaces to its column's widest cell, counted in display columns (a CJK character two),
 * every line is padded to the widest line's number of fields, the fields are joined by the separator and the
 * copy's empty lines are dropped. So the separator stands at the same display columns on every line, and a column
 * no line prints in is the separator twice ({@code ' |  | '}). Read as it stands, the bars were taken for a pipe
 * table's cell borders and a row's pieces on lines apart ({@code \t0\t0}, a cell's paragraph before them) were read
 * as rows of their own with the rest blank (red team col: 15 cells on 5 of 40 pages read blank or a column off, no
 * finding).
 *
 * <p>The text is taken as such output only where at least {@link AlignedColumns#MIN_LINES} lines print, none holds
 * a tab, and some separator showing a character other than a space (ASCII punctuation or {@code ｜}) stands at the same display columns on every
 * printed line, at least twice (a row label and two figures), never at a line's start (a table framed by bars, as
 * a Markdown or w3m table is, has one there) and, where it stands more than once in a row, only as whole
 * repeats of itself (empty columns). A space separator ({@code -o ' '}) is taken only in a text padded to one width
 * ({@link AlignedColumns#paddedToOneWidth}) whose space columns are nearly all single ones: a field's own spaces
 * stand in such a column only where every other line's field is blank there, and a text whose boundaries are two
 * or more wide is {@code column -t}'s default output, which {@link AlignedColumns} reads. A single space column is a
 * boundary only where the text can show it one ({@link #provenBoundaries}): a label's own space ({@code 尚未 审结},
 * {@code 商业 企业}) stands in such a column too, on the one line printing that label, and cut there it gave every line
 * one field more, so a row's figures on a line apart, placed by their tabs, came out a column off with the sums holding
 * (red team {@code chromium-innertext-column-o-space-granted-shifted-2019.txt}, 4 cells). Each line is then cut at the
 * separators, each field's padding dropped and
 * the fields joined by tabs, trailing empty fields dropped, as {@link AlignedColumns} does for {@code column -t}:
 * the text read on is the copy with trailing tabs and empty lines gone, which the readers of trimmed copies know
 * ({@link TrimmedRequestsRow#emptyLinesDropped}).
 */
public final class SeparatedColumns {

    /**
     * Space columns one wide, at least, for a space separator: a laid-out text padded to one width (a red-team
     * {@code pdftotext -layout} page padded to 120) has a few by chance.
     */
    static final int MIN_SINGLE_SPACES = 6;
    /**
     * Space columns one wide per wider one, at least. In {@code column -t}'s own output (two spaces) every boundary
     * is two or more wide and a single space column is a field's own space lined up by chance (up to 16 of 25 runs
     * in the probes); in {@code -o ' '}'s every boundary is one wide but where a column is empty on every line.
     */
    static final int SINGLE_SHARE = 4;

    private SeparatedColumns() {
    }

    /** The lines with their fields joined by tabs; the lines themselves when they are not {@code column -o}'s output. */
    public static List<String> of(List<String> lines) {
        return of(lines, 0);
    }

    /**
     * As {@link #of(List)}, for {@code column -o ' ' -E 1}'s output with its bare lines blanked
     * ({@link OverflowedFirstFields}), where field 2 is known to start at display column {@code fieldTwo} (0: not
     * known). Column 1's width is then not its widest printed field's ({@code --table-noextreme} sets it from the
     * fields' spread, and every field wider was printed bare), so the space run before field 2 may be wider than
     * one: it is the padding and the one separator just before {@code fieldTwo}, not empty columns, and counts as one
     * single space column. Runs inside column 1 are its fields' own spaces.
     */
    static List<String> of(List<String> lines, int fieldTwo) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return lines;
        }
        List<int[]> printed = lines.stream().filter(l -> !l.isBlank()).map(SeparatedColumns::cells).toList();
        if (printed.size() < AlignedColumns.MIN_LINES) {
            return lines;
        }
        List<Run> runs = constantRuns(printed, true);
        if (runs.isEmpty()) {
            // `-o ' '`: the separator is a space, so only a text padded like `column`'s whose runs are nearly all
            // single spaces is taken (runs two or more wide are `column -t`'s own separator, AlignedColumns' to read)
            runs = constantRuns(printed, false);
            if (fieldTwo > 0) {
                runs = withFieldTwoAt(runs, fieldTwo);
            }
            long single = runs.stream().filter(r -> r.length() == 1).count();
            if (single < MIN_SINGLE_SPACES || single < SINGLE_SHARE * (runs.size() - single)
                    || !AlignedColumns.paddedToOneWidth(lines.stream().filter(l -> !l.isBlank()).toList())) {
                return lines;
            }
            runs = provenBoundaries(printed, runs);
        }
        int[] first = printed.get(0);
        Run shortest = runs.stream().min((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        int[] separator = Arrays.copyOfRange(first, shortest.from(), shortest.to());
        List<Integer> cuts = new ArrayList<>(); // display column where each separator starts
        for (Run run : runs) {
            if (run.from() == 0 || run.length() % separator.length != 0) {
                return lines;
            }
            for (int at = run.from(); at < run.to(); at += separator.length) {
                if (!Arrays.equals(first, at, at + separator.length, separator, 0, separator.length)) {
                    return lines;
                }
                cuts.add(at);
            }
        }
        if (cuts.size() + 1 < AlignedColumns.MIN_COLUMNS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? line : PaddedFields.tabbed(line, fieldStarts(cuts, separator.length), separator.length));
        }
        return out;
    }

    /** The runs from field 2's on, the one ending at {@code fieldTwo} cut to its last column; none where no run ends there. */
    private static List<Run> withFieldTwoAt(List<Run> runs, int fieldTwo) {
        if (runs.stream().noneMatch(r -> r.to() == fieldTwo)) {
            return List.of();
        }
        List<Run> out = new ArrayList<>();
        out.add(new Run(fieldTwo - 1, fieldTwo));
        runs.stream().filter(r -> r.from() >= fieldTwo).forEach(out::add);
        return out;
    }

    /**
     * The space runs of a {@code -o ' '} text that are the fields' boundaries: a single space column is one where a
     * line prints past it (before the next run) with a space just left of it — {@code column} pads a field on the
     * right, so text there with padding before it is the next field's — or where a line printing past it has a figure
     * or mark beside it ({@code 4 0}, {@code / /}: a cell's figure holds no space); where every line printing past it
     * has a letter on either side ({@code 尚未 审结}), it may as well be a label's own space and is not cut. Two labels
     * that each fill their column and meet only on one header line ({@code 其他结果 尚未审结}) are then one field: the
     * header reads them as one label, which its form's labels do not match as they stand, where a cut label's halves
     * put every row after it a column off. Runs wider than one, and a run no line prints past, are kept.
     */
    private static List<Run> provenBoundaries(List<int[]> printed, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            int next = r + 1 < runs.size() ? runs.get(r + 1).from() : Integer.MAX_VALUE;
            if (run.length() > 1 || run.from() == 0 || !ownSpacePossible(printed, run.from(), next)) {
                out.add(run);
            }
        }
        return out;
    }

    /**
     * Whether the space at display column {@code at} may be a field's own: some line prints between it and
     * {@code next}, and every such line has a letter just left of it (a wide character's left half) and just right.
     */
    private static boolean ownSpacePossible(List<int[]> printed, int at, int next) {
        boolean printedPast = false;
        for (int[] line : printed) {
            boolean past = false;
            for (int col = at + 1; col < Math.min(next, line.length) && !past; col++) {
                past = line[col] != ' ' && line[col] != WIDE_TAIL;
            }
            if (!past) {
                continue;
            }
            printedPast = true;
            int left = line[at - 1] == WIDE_TAIL ? line[at - 2] : line[at - 1];
            if (!Character.isLetter(left) || !Character.isLetter(line[at + 1])) {
                return false;
            }
        }
        return printedPast;
    }

    /** Consecutive display columns holding one character on every printed line. */
    private record Run(int from, int to) {
        int length() {
            return to - from;
        }
    }

    /** The display column where each field after the first starts: after each separator. */
    private static List<Integer> fieldStarts(List<Integer> cuts, int separator) {
        return cuts.stream().map(cut -> cut + separator).toList();
    }

    /**
     * The runs of display columns at which every printed line holds the same character, a space, ASCII punctuation
     * or a full-width bar (both its columns); with {@code showing}, only runs with a non-space among them, else only runs of spaces. Padding
     * makes no such run: each column's widest field reaches the separator after it.
     */
    private static List<Run> constantRuns(List<int[]> printed, boolean showing) {
        int shortest = printed.stream().mapToInt(c -> c.length).min().orElse(0);
        List<Run> runs = new ArrayList<>();
        int from = -1;
        boolean shows = false;
        for (int col = 0; col <= shortest; col++) {
            // a full-width bar's right half continues the run its left half stands in
            boolean constant = col < shortest
                    && (constantAt(printed, col) || from >= 0 && barHalfAt(printed, col));
            if (constant) {
                if (from < 0) {
                    from = col;
                    shows = false;
                }
                shows |= printed.get(0)[col] != ' ';
            } else if (from >= 0) {
                if (shows == showing) {
                    runs.add(new Run(from, col));
                }
                from = -1;
            }
        }
        return runs;
    }

    /** Whether every printed line holds a full-width bar's right half at the column (its left half in the run before). */
    private static boolean barHalfAt(List<int[]> printed, int col) {
        return printed.get(0)[col - 1] == FULL_WIDTH_BAR && printed.stream().allMatch(line -> line[col] == WIDE_TAIL);
    }

    private static boolean constantAt(List<int[]> printed, int col) {
        int c = printed.get(0)[col];
        if ((c < ' ' || c > '~' || Character.isLetterOrDigit(c)) && c != FULL_WIDTH_BAR) {
            return false;
        }
        for (int[] line : printed) {
            if (line[col] != c) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line's character at each display column; the second column of a wide character holds {@link #WIDE_TAIL}.
     * A character that takes no column is left out.
     */
    private static int[] cells(String line) {
        int[] out = new int[line.codePoints().map(SeparatedColumns::width).sum()];
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (width(cp) > 0) {
                out[col] = cp;
            }
            if (width(cp) == 2) {
                out[col + 1] = WIDE_TAIL;
            }
            col += width(cp);
            i += Character.charCount(cp);
        }
        return out;
    }

    /** Stands for the right half of a wide character: no character, so never a separator but a full-width bar's half. */
    private static final int WIDE_TAIL = -1;
    /**
     * {@code ｜}, the bar a Chinese input method types: {@code column -o '｜'} (red team rte: not taken as a separator,
     * the copy's lines were read alone and three figures joined to rows above theirs, no finding). It is two columns
     * wide, so its right half is part of the separator.
     */
    private static final int FULL_WIDTH_BAR = '\uFF5C';

    /**
     * Display columns as {@code column} counts them ({@link GlibcWidth}). A copy saved by Windows Notepad and lined up
     * on Linux carries a BOM and a CR at each line's end, which {@code column} keeps inside the line's last field, before
     * its padding; counted one column each, the bars after them stood a column off on every such line and the copy was
     * read as a pipe table (red team rte: 3 cells read a column off, no finding).
     */
    private static int width(int cp) {
        return GlibcWidth.of(cp);
    }
}
