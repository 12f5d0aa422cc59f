package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;

/**
 * A row printed on one line with single spaces between its cells: {@code pdftotext -raw}
 * ({@code 一、本年新收政府信息公开申请数量 16 89 1 1 0 1 108}) and {@code lynx -dump}, which write
 * a table row as running text. The line is split only when it ends in values: the trailing tokens
 * that are values become cells, a unit token ({@code 万元}) staying with the number before it;
 * the text before them is the label, itself split where a numbered label begins
 * ({@code 三、本年度办理结果 （一）予以公开}). A number glued to the label before it
 * ({@code 行政规范性文件13}) is its own cell: no label of the form ends in a digit. A line of words, or of words ending in a word, is left
 * whole, and so is a page number ({@code — 2 —}).
 *
 * <p>A line that starts with values and goes on with a label is a row's values ahead of the next
 * row's label: {@code fmt} or {@code par} re-filling laid-out text joins a row's figures, pushed
 * onto the next line, to the label after them ({@code 2 0 0 4 0 0 6 三、本年度办理结果}). The leading
 * values are cells of their own, the rest is read as a line. One value before a word that begins
 * no numbered label stays in the text: prose wraps before a count too ({@code 2 件}).
 *
 * <p>A blank cell leaves no trace in such a line; the row then has fewer values than columns and
 * the mapper reports the reading as ambiguous.
 */
public final class SingleSpacedRow {

    private static final Pattern SPACES = Pattern.compile("[ \u3000\u00A0]+");
    private static final Pattern UNIT = Pattern.compile("万元|元|亿元|万");
    /** A label with its number glued on, as pdftotext -raw prints a narrow gap: 行政规范性文件13. */
    private static final Pattern GLUED = Pattern.compile(
            "^(.*[\\p{IsIdeographic}）)])([-+]?[0-9０-９][0-9０-９,，.．]*(?:[（(][增减][)）])?)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－―]+\\s*\\d{1,3}\\s*[-—–－―]+$");
    /** Where a numbered label starts: 三、 （一） (一) 1. 2、 */
    static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、]\\D)");

    private final Predicate<String> isValue;

    public SingleSpacedRow(Predicate<String> isValue) {
        this.isValue = isValue;
    }

    /** The line's cells when it is a row of this shape (more than one cell), else empty. */
    public Optional<List<GridCell>> cells(String line, Location at) {
        String s = line.strip();
        if (PAGE_NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        List<String> tokens = tokens(s);
        int leading = 0;
        while (leading < tokens.size() && value(tokens.get(leading))) {
            leading++;
        }
        if (leading > 0 && leading < tokens.size()
                && (leading >= 2 || NUMBERED.matcher(tokens.get(leading)).find())) {
            // a row's values ahead of the next row's label: a line re-filled by fmt or par
            // (2 0 0 4 0 0 6 三、本年度办理结果) or a running-text row that lost its line break
            List<GridCell> cells = new ArrayList<>();
            tokens.subList(0, leading).forEach(v -> cells.add(GridCell.of(v, at)));
            String rest = String.join(" ", tokens.subList(leading, tokens.size()));
            cells.addAll(cells(rest, at).orElse(List.of(GridCell.of(rest, at))));
            return Optional.of(cells);
        }
        int firstValue = tokens.size();
        while (firstValue > 0 && value(tokens.get(firstValue - 1))) {
            firstValue--;
        }
        int values = tokens.size() - firstValue;
        if (tokens.size() < 2) {
            return Optional.empty();
        }
        if (values == 0) {
            return labelsOnly(tokens, at);
        }
        List<GridCell> cells = new ArrayList<>();
        if (firstValue > 0) {
            for (String label : labels(tokens.subList(0, firstValue))) {
                cells.add(GridCell.of(label, at));
            }
        }
        for (String v : tokens.subList(firstValue, tokens.size())) {
            cells.add(GridCell.of(v, at));
        }
        return Optional.of(cells);
    }

    private boolean value(String token) {
        return isValue.test(token) && token.chars().anyMatch(c -> !Character.isWhitespace(c));
    }

    /**
     * A line of labels with no values: cells where a numbered label begins
     * ({@code 三、本年度办理结果 （一）予以公开}), or at every space when each word is a header's length
     * ({@code 信息内容 本年新制作数量 本年新公开数量}); a spaced label ({@code 商业 企业}, {@code 结 果 维 持})
     * or a title with a spaced year stays whole.
     */
    private static Optional<List<GridCell>> labelsOnly(List<String> tokens, Location at) {
        List<String> parts = labels(tokens);
        if (parts.size() < 2 && tokens.stream().allMatch(SingleSpacedRow::headerWord)) {
            parts = tokens;
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(parts.stream().map(p -> GridCell.of(p, at)).toList());
    }

    /**
     * Four or more ideographs (slash, brackets and a unit note's colon allowed): 本年新制作数量, 本年增/减,
     * 采购总金额（单位：万元）.
     */
    private static boolean headerWord(String t) {
        return t.codePointCount(0, t.length()) >= 4
                && t.codePoints().allMatch(c -> Character.isIdeographic(c) || "/（）()、：:".indexOf(c) >= 0);
    }

    /** Tokens at single spaces, a unit joined to the number it follows ({@code 4555.771 万元}). */
    private List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : SPACES.split(s)) {
            Matcher glued = GLUED.matcher(t);
            if (glued.matches() && isValue.test(glued.group(2))) {
                out.add(glued.group(1));
                out.add(glued.group(2));
                continue;
            }
            if (!out.isEmpty() && UNIT.matcher(t).matches() && isValue.test(out.get(out.size() - 1))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + t);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The label tokens, cut where a numbered label begins; other spaces stay inside the label. */
    private static List<String> labels(List<String> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String t : tokens) {
            if (current.length() > 0 && NUMBERED.matcher(t).find()) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " ").append(t);
        }
        out.add(current.toString());
        return out;
    }
}
