package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A browser's tab-separated copy of a page ({@code innerText}) lined up for reading by util-linux
 * {@code column -t -s $'\t'} (or {@code column -t}): every field is padded with spaces to its column's widest
 * cell, counted in display columns as glibc counts them ({@link GlibcWidth}: a CJK character two, a BOM or CR none),
 * plus two spaces, and every line to the widest line's
 * number of fields. Read as it stands, a line led by an empty field ({@code \t0\t0}, a row's pieces after a
 * cell's paragraph) is a run of spaces and two figures, and was read as a row of two values with the rest blank
 * (red team rt23b: table 三 上年结转's five zeros read blank with no finding).
 *
 * <p>The columns are where every line has two spaces or has ended: a column's start is the end of some run of
 * two or more spaces, and in {@code column}'s output every such run ends at a column's start, since fields
 * hold no double spaces. The text is taken as such output only where that holds for every run, with at
 * least {@link #MIN_COLUMNS} columns and {@link ExpandedTabs#MIN_RUNS} runs, no tab, and most printed lines
 * padded to one display width ({@link #SAME_WIDTH} of them; a text laid out by {@code pdftotext -layout} or
 * by hand ends its lines where their text ends). Each line is then cut at the columns' starts, each field's
 * padding dropped, and the fields joined by tabs; trailing empty fields are dropped, since the padding of
 * every line to the same number of fields leaves no trace of them. {@code column} also dropped the copy's
 * empty lines, which {@link CellParagraphs} needs to join a row's pieces; a row whose pieces stay apart has
 * too few cells and is flagged rather than read with blanks.
 */
public final class AlignedColumns {

    /** Columns, at least: a row label and two figures. */
    static final int MIN_COLUMNS = 3;
    /** Share of printed lines padded to the most common display width, at least. */
    static final double SAME_WIDTH = 0.8;
    /** Printed lines, at least: a few lines prove no padding. */
    static final int MIN_LINES = 20;

    private AlignedColumns() {
    }

    /** The lines with their fields joined by tabs; the lines themselves when they are not {@code column -t}'s output. */
    public static List<String> of(List<String> lines) {
        return of(lines, 0);
    }

    /**
     * As {@link #of(List)}, for {@code column -t -E 1}'s output with its bare first fields left out
     * ({@link OverflowedFirstFields}), where field 2 is known to start at display column {@code fieldTwo} (0: not
     * known). {@code -E 1} leaves column 1's fields wider than the rest out of its width, but not out of the spread
     * it pads to, so column 1 is wider than its widest printed field plus two spaces: that excess is no empty
     * column, and taken for two it put a row's figures two columns right. No empty column is looked for before
     * {@code fieldTwo}, and the text is taken only where field 2 starts there.
     */
    static List<String> of(List<String> lines, int fieldTwo) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return lines;
        }
        List<String> printed = lines.stream().filter(l -> !l.isBlank()).toList();
        if (printed.size() < MIN_LINES || !paddedToOneWidth(printed)) {
            return lines;
        }
        TreeSet<Integer> starts = new TreeSet<>();
        int runs = 0;
        for (String line : printed) {
            List<Integer> ends = runEnds(line);
            runs += ends.size();
            starts.addAll(ends);
        }
        if (runs < ExpandedTabs.MIN_RUNS || starts.size() + 1 < MIN_COLUMNS) {
            return lines;
        }
        for (String line : printed) {
            if (!clearBefore(line, starts)) {
                return lines;
            }
        }
        if (fieldTwo > 0 && !starts.first().equals(fieldTwo)) {
            return lines;
        }
        TreeSet<Integer> columns = withEmptyColumns(printed, starts, fieldTwo);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? line : PaddedFields.tabbed(line, List.copyOf(columns), 0));
        }
        return out;
    }

    /**
     * The starts with those of the columns no line prints in. {@code column} pads a field to its column's widest
     * cell plus two spaces, so a column empty on every line is two spaces wide and its start is the end of no run:
     * the copy's {@code \t4\t\t\t\t\t\t4} (自然人 and 总计 of a row whose other cells are blank, in a text where
     * no line prints 其他组织) was cut into seven fields, its 总计 one column left (red team rtz: 4 read as 商业企业).
     * Each column's width is its widest printed field, so the space between two starts beyond that width and the
     * two spaces is such columns, two display columns each. An odd excess is no such column (a field's own
     * trailing space); it is left as it stands.
     */
    static TreeSet<Integer> withEmptyColumns(List<String> printed, TreeSet<Integer> starts) {
        return withEmptyColumns(printed, starts, 0);
    }

    /** As {@link #withEmptyColumns(List, TreeSet)}, none before {@code fieldTwo} (column 1's width is known). */
    static TreeSet<Integer> withEmptyColumns(List<String> printed, TreeSet<Integer> starts, int fieldTwo) {
        Map<Integer, Integer> widest = new HashMap<>();
        for (String line : printed) {
            int col = 0;
            int i = 0;
            int fieldStart = 0;
            int fieldEnd = 0; // display column after the field's last printed character
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                Integer start = starts.floor(col);
                int at = start == null ? 0 : start;
                if (at != fieldStart) {
                    widest.merge(fieldStart, fieldEnd - fieldStart, Math::max);
                    fieldStart = at;
                    fieldEnd = at;
                }
                col += width(cp);
                if (cp != ' ') {
                    fieldEnd = col;
                }
                i += Character.charCount(cp);
            }
            widest.merge(fieldStart, Math.max(0, fieldEnd - fieldStart), Math::max);
        }
        TreeSet<Integer> all = new TreeSet<>(starts);
        int before = 0;
        for (int start : starts) {
            int empty = start - before - widest.getOrDefault(before, 0) - 2;
            if (empty > 0 && empty % 2 == 0 && start > fieldTwo) {
                for (int at = start - empty; at < start; at += 2) {
                    all.add(at);
                }
            }
            before = start;
        }
        return all;
    }

    /** Display columns as {@code column} counted them when it padded the fields. */
    private static int width(int cp) {
        return GlibcWidth.of(cp);
    }

    /** Whether most printed lines have one display width, as {@code column} pads them. */
    static boolean paddedToOneWidth(List<String> printed) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : printed) {
            counts.merge(GlibcWidth.of(line), 1, Integer::sum);
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return most >= SAME_WIDTH * printed.size();
    }

    /** Display columns where a run of two or more spaces ends before a printed character. */
    private static List<Integer> runEnds(String line) {
        List<Integer> ends = new ArrayList<>();
        int col = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ') {
                int j = i;
                while (j < line.length() && line.charAt(j) == ' ') {
                    j++;
                }
                col += j - i;
                if (j - i >= 2 && j < line.length()) {
                    ends.add(col);
                }
                i = j;
                continue;
            }
            int cp = line.codePointAt(i);
            col += width(cp);
            i += Character.charCount(cp);
        }
        return ends;
    }

    /** Whether no printed character of the line stands in the two columns before any column's start. */
    private static boolean clearBefore(String line, TreeSet<Integer> starts) {
        int col = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int w = width(cp);
            if (cp != ' ') {
                Integer next = starts.higher(col);
                if (next != null && col + w > next - 2) {
                    return false;
                }
            }
            col += w;
            i += Character.charCount(cp);
        }
        return true;
    }

}
