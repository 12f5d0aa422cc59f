package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

/**
 * Tables drawn with lines: {@code w3m -dump} (box drawing: {@code ┌─┬─┐ │ ├─┼─┤}), {@code links -dump},
 * pandoc grid tables and ASCII art ({@code +---+---+}, {@code |}). Every cell is drawn, blank ones
 * too, so positions are exact.
 *
 * <p>Rule lines ({@code ├───┼───┤}, {@code |-----+-----|}) end a band of text lines; the text of
 * one cell wrapped over several lines of a band is joined (with {@code \n}, as in a Word cell).
 * A rule that covers only some columns (a merged cell spanning several rows crosses it) still
 * ends the band; text printed inside such a rule line by the merged cell is kept as a row of its
 * own, so nothing printed is lost. Rule characters, corners and separators never become cells:
 * the value parser would read {@code ───} as a blank.
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
        List<Integer> band = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (isRule(lines.get(i))) {
                addBand(lines, band, rows);
                band.clear();
                List<GridCell> fragments = fragments(lines.get(i), i);
                if (!fragments.isEmpty()) {
                    rows.add(fragments);
                }
            } else {
                band.add(i);
            }
        }
        addBand(lines, band, rows);
        return Optional.of(TextTable.of(rows, Positions.EXACT, end));
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
     * A line drawn mostly as rule: it ends the band above it. A cell printing {@code --} for a
     * blank is not a rule; a merged cell's text inside a partial rule ({@code │三、本年度├────┼})
     * is far shorter than the rule beside it.
     */
    private static boolean isRule(String line) {
        int rule = 0;
        int text = 0;
        for (String seg : segments(line)) {
            if (isRuleSegment(seg)) {
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

    /** One row from the lines between two rules; lines whose cells do not line up stay rows of their own. */
    private static void addBand(List<String> lines, List<Integer> band, List<List<GridCell>> rows) {
        if (band.isEmpty()) {
            return;
        }
        List<List<String>> split = band.stream().map(i -> segments(lines.get(i))).toList();
        int n = split.get(0).size();
        if (split.stream().anyMatch(s -> s.size() != n)) {
            for (int k = 0; k < band.size(); k++) {
                rows.add(cells(List.of(split.get(k)), List.of(band.get(k))));
            }
            return;
        }
        rows.add(cells(split, band));
    }

    private static List<GridCell> cells(List<List<String>> split, List<Integer> band) {
        List<GridCell> row = new ArrayList<>();
        for (int c = 0; c < split.get(0).size(); c++) {
            StringBuilder text = new StringBuilder();
            int at = band.get(0);
            for (int k = 0; k < split.size(); k++) {
                String part = split.get(k).get(c).strip();
                if (part.isEmpty()) {
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

    /** Text a merged cell prints inside a partial rule line ({@code │三、本年度├────┼}). */
    private static List<GridCell> fragments(String line, int index) {
        List<GridCell> out = new ArrayList<>();
        for (String seg : segments(line)) {
            if (!seg.isBlank() && !isRuleSegment(seg)) {
                out.add(GridCell.of(seg.strip(), new Location.Line(index + 1)));
            }
        }
        return out;
    }
}
