package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextSpan;

/**
 * Tables drawn with lines: {@code w3m -dump} (box drawing: {@code ┌─┬─┐ │ ├─┼─┤}), {@code links -dump},
 * pandoc grid tables and ASCII art ({@code +---+---+}, {@code |}). Every cell is drawn, blank ones
 * too, but a merged cell is drawn once and not expanded, so a header row's n-th cell is not a data
 * row's n-th column: the grid is marked flattened.
 *
 * <p>Rule lines ({@code ├───┼───┤}, {@code |-----+-----|}) end a band of text lines; the text of
 * one cell wrapped over several lines of a band is joined (with {@code \n}, as in a Word cell).
 * A rule that covers only some columns (a merged cell spanning several rows crosses it) still
 * ends the band; text printed inside such a rule line by the merged cell is joined to the cell's
 * text on the header lines below, where they print more of it between the same separators (w3m's
 * {@code │总 ├───┤} over {@code │计 │}: no rule runs between them, so they are one cell), and is
 * kept as a row of its own otherwise, so nothing printed is lost. Rule characters, corners and
 * separators never become cells: the value parser would read {@code ───} as a blank.
 */
public final class BoxDrawnTable implements TableFlattening {

    /** Vertical separators, including the junctions that stand where a rule meets a vertical. */
    private static final String VERTICAL = "│┃║├┤┠┨┝┥╟╢╠╣|";
    /** Characters a rule segment is made of (corners and junctions included). */
    private static final String RULE = "─━═┼┬┴┌┐└┘╋╤╧╪╫┯┷┿╂-=+:";
    private static final String BOX_START = "┌├│┃║╔╠";

    @Override
    public Optional<TextTable> recognise(List<String> lines, int from) {
        String first = lines.get(from).strip();
        if (first.isEmpty() || !(BOX_START.indexOf(first.charAt(0)) >= 0 || isAsciiBorder(first))) {
            return Optional.empty();
        }
        int end = from;
        int rules = 0;
        while (end < lines.size() && inTable(lines.get(end))) {
            if (isRule(lines.get(end))) {
                rules++;
            }
            end++;
        }
        if (rules == 0 || end - from < 2) {
            return Optional.empty();
        }
        List<List<GridCell>> rows = new ArrayList<>();
        boolean display = byDisplayColumns(lines, from, end);
        List<Integer> band = new ArrayList<>();
        String rule = "";
        List<Fragment> fragments = List.of();
        for (int i = from; i < end; i++) {
            if (isRule(lines.get(i))) {
                addBand(lines, band, rule, fragments, rows, display);
                band.clear();
                rule = lines.get(i);
                fragments = fragments(rule, i, display);
            } else {
                band.add(i);
            }
        }
        addBand(lines, band, rule, fragments, rows, display);
        return Optional.of(TextTable.of(rows, Positions.FLATTENED, end));
    }

    /** {@code +---+}: the border links, pandoc and ASCII art draw. */
    private static boolean isAsciiBorder(String s) {
        return s.length() >= 4 && s.charAt(0) == '+' && (s.charAt(1) == '-' || s.charAt(1) == '=');
    }

    private static boolean inTable(String line) {
        String s = line.strip();
        return !s.isEmpty() && (VERTICAL.indexOf(s.charAt(0)) >= 0 || BOX_START.indexOf(s.charAt(0)) >= 0
                || "└╚".indexOf(s.charAt(0)) >= 0 || isAsciiBorder(s));
    }

    /**
     * A line that draws a rule: it ends the band above it. Box-drawing rules ({@code ────}) never
     * occur in cell text, so one such segment is enough, even beside a merged cell's text
     * ({@code │三、本├───┤}). An ASCII rule must outweigh the text beside it: a cell printing
     * {@code --} for a blank is not a rule.
     */
    private static boolean isRule(String line) {
        int rule = 0;
        int text = 0;
        for (String seg : segments(line)) {
            if (isRuleSegment(seg)) {
                if (seg.chars().anyMatch(c -> "─━═".indexOf(c) >= 0)) {
                    return true;
                }
                rule += seg.strip().length();
            } else {
                text += seg.strip().length();
            }
        }
        return rule > text && rule >= 3;
    }

