package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table 三's rows cut over lines by the paragraphs in their cells, in a browser's copy ({@code innerText}) whose lines
 * were trimmed at an edge: {@code l.strip()}, {@code l.expandtabs(8).strip()} (its spaces made tabs again by
 * {@link ExpandedTabs}), {@code l.rstrip()} or an editor's trim with the empty lines kept, {@code sed 's/^[ \t]\+//'},
 * or a spreadsheet's save of the copy ({@link SavedSheetLines}). Chromium wrote a tab before each of the row's seven
 * value cells and put a cell's paragraph on a line of its own; the trim took the tabs at the lines' edges, and with
 * them the places of the pieces: read by order, {@code 8.属于行政查询事项} / {@code －⇥－} / {@code 0} / {@code －} /
 * {@code －} / {@code －} / {@code 0} went under the wrong columns with the row's sum holding (red team rtt,
 * {@code chromium-innertext-expandtabs8-strip-denied-query-shifted-2021.txt}: 3 cells with no finding), and every
 * other such row was flagged.
 *
 * <p>The form fixes the count: table 三 has seven value columns right of its last label. A trim takes whitespace at a
 * line's edges only, so every cell between a line's first and last printed cell is still there, in its order, and a
 * blank cell inside a line still shows as two tabs; what a trim can take is blank cells at a line's edges, and the tabs
 * that placed the pieces. So where the cells a row's lines still print — from its label to the next line that is no
 * piece of figures — are exactly seven, none was taken, and they are the seven columns in order: the row is joined
 * onto its label's line, a tab between each two (the lines the pieces stood on left empty, line numbers stay). Fewer
 * than seven, some blank cells went with the trim and where the text does not say: the row is left as printed, for
 * the readers after this one to flag.
 *
 * <p>Only in a copy with tabs whose lines were so trimmed: no line ends in whitespace
 * ({@link TrimmedRequestsRow#trimmed}), or the leading whitespace went ({@link LeadingTabsLost#in}).
 */
public final class CountedRowPieces {

    /** Table 三's value columns: 自然人, the five 法人或其他组织 and 总计. */
    private static final int ROW_CELLS = 7;
    /** Figures, blanks and dashes with the plus sign of table 二's changes ({@code +4⇥17}). */
    private static final Pattern SIGNED =
            Pattern.compile("^[\\s.,，\\-－—–/／+＋]*+[0-9０-９][\\s0-9０-９.,，\\-－—–/／+＋]*+");
    /** A figure and the unit after it, alone on a line: table 二's amount. */
    private static final Pattern WITH_UNIT =
            Pattern.compile("^[0-9０-９][0-9０-９.,，]*+\\s?(百万元|千元|万元|亿元|元)");

    private CountedRowPieces() {
    }

    /**
     * The text with each table 三 row whose printed cells are exactly seven joined onto its label's line; the lines as
     * given where the text is no trimmed copy or no row is so proved.
     *
     * @param trimmed whether the text as read is a copy trimmed at an edge (see the class comment)
     * @param emptyLinesDropped whether the copy also lost its empty lines ({@link TrimmedRequestsRow#emptyLinesDropped}):
     *     there every piece stands right under the line before, and the count alone proves the row
     */
    public static List<String> of(List<String> lines, boolean trimmed, boolean emptyLinesDropped) {
        if (!trimmed) {
            return lines;
        }
        boolean[] inTable = CutRowPieces.inRequestsTable(lines);
        return joined(lines, (i, label) -> inTable[i] ? ROW_CELLS : -1, emptyLinesDropped);
    }

    /** Why a short row's pieces in a copy trimmed on the right are not placed by the blank lines between them. */
    public static final String SHORT_ROW_WHY = "the copy was trimmed on the right, which empties the lines holding only "
            + "the tabs of bare empty cells, so the blank lines between this row's pieces no longer count its empty "
            + "cells, and it prints fewer than its seven cells";

    /**
     * The lines (indexes) of the pieces after the label's line of each table 三 row whose printed cells are fewer than
     * seven, in a copy trimmed on the right with its empty lines kept; empty where the copy is no such copy. The row
     * reader places a row's paragraph pieces by the blank lines between them (an extra blank line a blank cell), but a
     * trim that empties a line holding only tabs ({@code \t\t} between two paragraph cells: the tab ending the first
     * and a bare empty cell's) leaves the same blank lines as one that held a single tab ({@code \t}), so the gaps say
     * nothing of the bare empty cells between the pieces: {@code 5.属于三类内部事务信息} / / / / {@code 0} / … / {@code 0}
     * was read 自然人 0 … 其他 0 where the page has 商业企业 0 and 法律服务机构 0, the sums holding (red team
     * {@code chromium-innertext-opn2-rstrip-p-cells-requests-nil-cells-2019.txt}: 3 cells). A row printing its seven
     * cells lost none ({@link #of} joins it); one printing fewer lost some where the text does not say.
     *
     * @param rightTrimmed {@link TrimmedRequestsRow#trimmed} the text as read
     */
    public static java.util.Set<Integer> shortRowPieces(List<String> lines, boolean rightTrimmed) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (!rightTrimmed) {
            return out;
        }
        boolean[] inTable = CutRowPieces.inRequestsTable(lines);
        for (int i = 0; i < lines.size(); i++) {
            int label = lastLabelCell(lines.get(i));
            if (!inTable[i] || label < 0) {
                continue;
            }
            int printed = printedCells(lines.get(i).split("\t", -1), label + 1, true).size();
            List<Integer> pieces = new ArrayList<>();
            int k = i + 1;
            for (; k < lines.size(); k++) {
                String line = lines.get(k);
                if (line.isBlank() && line.indexOf('\f') < 0) {
                    continue;
                }
                if (!piece(line)) {
                    break;
                }
                printed += printedCells(line.split("\t", -1), 0, false).size();
                pieces.add(k);
            }
            if (!pieces.isEmpty() && printed < ROW_CELLS) {
                out.addAll(pieces);
            }
            i = k - 1;
        }
        return out;
    }

    /** How many value cells the row labelled on line {@code i} (its last label cell {@code label}) has; -1 if not known. */
    @FunctionalInterface
    interface RowWidth {
        int of(int i, String label);
    }

    /**
     * The lines with each row whose printed cells are exactly as many as {@code width} gives for it joined onto its
     * label's line (the lines its pieces stood on left empty); the lines themselves where no row is so proved.
     */
    static List<String> joined(List<String> lines, RowWidth width) {
        return joined(lines, width, false);
    }

    /**
     * As {@link #joined(List, RowWidth)}; where {@code emptyLinesDropped}, a piece right under the line before is a
     * piece too: the copy lost the empty line that stood between them (its lone-tab lines trimmed empty and dropped
     * with the rest: {@code 其他对外管理服务事项} / {@code /} / {@code /} / {@code ⇥1}, read from the left, gave 处理决定数量
     * the second {@code /}).
     */
    static List<String> joined(List<String> lines, RowWidth width, boolean emptyLinesDropped) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int label = lastLabelCell(line);
            if (label < 0) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            int rowCells = width.of(i, cells[label].strip());
            if (rowCells < 0) {
                continue;
            }
            List<String> printed = new ArrayList<>(printedCells(cells, label + 1, true));
            int last = i;
            for (int k = i + 1; k < lines.size(); k++) {
                if (lines.get(k).isBlank() && lines.get(k).indexOf('\f') < 0) {
                    continue;
                }
                // a cell's paragraph stands one blank line at least from the line before; figures right under a
                // line are a row of their own under a label wrapped over lines, which the mapper joins
                if (!piece(lines.get(k)) || lines.get(k).isBlank() || !emptyLinesDropped && !lines.get(k - 1).isBlank()) {
                    break;
                }
                printed.addAll(printedCells(lines.get(k).split("\t", -1), 0, false));
                last = k;
            }
            if (last > i && printed.size() == rowCells) {
                out = out == null ? new ArrayList<>(lines) : out;
                StringBuilder row = new StringBuilder(String.join("\t", java.util.Arrays.asList(cells).subList(0, label + 1)));
                printed.forEach(c -> row.append('\t').append(c));
                out.set(i, row.toString());
                for (int k = i + 1; k <= last; k++) {
                    out.set(k, "");
                }
            }
            i = last;
        }
        return out == null ? lines : out;
    }

    /**
     * A piece of a row: figures, blanks and dashes, table 二's changes with their sign ({@code +4}), or one figure with
     * the unit its cell carries ({@code 77117.2 万元}).
     */
    private static boolean piece(String line) {
        return CutRowPieces.figures(line) || line.indexOf('\f') < 0 && SIGNED.matcher(line).matches()
                || WITH_UNIT.matcher(line).matches();
    }

    /**
     * The cells a trim cannot have taken: from the first printed one to the last (blank ones between them included),
     * from index {@code from}; on a label's line, every cell after the label up to the last printed one (a blank cell
     * right after the label is the text's, a tab after the label's tab).
     */
    private static List<String> printedCells(String[] cells, int from, boolean afterLabel) {
        int first = from;
        int end = cells.length;
        while (end > from && cells[end - 1].isBlank()) {
            end--;
        }
        if (!afterLabel) {
            while (first < end && cells[first].isBlank()) {
                first++;
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = first; c < end; c++) {
            out.add(cells[c].strip());
        }
        return out;
    }

    /**
     * The index of a line's last label cell, where the cells after it are figures or blank; -1 for a line with no label
     * (figures only), with a page break, or with no Han character in its label (a page number, a date).
     */
    private static int lastLabelCell(String line) {
        if (line.indexOf('\f') >= 0 || line.isBlank()) {
            return -1;
        }
        String[] cells = line.split("\t", -1);
        for (int j = cells.length - 1; j >= 0; j--) {
            if (!CutRowPieces.FIGURES.matcher(cells[j]).matches()) {
                boolean han = cells[j].codePoints().anyMatch(
                        cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                return han ? j : -1;
            }
        }
        return -1;
    }
}
