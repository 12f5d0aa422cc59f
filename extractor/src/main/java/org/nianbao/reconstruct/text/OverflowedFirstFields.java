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
 * have without {@code -E}. Separator characters are tried in the order of how often the text holds them, a few at most.
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
            List<String> joined = joined(lines, separator);
            if (joined != null) {
                return joined;
            }
        }
        return lines;
    }

    /** The text joined at bare lines without {@code separator}; null where it is not {@code column -E} output. */
    private static List<String> joined(List<String> lines, int separator) {
        List<String> blanked = new ArrayList<>(lines);
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
            blanked.set(i, "");
        }
        if (bare.isEmpty()) {
            return null;
        }
        List<String> cut = SeparatedColumns.of(blanked);
        if (cut == blanked) {
            return null;
        }
        List<String> out = new ArrayList<>(cut);
        for (int i : bare) {
            String rest = cut.get(i + 1);
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
