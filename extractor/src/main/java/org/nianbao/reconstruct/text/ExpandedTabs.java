package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser's tab-separated copy of a page ({@code innerText}) whose tabs a tool turned into spaces: GNU
 * {@code expand -t N} (counting bytes, a CJK character three), Python's {@code str.expandtabs(N)} (counting
 * characters), an editor counting display columns (a CJK character two), or GNU {@code pr -e N} (counting printable
 * ASCII only, a CJK character none). With no tab left, a row cut into
 * pieces by its cells' paragraphs can no longer be joined at its tabs ({@link CellParagraphs}) and a piece's
 * figure was read under a neighbour's column, the sums holding (red team 23b: table 三 2.重复申请's 5 read as
 * 科研机构's; 24 siblings at {@code -t 8} and {@code -t 4}: 17–19 silent cells).
 *
 * <p>A tab becomes the spaces up to the next stop, so every run it left ends on a stop; {@code innerText}
 * writes no run of two spaces of its own. The text is taken as expanded when it has no tab, has at least
 * {@link #MIN_RUNS} runs of two or more spaces starting at {@link #MIN_STARTS} columns or more, and every such
 * run ends on a stop of one tab width and way of
 * counting — the widest that fits, since a text expanded at 8 also fits 4 and 2, and another way of
 * counting may fit a narrow stop by chance. Its runs are then turned
 * back into the tabs that made them: as many as there are stops the run crosses. A single space ending on a
 * stop is taken for a tab too (a 7-character label at {@code -t 8}; a space of prose that falls on a stop
 * becomes a tab as well, which splits a line of text, never a row of figures), except one spacing out a
 * label's characters ({@code 自 然 人}); where two ways of counting fit as wide and give different lines,
 * nothing is changed.
 *
 * <p>A run before a label ({@link LabelAhead}) or opening a line need not end on a stop where the text has
 * {@link #MIN_RUNS} runs before figures or more: a sub-label indented with a full-width space, normalised to a space
 * before the tabs were expanded ({@code NFKC} then {@code expandtabs(4)}), ends its run one space past the stop, and
 * counted it made the text no expanded copy at all: its rows, cut by their cells' paragraphs into lines apart, were
 * read as laid-out columns and 一、本年新收's 266 / 171 / 172 shifted one column with the row's sum holding (red team
 * rta, {@code chromium-innertext-rta-ideographic-indent-nfkc-expand4-mixed.txt}, 3 cells); a page indenting every
 * row's first cell opens lines with an indent before a figure too ({@code 　　3}, table 四's value row). A run before
 * a label must cross a stop or begin its line; it becomes a tab for each stop it crosses, the indent after the last
 * one dropped.
 */
public final class ExpandedTabs {

    /** Runs of two or more spaces, at least, before a text is taken as expanded: one line proves little. */
    static final int MIN_RUNS = 12;
    /**
     * Columns, at least, at which those runs start, in the way of counting that fits: a tool that draws fixed
     * columns (Debian html2text's {@code |         |(一)予以公开___|}, lynx's indents) starts every row's runs at
     * the same few columns, so a stop as narrow as 2 fits them all by the layout, not by chance (a committed
     * html2text page was read as expanded at 2 and 6 of its cells went unread); a tab's run starts wherever the
     * text before it ended. Expanded copies start runs at 19 or more columns, real tools' texts at 7 or fewer.
     */
    static final int MIN_STARTS = 10;
    /**
     * Characters that alone are a cell's count ({@code 无}, {@code 零}, a numeral), never a letter of a spaced-out
     * label: {@code 无 无} a tab apart are two cells and must not be joined into one.
     */
    private static final String COUNT_WORDS = "无零〇一二三四五六七八九十百千万两";
    /** A unit word a figure carries in its cell ({@code 77117.2 万元}), up to a space, a tab or the line's end. */
    private static final Pattern UNIT_AFTER = Pattern.compile("(百万元|千元|万元|亿元|元|件|条|个|项|次|份)(?=[ \\t]|$)");
    private static final int WIDEST = 8;
    private static final int NARROWEST = 2;

    /** How the tool that expanded the tabs counted a character's width. */
    enum Counting {
        /** Python's {@code expandtabs()}: one a character. */
        CHARACTERS,
        /** GNU {@code expand}: one a UTF-8 byte. */
        BYTES,
        /** Display columns: two a wide (CJK) character. */
        DISPLAY,
        /**
         * GNU {@code pr -e}: one a printable ASCII character, none any other. pr counts bytes and a byte it cannot
         * print takes no column, so a CJK character (three such bytes) takes none: {@code 件数\t} becomes {@code 件数}
         * and four spaces at {@code -e4}, {@code a件\t} {@code a件} and three. Read in display columns that copy fits
         * only a stop of 2 (a CJK character's two columns are even), so each tab's four spaces were taken for two
         * tabs and 规范性文件's 255,123 was read under 现行有效, a 0 and a blank trading places in table 三 (red
         * team rtj, {@code chromium-innertext-rtj-pr-t-e4-display-width-tabs-2021.txt}, 6 cells with no finding).
         */
        PRINTABLE_ASCII;

        int width(int codePoint) {
            return switch (this) {
                case CHARACTERS -> 1;
                case BYTES -> new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                case DISPLAY -> DisplayColumns.wide(codePoint) ? 2 : 1;
                case PRINTABLE_ASCII -> codePoint >= 0x20 && codePoint < 0x7F ? 1 : 0;
            };
        }
    }

    private ExpandedTabs() {
    }

    /** The lines with their tabs back; the lines themselves when they are not an expanded copy. */
    public static List<String> of(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0) || runs(lines) < MIN_RUNS) {
            return lines;
        }
        boolean indents = runsBeforeFigures(lines) >= MIN_RUNS;
        // the widest stop any way of counting fits: a text expanded at 8 fits 2 by chance in another counting
        int widest = 0;
        List<String> found = lines;
        boolean disagree = false;
        for (Counting counting : Counting.values()) {
            Optional<Integer> stop = widestStop(lines, counting, indents);
            if (stop.isEmpty() || stop.get() < widest || runStarts(lines, counting) < MIN_STARTS) {
                continue;
            }
            List<String> back = lines.stream().map(l -> tabbed(l, counting, stop.get())).toList();
            if (stop.get() == widest) {
                // two ways of counting fit as wide: where they give different lines, the tabs are not known
                disagree |= !found.equals(back);
                continue;
            }
            widest = stop.get();
            found = back;
            disagree = false;
        }
        return disagree ? lines : found;
    }

    private static long runs(List<String> lines) {
        return lines.stream().mapToLong(l -> l.split(" {2,}", -1).length - 1).sum();
    }

    /** Runs of two or more spaces within a line before no label: the runs whose ends prove the stops whatever the indents. */
    private static long runsBeforeFigures(List<String> lines) {
        return lines.stream().mapToLong(l -> blanks(l, Counting.CHARACTERS).stream()
                .filter(b -> b.length() >= 2 && b.from() > 0 && !LabelAhead.at(l, b.to())).count()).sum();
    }

    /**
     * Whether a run may end past a stop by an indent: it begins its line (an indent, after tabs or alone), or it
     * crosses a stop (the tab's) and a label follows.
     */
    private static boolean indented(String line, Blank b, int stop) {
        return b.length() >= 2 && (b.from() == 0 || LabelAhead.at(line, b.to()) && b.startColumn() / stop < b.endColumn() / stop);
    }

    /**
     * Whether the single space at {@code at} spaces out the characters of one label ({@code 自 然 人}, {@code 总 计}):
     * a Chinese character on each side (not a mark such as {@code －}, a blank cell of its own), each standing alone between spaces. At a stop of 4 counting bytes every such
     * space ends on a stop (a CJK character and a space are four bytes), and reading it as a tab cut table 三's
     * header labels into characters: no header label was found and every figure of the table was placed by
     * position under a warning (789 right cells flagged in 24 {@code expand -t 4} copies). A one-character cell
     * beside a letter-spaced label is not a label of the forms.
     */
    private static boolean letterSpaced(String line, int at) {
        return alone(line, at - 1, -1) && alone(line, at + 1, 1);
    }

    /** A Chinese character (no count word) at {@code at} with a space, tab or the line's edge on its far side in {@code direction}. */
    private static boolean alone(String line, int at, int direction) {
        if (at < 0 || at >= line.length() || Character.UnicodeScript.of(line.charAt(at)) != Character.UnicodeScript.HAN
                || COUNT_WORDS.indexOf(line.charAt(at)) >= 0) {
            return false;
        }
        int far = at + direction;
        return far < 0 || far >= line.length() || line.charAt(far) == ' ' || line.charAt(far) == '\t';
    }

    /**
     * Whether the single space of {@code b} stands between a figure and the unit after it ({@code 77117.2 万元}): the
     * cell's own space, which {@code innerText} keeps, never a tab. A 7-character amount at {@code expandtabs(8)} ends
     * that space on a stop, and taken for a tab it cut the unit off as a cell of its own: the line was then no value
     * line, and table 二's procurement row lost its amount while its count was read as the amount (helper trim's
     * {@code expandtabs(8).strip()} copy, 2 cells with no finding).
     */
    private static boolean unitAfter(String line, Blank b) {
        return b.from() > 0 && Character.isDigit(line.charAt(b.from() - 1))
                && UNIT_AFTER.matcher(line).region(b.to(), line.length()).lookingAt();
    }

    /** A run of spaces: its characters {@code [from, to)} in the line, and the columns it starts and ends at. */
    private record Blank(int from, int to, int startColumn, int endColumn) {
        int length() {
            return to - from;
        }
    }

    /** The line's runs of spaces, in order, their columns counted the given way. */
    private static List<Blank> blanks(String line, Counting counting) {
        List<Blank> blanks = new ArrayList<>();
        int col = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (cp == ' ') {
                int j = i;
                while (j < line.length() && line.charAt(j) == ' ') {
                    j++;
                }
                blanks.add(new Blank(i, j, col, col + j - i));
                col += j - i;
                i = j;
                continue;
            }
            col += counting.width(cp);
            i += Character.charCount(cp);
        }
        return blanks;
    }

    private static long runStarts(List<String> lines, Counting counting) {
        return lines.stream().flatMap(l -> blanks(l, counting).stream()).filter(b -> b.length() >= 2)
                .map(Blank::startColumn).distinct().count();
    }

    /** @param indents whether a run may end past a stop by an indent ({@link #indented}) */
    private static Optional<Integer> widestStop(List<String> lines, Counting counting, boolean indents) {
        for (int n = WIDEST; n >= NARROWEST; n--) {
            int stop = n;
            if (lines.stream().allMatch(l -> runsEndOnStops(l, counting, stop, indents))) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static boolean runsEndOnStops(String line, Counting counting, int stop, boolean indents) {
        return blanks(line, counting).stream().allMatch(b -> b.length() < 2 || b.endColumn() % stop == 0
                || indents && indented(line, b, stop));
    }

    private static String tabbed(String line, Counting counting, int stop) {
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        for (Blank b : blanks(line, counting)) {
            out.append(line, at, b.from());
            if (b.endColumn() % stop == 0 && !(b.length() == 1 && (letterSpaced(line, b.from()) || unitAfter(line, b)))) {
                out.append("\t".repeat(b.endColumn() / stop - b.startColumn() / stop));
            } else if (indented(line, b, stop)) {
                // only where widestStop let it through: the tabs are the stops crossed, the indent after them no cell
                out.append("\t".repeat(b.endColumn() / stop - b.startColumn() / stop));
            } else {
                out.append(line, b.from(), b.to());
            }
            at = b.to();
        }
        return out.append(line, at, line.length()).toString();
    }
}
