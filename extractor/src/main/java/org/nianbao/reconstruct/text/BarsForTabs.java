package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A browser's copy of a page ({@code innerText}) whose every tab was replaced by a bar with no padding, the way a
 * table is pasted into a chat, a wiki or a web form that drops tabs: {@code sed 's/\t/ | /g'} or an editor's
 * find-and-replace, or {@code tr}/an input method's full-width {@code ｜}. Nothing lines the bars up, so
 * {@link SeparatedColumns} (rightly) does not take the text; read as it stood, the bars were taken for a pipe table's
 * cell borders counted line by line, and a row's pieces on lines apart (a cell's paragraph printed between empty
 * lines) were placed by bars counted per line (red team rte: {@code chromium-innertext-sed-tabs-to-bars-2019.txt}, table
 * 四's 0s read blank and 1s read 0 with the group sums holding, 4 cells; {@code ｜}: 行政处罚's figures read apart from
 * their label and its 处理决定数量 taken from the next row, 1 cell; no finding). Each bar is given back the tab it
 * replaced, line for line, so the text read on is the copy itself.
 *
 * <p>Taken only where nothing else explains it: the text holds no tab, no line is a Markdown table's delimiter row
 * ({@code ---|---}), and at least {@link #OPEN_ENDS} lines start with the bar but do not end with one and as many end
 * with it but do not start with one. A copy does both on every page: a line starts with a tab after a cell's paragraph
 * and under a spanned header cell, and ends with one before a paragraph cell (14–29 and 17–29 lines of each in the 80
 * copies of red teams col and rte). A pipe table (Markdown, w3m, a report's own text table) frames a row with bars at
 * both ends or at neither. Only the spaced ASCII bar {@code " | "} and the full-width bar (alone or spaced) are
 * taken: a bare {@code |} is also html2text's Markdown table without outer pipes, whose rows of paragraph cells start
 * and end with {@code |} as a copy's do, and that text has readers of its own. The copy is taken after
 * {@link SeparatedColumns}: {@code column -o ' | '}'s output, padded, has tabs by then and is left alone.
 */
public final class BarsForTabs {

    /** Lines starting with the bar but not ending with one, at least, and as many the other way round. */
    static final int OPEN_ENDS = 5;

    /** The separators a copy's tabs were replaced by, the spaced ones first (each holds the bar alone). */
    private static final List<String> SEPARATORS = List.of(" | ", " \uFF5C ", "\uFF5C");
    /** A Markdown table's delimiter row: dashes (colons for alignment) between bars. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*+\\|?\\s*+:?-{3,}+:?\\s*+(?:\\|\\s*+:?-{3,}+:?\\s*+)++\\|?\\s*+$");

    private BarsForTabs() {
    }

    /** The lines with each bar given back as a tab; the lines themselves when they are no such copy. */
    public static List<String> of(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)
                || lines.stream().anyMatch(l -> DELIMITER_ROW.matcher(l).matches())) {
            return lines;
        }
        for (String separator : SEPARATORS) {
            if (openEnds(lines, separator, true) >= OPEN_ENDS && openEnds(lines, separator, false) >= OPEN_ENDS) {
                List<String> out = new ArrayList<>(lines.size());
                for (String line : lines) {
                    out.add(tabbed(line, separator));
                }
                return out;
            }
        }
        return lines;
    }

    /**
     * Lines that start with the separator and do not end with it ({@code leading}), or end with it and do not start
     * with it. A line's end is read with its trailing spaces gone, so that a copy an editor trimmed on saving ({@code
     * 规章 | 16 |}) counts too.
     */
    private static long openEnds(List<String> lines, String separator, boolean leading) {
        return lines.stream().filter(l -> startsWith(l, separator) != endsWith(l, separator)
                && startsWith(l, separator) == leading).count();
    }

    private static boolean startsWith(String line, String separator) {
        return line.startsWith(separator);
    }

    private static boolean endsWith(String line, String separator) {
        return line.stripTrailing().endsWith(separator.stripTrailing());
    }

    /** The line with each separator a tab, and one its trailing spaces were trimmed from at its end. */
    private static String tabbed(String line, String separator) {
        String out = line.replace(separator, "\t");
        String trimmed = separator.stripTrailing();
        if (!trimmed.equals(separator) && out.endsWith(trimmed)) {
            out = out.substring(0, out.length() - trimmed.length()) + "\t";
        }
        return out;
    }
}
