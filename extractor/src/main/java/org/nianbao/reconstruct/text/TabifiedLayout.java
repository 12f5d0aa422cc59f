package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laid-out text ({@code pdftotext -layout}, pandoc's and w3m's text) whose runs of spaces an editor turned
 * into tabs: GNU {@code unexpand -a}, Emacs {@code tabify}, vim {@code :retab!}, Notepad++ "Space to
 * TAB". A tab there is so many spaces up to the next tab stop, not a cell boundary: read as
 * tab-separated cells, {@code 行政规范性文件   14\t\t 163690 1} gave an empty field between the two tabs,
 * read as a blank cell (red team 15b). The text is told by its tabs standing among the runs of spaces
 * that lay out the same lines ({@code \t   14}, {@code 83   99   /\t1}) or inside the borders of a
 * grid's row ({@code | 8\t\t\t| 74\t\t|}: pandoc's grid table, red team 15d); tab-separated rows
 * (甘肃省, 盐池县) put no space beside their tabs.
 *
 * <p>The tab stop is not written anywhere: editors count columns differently (GNU's by bytes of UTF-8,
 * vim's and Emacs's by display width, a CJK character two columns, others by characters) at the
 * stop their user set (8, 4, 2, 3…). The text is expanded at every stop from 2 to 8 each way, and
 * an expansion is kept only where the text itself shows it right: where its columns line up as the
 * tool laid them out, and no other expansion lines them up as well. Evidence is what stands in the
 * same column line to line: a grid's {@code |} (w3m's {@code │}) under the {@code +} of its rule (which
 * has no spaces to tabify, so no stop moves it), numbers starting or ending where the numbers of the
 * lines above start or end (left- or right-aligned, in characters or display columns), and numbers
 * starting or ending where a dash rule's runs do ({@code ------- -------} under a simple table's
 * header); against a stop counts each run of whitespace its editor would not have written there
 * ({@link #notTabifiedAt}). Two expansions that line up as well as each other, yet put things in
 * different columns, leave the stop in doubt: the text is read as text that keeps no columns, whose
 * short rows are flagged, never as a guess.
 */
public final class TabifiedLayout {

    /** A tab with spaces on its far side before text, or spaces run inside a tab-separated field between text. */
    private static final Pattern SPACED_TAB = Pattern.compile("\t {1,7}\\S|\\S {2,}\\S[^\t]*\t|\t[^\t]*\\S {2,}\\S");
    /** A grid's row with tabs inside its borders: {@code | 8\t\t\t| 74\t\t|}, {@code │信息内容\t│}. */
    private static final Pattern BORDERED_TAB = Pattern.compile("^\\s*+[|│][^\t]*+\t.*[|│]\\s*+$");
    /** A grid table's rule: {@code +-----+=====+}, w3m's {@code ├──┼──┤}; never tabified (it has no spaces). */
    private static final Pattern GRID_RULE = Pattern.compile("^\\s*[+┌├└](?:[-=:─]+[+┬┼┴┐┤┘])+\\s*$");
    /** Where a rule's columns meet, and the borders of a grid's rows. */
    private static final String JOINTS = "+┌├└┬┼┴┐┤┘";
    private static final String BORDERS = "|│";
    /** A simple table's rule: runs of dashes under each column. */
    private static final Pattern DASH_RULE = Pattern.compile("^\\s*-{3,}(?:[ \t]+-{3,})*\\s*$");
    private static final Pattern DASHES = Pattern.compile("-{3,}");
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９][0-9０-９,.]*");
    /** Lines that must show the editor's tabs before the text is taken as tabified. */
    private static final int MIN_LINES = 3;
    /** Lines of numbers above a line whose columns it may line up with: a blank cell leaves a gap in the nearest. */
    private static final int LINES_ABOVE = 3;
    private static final int MIN_STOP = 2;
    private static final int MAX_STOP = 8;

    private enum Count { BYTES, DISPLAY, CHARS }

    /**
     * The text's lines, tabs expanded where it is tabified layout.
     *
     * @param inDoubt whether more than one tab stop lines the columns up as well, and differently: the
     *     lines then stand in no columns one can rely on
     */
    public record Untabified(List<String> lines, boolean inDoubt) {
    }

    private TabifiedLayout() {
    }

    /** The lines with tabs expanded back to spaces when the text is tabified layout; the lines themselves otherwise. */
    public static Untabified of(List<String> lines) {
        long tabbed = lines.stream().filter(l -> l.indexOf('\t') >= 0).count();
        long spaced = lines.stream().filter(l -> SPACED_TAB.matcher(l).find() || BORDERED_TAB.matcher(l).matches()).count();
        if (spaced < MIN_LINES || spaced * 2 < tabbed) {
            return new Untabified(lines, false);
        }
        // every expansion an editor could have made, with the runs of whitespace it would not have written
        Map<List<String>, Integer> expansions = new LinkedHashMap<>();
        for (int stop = MIN_STOP; stop <= MAX_STOP; stop++) {
            for (Count count : Count.values()) {
                int s = stop;
                List<String> expanded = lines.stream().map(l -> expand(l, s, count)).toList();
                int unlike = lines.stream().mapToInt(l -> notTabifiedAt(l, s, count)).sum();
                expansions.merge(expanded, unlike, Math::min);
            }
        }
        List<String> best = lines;
        int bestScore = Integer.MIN_VALUE;
        List<Set<String>> bestPlaces = new ArrayList<>();
        for (Map.Entry<List<String>, Integer> candidate : expansions.entrySet()) {
            Alignment a = aligned(candidate.getKey());
            // each run of whitespace the editor would not have written so counts against its stop
            int score = a.score() - candidate.getValue();
            if (score > bestScore) {
                best = candidate.getKey();
                bestScore = score;
                bestPlaces = new ArrayList<>(List.of(a.places()));
            } else if (score == bestScore && !bestPlaces.contains(a.places())) {
                bestPlaces.add(a.places());
            }
        }
        return new Untabified(best, bestPlaces.size() > 1);
    }

    /**
     * The runs of whitespace in {@code line} that an editor tabifying at {@code stop} (columns counted
     * as {@code count}) would not have left so: a space before a tab, spaces after the last tab of a
     * run that reach the next stop, two or more spaces reaching a stop. GNU {@code unexpand -a}, vim's
     * {@code :retab!} and Emacs's {@code tabify} turn every run of two or more blanks into as many
     * tabs as stops it reaches, then spaces; a lone space stays, even at a stop.
     */
    private static int notTabifiedAt(String line, int stop, Count count) {
        if (line.indexOf('\t') < 0) {
            return 0;
        }
        int unlike = 0;
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (cp != ' ' && cp != '\t') {
                col += width(cp, count);
                i += Character.charCount(cp);
                continue;
            }
            int spacesFrom = col;
            int spaces = 0;
            boolean tabs = false;
            for (; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
                if (line.charAt(i) == '\t') {
                    unlike += spaces > 0 ? 1 : 0;
                    tabs = true;
                    col = (col / stop + 1) * stop;
                    spacesFrom = col;
                    spaces = 0;
                } else {
                    col++;
                    spaces++;
                }
            }
            boolean reachesStop = spaces > 0 && (col / stop) * stop > spacesFrom;
            unlike += reachesStop && (tabs || spaces >= 2) ? 1 : 0;
        }
        return unlike;
    }

    private static int width(int cp, Count count) {
        return switch (count) {
            case BYTES -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            // vim and Emacs show a control character as two cells (^L: the form feed opening a pdftotext page)
            case DISPLAY -> DisplayColumns.wide(cp) || Character.isISOControl(cp) ? 2 : 1;
            case CHARS -> 1;
        };
    }

    private static String expand(String line, int stop, Count count) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                int next = (col / stop + 1) * stop;
                out.append(" ".repeat(next - col));
                col = next;
                continue;
            }
            out.appendCodePoint(cp);
            col += width(cp, count);
        }
        return out.toString();
    }

    /**
     * How well an expansion lines up: the marks that stand where the lines above (or the rule above)
     * have one, and where every number and grid border stands, which tells two expansions that line
     * up as well from one that is the other.
     */
    private record Alignment(int score, Set<String> places) {
    }

    /** Which end of a number a column lines up: pandoc's grid cells left-align, {@code -layout} text mostly right-aligns. */
    private enum Side { START, END }

    /**
     * The alignment of an expansion, counted in characters or in display columns ({@code pdftotext
     * -layout} aligns in characters, the tools that pad by display width in those) and by the
     * numbers' starts or ends, whichever aligns more. Neighbours, not the whole text: a wrong
     * expansion shifts some lines against the next, while columns of the whole text coincide often
     * enough by chance to hide it.
     */
    private static Alignment aligned(List<String> lines) {
        Alignment best = null;
        for (boolean display : new boolean[] {false, true}) {
            for (Side side : Side.values()) {
                Alignment a = aligned(lines, display, side);
                if (best == null || a.score() > best.score()) {
                    best = a;
                }
            }
        }
        return best;
    }

    private static Alignment aligned(List<String> lines, boolean display, Side side) {
        int score = 0;
        Set<String> places = new HashSet<>();
        Deque<Set<Integer>> numbersAbove = new ArrayDeque<>(); // the last lines of numbers, nearest first
        Set<Integer> rule = Set.of();
        Set<Integer> borders = Set.of();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            int[] at = display ? DisplayColumns.of(line) : null;
            IntUnaryOperator col = i -> at == null ? i : at[i];
            if (GRID_RULE.matcher(line).matches()) {
                borders = positions(line, JOINTS, col);
                continue;
            }
            if (DASH_RULE.matcher(line).matches()) {
                rule = marks(DASHES.matcher(line), side, col);
                continue;
            }
            if (!line.isBlank() && BORDERS.indexOf(line.stripLeading().charAt(0)) >= 0) {
                Set<Integer> pipes = positions(line, BORDERS, col);
                for (int p : pipes) {
                    score += borders.contains(p) ? 1 : 0;
                    places.add(n + "|" + p);
                }
                borders = borders.isEmpty() ? pipes : borders;
            } else {
                borders = Set.of(); // the grid ended
            }
            Set<Integer> numbers = marks(NUMBER.matcher(line), side, col);
            for (int p : numbers) {
                boolean above = numbersAbove.stream().anyMatch(a -> a.contains(p));
                score += (above ? 1 : 0) + (rule.contains(p) ? 1 : 0);
                places.add(n + ":" + p);
            }
            if (!numbers.isEmpty()) {
                numbersAbove.addFirst(numbers);
                if (numbersAbove.size() > LINES_ABOVE) {
                    numbersAbove.removeLast();
                }
            }
        }
        return new Alignment(score, places);
    }

    /** The columns where the matches start, or end. */
    private static Set<Integer> marks(Matcher m, Side side, IntUnaryOperator col) {
        Set<Integer> out = new HashSet<>();
        while (m.find()) {
            out.add(col.applyAsInt(side == Side.START ? m.start() : m.end()));
        }
        return out;
    }

    /** The columns where any of {@code marks} stands in {@code line}. */
    private static Set<Integer> positions(String line, String marks, IntUnaryOperator col) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < line.length(); i++) {
            if (marks.indexOf(line.charAt(i)) >= 0) {
                out.add(col.applyAsInt(i));
            }
        }
        return out;
    }
}
