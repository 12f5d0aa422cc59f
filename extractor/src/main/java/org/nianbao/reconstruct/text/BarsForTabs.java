package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * both ends or at neither. The copy is taken after {@link SeparatedColumns}: {@code column -o ' | '}'s output, padded,
 * has tabs by then and is left alone.
 *
 * <p>A bare {@code |} ({@code tr '\t' '|'}) is taken only where no line opens with {@code "| "}: Python html2text's
 * Markdown without outer pipes starts and ends its paragraph cells' lines with a bar as a copy does, but writes every
 * bar but a line's last as {@code "| "} before the next cell; a copy's bar stands right before its cell's text (red
 * team rtj, {@code chromium-innertext-rtj-tr-bare-bar-rejected-confirm-2021.txt}: read as a pipe table,
 * 5.要求行政机关确认's 8 was read under 社会公益组织 and its 总计 blank, 2 cells with no finding). A spaced copy whose lines
 * were then trimmed at both ends (an editor's "trim whitespace") opens its lines with {@code "| "} too: such a start
 * counts as the separator's where no line ends with a bar touching the text before it (html2text's
 * {@code 信息内容|}); a copy's every bar had a space on each side (rtj's
 * {@code chromium-innertext-rtj-sed-bar-trimmed-lines-penalty-2019.txt}: no line counted, 行政处罚's 11 was read
 * under 上一年项目数量, 2 cells). A Markdown delimiter row a person added to the copy is told by {@link #addedDelimiterRows}.
 */
public final class BarsForTabs {

    /** Lines starting with the bar but not ending with one, at least, and as many the other way round. */
    static final int OPEN_ENDS = 5;

    /** The separators a copy's tabs were replaced by, the spaced ones first (each holds the bar alone). */
    private static final List<String> SEPARATORS = List.of(" | ", " \uFF5C ", "\uFF5C", "|");
    /** The bare ASCII bar, which html2text's Markdown writes too. */
    private static final String BARE = "|";
    /** A line ending with a bar written right after its text ({@code 信息内容|}): no spaced copy's line does. */
    private static final Pattern BAR_AGAINST_TEXT = Pattern.compile("\\S[|\uFF5C]\\s*+$");
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
        return separator(lines).map(separator -> {
            boolean trimmed = trimmedStarts(lines, separator);
            List<String> out = new ArrayList<>(lines.size());
            for (String line : lines) {
                out.add(tabbed(line, separator, trimmed));
            }
            return out;
        }).orElse(lines);
    }

    /**
     * The indexes of the Markdown delimiter rows a person added to such a copy so that a table renders ({@code --- |
     * --- | ---} under its first bar line), to be left out before it is read: rows written with the copy's spaced
     * separator and no outer bar, in a text that is a copy once they are gone. With them the whole copy was declined
     * and read as a pipe table, 行政处罚's 11 under 上一年项目数量 (red team rtj,
     * {@code chromium-innertext-rtj-sed-bar-markdown-delimiter-penalty-2019.txt}, 2 cells with no finding). A delimiter
     * row of any other form (html2text's {@code ---|---}, a framed {@code | --- | --- |}) leaves the text as it
     * stands: it is a Markdown table's. None when the text holds no delimiter row.
     */
    public static Set<Integer> addedDelimiterRows(List<String> lines) {
        Set<Integer> rows = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (DELIMITER_ROW.matcher(lines.get(i)).matches()) {
                rows.add(i);
            }
        }
        if (rows.isEmpty() || lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return Set.of();
        }
        List<String> rest = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!rows.contains(i)) {
                rest.add(lines.get(i));
            }
        }
        Optional<String> separator = separator(rest);
        if (separator.isEmpty() || separator.get().equals(separator.get().strip())) {
            return Set.of();
        }
        String sep = separator.get();
        boolean copysOwn = rows.stream().map(lines::get).allMatch(l -> l.contains(sep)
                && !l.strip().startsWith(sep.strip()) && !l.strip().endsWith(sep.strip()));
        return copysOwn ? Set.copyOf(rows) : Set.of();
    }

    /** The separator the text's tabs were replaced by, if it is such a copy. */
    private static Optional<String> separator(List<String> lines) {
        for (String separator : SEPARATORS) {
            if (separator.equals(BARE) && lines.stream().anyMatch(l -> l.startsWith(BARE + " "))) {
                continue;
            }
            boolean trimmed = trimmedStarts(lines, separator);
            if (openEnds(lines, separator, trimmed, true) >= OPEN_ENDS
                    && openEnds(lines, separator, trimmed, false) >= OPEN_ENDS) {
                return Optional.of(separator);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line opening with the spaced separator's leading space gone ({@code "| "}) opens with the separator:
     * a copy trimmed at both ends, told from html2text's Markdown (which opens lines so too) by no line ending with
     * a bar right after its text.
     */
    private static boolean trimmedStarts(List<String> lines, String separator) {
        return !separator.equals(separator.stripLeading())
                && lines.stream().noneMatch(l -> BAR_AGAINST_TEXT.matcher(l).find());
    }

    /**
     * Lines that start with the separator and do not end with it ({@code leading}), or end with it and do not start
     * with it. A line's end is read with its trailing spaces gone, so that a copy an editor trimmed on saving ({@code
     * 规章 | 16 |}) counts too; its start with its leading spaces gone where {@code trimmed}.
     */
    private static long openEnds(List<String> lines, String separator, boolean trimmed, boolean leading) {
        return lines.stream().filter(l -> startsWith(l, separator, trimmed) != endsWith(l, separator)
                && startsWith(l, separator, trimmed) == leading).count();
    }

    private static boolean startsWith(String line, String separator, boolean trimmed) {
        return line.startsWith(separator) || trimmed && line.startsWith(separator.stripLeading());
    }

    private static boolean endsWith(String line, String separator) {
        return line.stripTrailing().endsWith(separator.stripTrailing());
    }

    /**
     * The line with each separator a tab, one its trailing spaces were trimmed from at its end, and where
     * {@code trimmedStarts} one its leading spaces were trimmed from at its start ({@code "|"} alone was a lone tab).
     */
    private static String tabbed(String line, String separator, boolean trimmedStarts) {
        String out = line;
        String bar = separator.strip();
        String head = "";
        if (trimmedStarts && !line.startsWith(separator) && (line.startsWith(separator.stripLeading()) || line.equals(bar))) {
            head = "\t";
            out = line.substring(Math.min(line.length(), separator.stripLeading().length()));
            if (line.equals(bar)) {
                out = "";
            }
        }
        out = out.replace(separator, "\t");
        String trimmed = separator.stripTrailing();
        if (!trimmed.equals(separator) && out.endsWith(trimmed)) {
            out = out.substring(0, out.length() - trimmed.length()) + "\t";
        }
        return head + out;
    }
}
