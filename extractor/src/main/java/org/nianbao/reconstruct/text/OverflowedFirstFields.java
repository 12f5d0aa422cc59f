package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A browser's tab-separated copy lined up by util-linux {@code column -t -s $'\t' -o SEP -E 1} (2.38.1,
 * {@code --table-noextreme}: column 1's width leaves out its fields wider than the rest, so a report's prose lines and
 * long labels do not push the table right). A row whose first field is wider than column 1 is printed on two lines: the
 * field alone, bare (no separator, no padding), then the row's other fields after an empty first field, padded as every
 * other line is ({@code 6.属于四类过程性信息} / {@code                  | 0   |}; an empty rest is a line of separators
 * alone). The separators do not stand on every printed line, so {@link SeparatedColumns} did not take the text and the
 * bars were read as a pipe table's, each line a row of its own: table 三's {@code 3.补正后申请内容仍不明确} read 社会公益组织
 * blank where the page prints 0, no finding (red team rte, {@code chromium-innertext-column-o-bar-noextreme-2019.txt}).
 *
 * <p>A bare line is one without the separator's character, followed by a line whose first field is empty and narrower
 * than it ({@code column} prints a field bare only where it is wider than its column). Where the text with its bare lines
 * left out is {@link SeparatedColumns}' output, each bare line is given its row's rest, cut at the separators, and the
 * rest's own line left empty, so the line numbers stay: the row stands on the line of its first field, as it would
 * have without {@code -E}. Separator characters are tried in the order of how often the text holds them, a few at most;
 * then a space ({@code -o ' '}), which every line holds, so its bare lines are told by their width
 * ({@link #bareLinesBetweenSpaces}).
 */
public final class OverflowedFirstFields {

    /** Separator characters tried, at most: the bar, and punctuation a report's own text holds more often. */
    static final int TRIED_SEPARATORS = 3;

    private OverflowedFirstFields() {
    }

    /** The text cut at its separators, each bare first field joined to its row; the lines themselves when not such output. */
    public static List<String> of(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return lines;
        }
        for (int separator : candidates(lines)) {
            List<Integer> bare = bareLines(lines, separator);
            List<String> joined = bare == null ? null : joined(lines, bare, 0);
            if (joined != null) {
                return joined;
            }
        }
        int fieldTwo = fieldTwoBetweenSpaces(lines);
        List<Integer> bare = fieldTwo > 0 ? bareLinesBetweenSpaces(lines, fieldTwo) : null;
        List<String> joined = bare == null ? null : joined(lines, bare, fieldTwo);
        return joined != null ? joined : lines;
    }

    /** The lines without {@code separator} printed bare, each above its row's rest; null where some is not. */
    private static List<Integer> bareLines(List<String> lines, int separator) {
        List<Integer> bare = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.codePoints().anyMatch(c -> c == separator)) {
                continue;
            }
            if (i + 1 >= lines.size() || !restOf(line, lines.get(i + 1), separator)) {
                return null;
            }
            bare.add(i);
        }
        return bare;
    }

    /**
     * The display column where field 2 starts in {@code column -o ' ' -E 1}'s output, where the separator is a space
     * and so no line lacks it (red team rtj, {@code chromium-innertext-rtj-column-o-space-noextreme-petition-2019.txt}:
     * read as laid-out text, table 三's {@code 1.信访举报投诉类申请} 48 lost and 94 read as 科研机构, no finding): the
     * fewest leading spaces of a line {@code column} padded (at least the most common width, {@link #paddedWidth})
     * printing after an empty first field. 0 where the text has no such line.
     */
    private static int fieldTwoBetweenSpaces(List<String> lines) {
        int padded = paddedWidth(lines);
        if (padded == 0) {
            return 0;
        }
        int fieldTwo = lines.stream().filter(l -> !l.isBlank() && l.charAt(0) == ' ' && GlibcWidth.of(l) >= padded)
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return fieldTwo < 2 ? 0 : fieldTwo;
    }

    /**
     * The most common display width of a printed line: every line {@code column} padded is at least as wide as one
     * whose last fields are empty. 0 where fewer than {@link AlignedColumns#MIN_LINES} lines have it.
     */
    private static int paddedWidth(List<String> lines) {
        Map<Integer, Integer> widths = new TreeMap<>();
        lines.stream().filter(l -> !l.isBlank()).forEach(l -> widths.merge(GlibcWidth.of(l), 1, Integer::sum));
        return widths.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= AlignedColumns.MIN_LINES).map(Map.Entry::getKey).orElse(0);
    }

    /**
     * The bare lines of {@code column -o ' ' -E 1}'s output. A padded line's first field, no wider than column 1, ends
     * before a space just left of field 2's start; a bare line is one narrower than the padded width, or one as wide
     * or wider whose character there is no space (a paragraph of prose). Each must be wider than column 1 (at least
     * {@code fieldTwo}) and start printed, with its rest below: a line of the padded width or more starting with
     * {@code fieldTwo} spaces or more. Null where a line fails that, or none is bare.
     */
    private static List<Integer> bareLinesBetweenSpaces(List<String> lines, int fieldTwo) {
        int padded = paddedWidth(lines);
        List<Integer> bare = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int width = GlibcWidth.of(line);
            if (line.isBlank() || width >= padded && charAt(line, fieldTwo - 1) == ' ') {
                continue;
            }
            String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
            if (width < fieldTwo || line.charAt(0) == ' ' || GlibcWidth.of(next) < padded
                    || next.length() - next.stripLeading().length() < fieldTwo) {
                return null;
            }
            bare.add(i);
        }
        return bare.isEmpty() ? null : bare;
    }

    /** The character printed at the display column, or -1 (within a wide character, or past the line's end). */
    private static int charAt(String line, int column) {
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (col == column) {
                return cp;
            }
            col += GlibcWidth.of(cp);
            if (col > column) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The text with the bare lines given their rows' rests; null where it is not {@code column -E} output. */
    private static List<String> joined(List<String> lines, List<Integer> bare, int fieldTwo) {
        if (bare.isEmpty()) {
            return null;
        }
        List<String> blanked = new ArrayList<>(lines);
        for (int i : bare) {
            blanked.set(i, "");
        }
        List<String> cut = SeparatedColumns.of(blanked, fieldTwo);
        if (cut == blanked && fieldTwo > 0) {
            cut = AlignedColumns.of(blanked, fieldTwo); // column -t -E 1: two spaces between the fields
        }
        if (cut == blanked) {
            return null;
        }
        List<String> out = new ArrayList<>(cut);
        for (int i : bare) {
            String rest = cut.get(i + 1).isBlank() ? "" : cut.get(i + 1); // an empty rest of spaces alone
            if (!rest.isEmpty() && rest.charAt(0) != '\t') {
                return null;
            }
            out.set(i, lines.get(i).strip() + rest);
            out.set(i + 1, "");
        }
        return out;
    }

    /**
     * Whether {@code next} can be the rest of a row whose first field {@code bare} printed alone: it holds the separator,
     * and before it only spaces, fewer display columns than the bare field takes.
     */
    private static boolean restOf(String bare, String next, int separator) {
        int at = next.indexOf(Character.toString(separator));
        if (at <= 0 || !next.substring(0, at).isBlank()) {
            return false;
        }
        int width = bare.strip().codePoints().map(ExpandedTabs.Counting.DISPLAY::width).sum();
        return at <= width;
    }

    /** The characters a separator may show (ASCII punctuation, the full-width bar), the most frequent first. */
    private static List<Integer> candidates(List<String> lines) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String line : lines) {
            line.codePoints().filter(c -> c > ' ' && c <= '~' && !Character.isLetterOrDigit(c) || c == '\uFF5C')
                    .forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TRIED_SEPARATORS).map(Map.Entry::getKey).toList();
    }
}