    private static boolean isRuleSegment(String seg) {
        String s = seg.strip();
        int dashes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (RULE.indexOf(c) < 0) {
                return false;
            }
            if (c != '+' && c != ':') {
                dashes++;
            }
        }
        return dashes >= 2;
    }

    /** The text between vertical separators, without what lies outside the outer border. */
    static List<String> segments(String line) {
        List<String> out = new ArrayList<>();
        String s = line.strip();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (VERTICAL.indexOf(s.charAt(i)) >= 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * One row from the lines between two rules. Where the lines' separators do not all stand in the
     * same places (a long label that overflows its cell in links' output), each run of consecutive
     * lines whose separators do is a row of its own: its cells still line up, so a header label
     * printed a character per line ({@code 科} / {@code 研} / {@code 机} / {@code 构}) is joined.
     */
    /** @param fragments the text in {@code rule}, the rule line above the band ({@link #fragments}) */
    private static void addBand(List<String> lines, List<Integer> band, String rule, List<Fragment> fragments,
                                List<List<GridCell>> rows, boolean display) {
        if (band.isEmpty()) {
            addFragments(fragments, rows);
            return;
        }
        int from = 0;
        for (int k = 1; k <= band.size(); k++) {
            if (k == band.size() || !aligned(lines.get(band.get(from)), lines.get(band.get(k)))) {
                List<Integer> run = band.subList(from, k);
                List<GridCell> row = placed(cells(run.stream().map(i -> segments(lines.get(i))).toList(), run),
                        lines.get(run.get(0)), display);
                if (from == 0) {
                    addFragments(joinFragments(fragments, rule, lines.get(run.get(0)), row), rows);
                }
                rows.add(row);
                from = k;
            }
        }
    }

    /**
     * The table's lines line up in display columns, a CJK character taking two (w3m), rather than in characters
     * (links, ASCII art): more of its lines end at one right border counted so.
     */
    private static boolean byDisplayColumns(List<String> lines, int from, int end) {
        return mostAtOneBorder(lines, from, end, true) >= mostAtOneBorder(lines, from, end, false);
    }

    /** How many of the lines have their last separator at the one place most of them have it. */
    private static long mostAtOneBorder(List<String> lines, int from, int end, boolean display) {
        java.util.Map<Integer, Long> count = new java.util.HashMap<>();
        for (int i = from; i < end; i++) {
            List<Integer> at = separators(lines.get(i), display);
            if (!at.isEmpty()) {
                count.merge(at.get(at.size() - 1), 1L, Long::sum);
            }
        }
        return count.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /**
     * A header row's cells with the columns they stand between: the one evidence of a header's order across
     * its lines, where a merged cell's label stands on another line than its neighbours' ({@code 自}/{@code 然}/
     * {@code 人} beside 法人或其他组织, 总计 under it: w3m of a table 三 printed 总计, the organisations, 自然人
     * read 自然人 second and 总计 last, 61 cells silently misplaced, red team rti). Rows of values keep none:
     * they are placed by the order of their cells.
     */
    private static List<GridCell> placed(List<GridCell> row, String first, boolean display) {
        List<Bounds> bounds = bounds(first);
        if (!labelsOnly(row) || bounds.size() != row.size()) {
            return row;
        }
        List<GridCell> out = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            GridCell cell = row.get(c);
            out.add(new GridCell(cell.text(), cell.where(), cell.spanned(), cell.notes(),
                    Optional.of(bounds.get(c).span(display))));
        }
        return out;
    }

    /** The fragments of a rule line no cell below took, as a row of their own (nothing printed is lost). */
    private static void addFragments(List<Fragment> fragments, List<List<GridCell>> rows) {
        if (!fragments.isEmpty()) {
            rows.add(fragments.stream().map(Fragment::cell).toList());
        }
    }

    /**
     * Joins each fragment of the rule line above to the cell of {@code row} that stands between the
     * same separators and prints text, where {@code row} is a header row (no digit in it): they are
     * one merged cell, which the partial rule does not cross, the fragment first ({@code 总} +
     * {@code 计}; w3m of table 四 with 行政复议's columns reversed, {@code 总}/{@code 尚未}/… printed
     * in the rule under 行政复议 and {@code 计}/{@code 审结}/… below it: kept apart, no label was read
     * and the fifteen values went under the wrong columns, two of them silently when blank cells left
     * no sum to fail). Left alone: a fragment over a blank cell, all the merged cell prints there (a
     * table 三 group label centred on the rule, {@code │（三）不予公开├───┤}), and one over a row of
     * figures, where the merged cell is a block label ({@code 三、本} over {@code 年度}) that joined
     * into the row would stand beside the row's own label. Returns the fragments not joined.
     *
     * The separators are counted the way the two lines line up: every separator of the rule line
     * stands where the row's first line has one, in characters (links) or display columns (w3m);
     * when they line up in neither, nothing is joined.
     *
     * @param rule the rule line the fragments are from
     * @param first the row's first line
     */
    private static List<Fragment> joinFragments(List<Fragment> fragments, String rule, String first, List<GridCell> row) {
        List<Bounds> bounds = bounds(first);
        if (fragments.isEmpty() || bounds.size() != row.size()
                || row.stream().anyMatch(c -> c.text().chars().anyMatch(Character::isDigit))) {
            return fragments;
        }
        Optional<Boolean> display = separators(first, true).containsAll(separators(rule, true)) ? Optional.of(true)
                : separators(first, false).containsAll(separators(rule, false)) ? Optional.of(false) : Optional.empty();
        if (display.isEmpty()) {
            return fragments;
        }
        boolean labelsOnly = labelsOnly(row);
        List<Fragment> left = new ArrayList<>();
        for (Fragment f : fragments) {
            int at = -1;
            for (int c = 0; c < bounds.size() && at < 0; c++) {
                if (bounds.get(c).same(f.bounds(), display.get()) && (!row.get(c).isBlank() || labelsOnly)) {
                    at = c;
                }
            }
            if (at < 0) {
                left.add(f);
            } else if (row.get(at).isBlank()) {
                // the columns of the cell it fills, counted as the row's other cells are
                row.set(at, new GridCell(f.cell().text(), f.cell().where(), false, List.of(), row.get(at).span()));
            } else {
                row.set(at, new GridCell(f.cell().text() + "\n" + row.get(at).text(), f.cell().where(), false, List.of(),
                        row.get(at).span()));
            }
        }
        return left;
    }

    /**
     * True when the row prints column labels and blanks only: no figure and no blank mark ({@code —},
     * {@code /}, {@code -}). A merged header cell whose whole label stands in the partial rule above such a
     * row ({@code │总计├───┬───┤} over {@code │    │法律服务机│…}: w3m and links of a table 三 printed 总计 or
     * 自然人 among the organisations' columns) is the cell the row leaves blank there; kept as a row of its own
     * it stood on another line than the labels beside it, whose order between lines is not trusted, and the
     * form's order placed it (red team rti: 26 and 6 cells silently under the wrong columns; links' table 四 with
     * 行政复议's 总计 first, printed in the rule over its blank cell, likewise). A row of marks
     * for blanks is a row of values, where the fragment is a group's label ({@code （三）不予公开}).
     */
    private static boolean labelsOnly(List<GridCell> row) {
        boolean label = false;
        for (GridCell c : row) {
            String t = c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.chars().allMatch(ch -> !Character.isLetter(ch))) {
                return false;
            }
            label = true;
        }
        return label;
    }

    /**
     * True when two lines' vertical separators stand in the same places, counted in characters
     * (links) or in display columns, a CJK character taking two (w3m).
     */
    private static boolean aligned(String a, String b) {
        return separators(a, false).equals(separators(b, false)) || separators(a, true).equals(separators(b, true));
    }

    private static List<Integer> separators(String line, boolean display) {
        int[] at = display ? DisplayColumns.of(line) : null;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (VERTICAL.indexOf(line.charAt(i)) >= 0) {
                out.add(display ? at[i] : i);
            }
        }
        return out;
    }

    private static List<GridCell> cells(List<List<String>> split, List<Integer> band) {
        List<GridCell> row = new ArrayList<>();
        for (int c = 0; c < split.get(0).size(); c++) {
            StringBuilder text = new StringBuilder();
            int at = band.get(0);
            for (int k = 0; k < split.size(); k++) {
                String part = split.get(k).get(c).strip();
                if (part.isEmpty() || split.size() > 1 && part.length() >= 3 && isRuleSegment(part)) {
                    // a rule under a merged header cell drawn on a line of text (links: |法人或其他组织|
                    // over |-------|) is no text of the cell
                    continue;
                }
                if (text.length() == 0) {
                    at = band.get(k);
                } else {
                    text.append('\n');
                }
                text.append(part);
            }
            row.add(GridCell.of(text.toString(), new Location.Line(at + 1)));
        }
        return row;
    }

    /** Text a merged cell prints inside a partial rule line, and the separators it stands between. */
    private record Fragment(GridCell cell, Bounds bounds) {
    }

    /**
     * Where a cell stands in its line: its left and right separators, counted in characters (links)
     * and in display columns (w3m); a side with no separator is the text's start or end.
     */
    private record Bounds(int left, int right, int leftColumn, int rightColumn) {
        /** The same separators, counted in display columns or in characters. */
        boolean same(Bounds o, boolean display) {
            return display ? leftColumn == o.leftColumn && rightColumn == o.rightColumn : left == o.left && right == o.right;
        }

        /** The columns between the separators, counted as the table lines up. */
        TextSpan span(boolean display) {
            return display ? new TextSpan(0, leftColumn + 1, Math.max(leftColumn + 1, rightColumn))
                    : new TextSpan(0, left + 1, Math.max(left + 1, right));
        }
    }

    /** Text a merged cell prints inside a partial rule line ({@code │三、本年度├────┼}). */
    private static List<Fragment> fragments(String line, int index, boolean display) {
        List<Fragment> out = new ArrayList<>();
        List<String> segments = segments(line);
        List<Bounds> bounds = bounds(line);
        for (int k = 0; k < segments.size(); k++) {
            String seg = segments.get(k);
            if (!seg.isBlank() && !isRuleSegment(seg)) {
                out.add(new Fragment(GridCell.of(seg.strip(), new Location.Line(index + 1)),
                        bounds.get(k)));
            }
        }
        return out;
    }

    /** The bounds of each of the line's {@link #segments}, in the same order. */
    private static List<Bounds> bounds(String line) {
        int[] column = DisplayColumns.of(line);
        int lead = line.length() - line.stripLeading().length();
        int end = line.stripTrailing().length();
        List<int[]> pieces = new ArrayList<>(); // first character and end of each piece, as segments() cuts them
        int start = lead;
        for (int i = lead; i < end; i++) {
            if (VERTICAL.indexOf(line.charAt(i)) >= 0) {
                pieces.add(new int[] {start, i});
                start = i + 1;
            }
        }
        pieces.add(new int[] {start, end});
        if (pieces.get(0)[0] == pieces.get(0)[1]) {
            pieces.remove(0);
        }
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1)[0] == pieces.get(pieces.size() - 1)[1]) {
            pieces.remove(pieces.size() - 1);
        }
        return pieces.stream().map(p -> new Bounds(p[0] - 1, p[1], p[0] == 0 ? -1 : column[p[0] - 1], column[p[1]]))
                .toList();
    }
}
