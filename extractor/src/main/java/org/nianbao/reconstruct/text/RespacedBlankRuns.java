package org.nianbao.reconstruct.text;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Laid-out text whose blank runs were tabified at one width and expanded at a wider one: an editor that
 * turns runs of blanks into tabs at a tab width of N ({@code unexpand -a -t N}, vim {@code ts=N noet :retab!},
 * Notepad++ "Space to TAB (All)"), the file later opened where tabs are M wide and saved with spaces
 * ({@code expand -t M}). No tab is left, and each run that held a tab is widened by its own amount, so a
 * row's figures stand under other header pieces with every row sum holding (red team 23b: 135 silent
 * cells). Header positions cannot tell it (their pieces move between lines as printed); the runs can.
 *
 * <p>Both tools count columns in bytes (a CJK character is three) and every line restarts at column 0, so
 * the change is a function of each line: a run of one blank stays one; a longer run becomes a tab for
 * every stop of N it reaches and spaces after the last; each tab then widens to the next stop of M. When
 * M is wider than N the runs it gives are a sparse set (after k tabs, the next stop of M plus fewer than N
 * blanks), so a text where every line's every run is one such output for one width pair, and enough runs
 * would have missed that set by chance, was re-spaced. A text as printed fits no pair once it has a few
 * dozen long runs: the chance that it fits is weighed run by run and must be below e^-{@value #EVIDENCE}.
 * A narrower M (expand -t 2 after -t 4) reaches almost every run length and is not told; nor is text
 * without {@code pdftotext}'s form feeds ({@code -nopgbrk}), whose cell padding other tools' texts share.
 */
public final class RespacedBlankRuns {

    /** Tab widths tried, both for the tabifying and the expanding: editors offer 2 to 8. */
    private static final int MIN_WIDTH = 2;
    private static final int MAX_WIDTH = 8;
    /**
     * The weight of evidence (natural log of 1 / the chance that text as printed fits by accident) a width
     * pair needs: the re-spaced red-team texts weigh 58–101, the laid-out texts as printed that fit a pair
     * at all (a {@code par}-refilled text with few long runs) about 3.
     */
    private static final double EVIDENCE = 20.0;

    private RespacedBlankRuns() {
    }

    /** Table 三's title, where the lines read without columns start. */
    private static final Pattern REQUESTS = Pattern.compile("收到和处理(政府)?信息公开申请");
    /** Table 四's title, where they end. */
    private static final Pattern APPEALS = Pattern.compile("行政复议[、和]?行政诉讼");

    /**
     * The indexes of the lines of {@code lines} to read without columns when the whole text is one
     * re-spacing's output: table 三's, from its title to table 四's (the whole text when they are not
     * found); none otherwise. Only table 三 is so read: its rows print as many figures as columns (a row of
     * seven cells has one reading), while tables 二 and 四 print short rows whose columns only positions
     * tell, and read without them a figure a crop cut lost its `cells-missing` (siblings: 4 new silent
     * cells when every page was read without columns).
     */
    public static Set<Integer> linesOf(List<String> lines) {
        if (!respaced(lines)) {
            return Set.of();
        }
        int from = 0;
        int to = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (REQUESTS.matcher(lines.get(i)).find()) {
                from = i;
                break;
            }
        }
        for (int i = from + 1; i < lines.size(); i++) {
            if (APPEALS.matcher(lines.get(i)).find()) {
                to = i;
                break;
            }
        }
        Set<Integer> out = new HashSet<>();
        IntStream.range(from, to).forEach(out::add);
        return out;
    }

    /** Whether the whole text is one re-spacing's output. */
    static boolean respaced(List<String> lines) {
        // pdftotext's pages only: lynx and html2text pad their cells to runs so regular that some width
        // pairs fit them whole (a lynx text weighs 98 for tabs of 2 expanded at 3)
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)) {
            return false;
        }
        List<int[]> runs = lines.stream().map(RespacedBlankRuns::shape).toList();
        for (int n = MIN_WIDTH; n <= MAX_WIDTH; n++) {
            for (int m = n + 1; m <= MAX_WIDTH; m++) {
                if (evidence(runs, n, m) >= EVIDENCE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A line as alternating byte counts: the bytes before the first blank run, then each run's blanks and
     * the bytes after it; trailing blanks dropped (any run fits there).
     */
    private static int[] shape(String line) {
        String text = line.stripTrailing();
        int[] out = new int[text.length() + 1];
        int size = 0;
        int i = 0;
        int bytes = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                out[size++] = bytes;
                int j = i;
                while (j < text.length() && text.charAt(j) == ' ') {
                    j++;
                }
                out[size++] = j - i;
                bytes = 0;
                i = j;
            } else {
                int cp = text.codePointAt(i);
                bytes += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                i += Character.charCount(cp);
            }
        }
        out[size++] = bytes;
        return java.util.Arrays.copyOf(out, size);
    }

    /**
     * The weight of evidence that the lines are output of tabifying at {@code n} and expanding at {@code m}:
     * negative when a line could not be; else the sum, over runs of two or more blanks, of how unlikely a run
     * length around it is to be such an output.
     */
    private static double evidence(List<int[]> lines, int n, int m) {
        double sum = 0;
        for (int[] line : lines) {
            Set<Integer> original = Set.of(line[0]);
            int printed = line[0];
            for (int k = 1; k + 1 < line.length; k += 2) {
                int blanks = line[k];
                Map<Integer, Set<Integer>> reach = reach(original, printed, blanks, n, m);
                Set<Integer> fits = reach.get(blanks);
                if (fits == null) {
                    return -1;
                }
                if (blanks >= 2) {
                    int from = Math.max(2, blanks - m);
                    int to = blanks + m;
                    long hit = IntStream.rangeClosed(from, to).filter(reach::containsKey).count();
                    sum += Math.log((double) (to - from + 1) / hit);
                }
                int after = line[k + 1];
                Set<Integer> next = new HashSet<>();
                fits.forEach(o -> next.add(o + after));
                original = next;
                printed += blanks + after;
            }
        }
        return sum;
    }

    /**
     * For a run starting at any of the {@code original} byte columns and at {@code printed} in the output,
     * each output length it could have (up to {@code blanks + m}) with the original columns it would end at.
     */
    private static Map<Integer, Set<Integer>> reach(Set<Integer> original, int printed, int blanks, int n, int m) {
        Map<Integer, Set<Integer>> reach = new HashMap<>();
        int longest = (blanks + m) * n + n;
        for (int start : original) {
            for (int run = 1; run <= longest; run++) {
                int out = printedLength(start, printed, run, n, m);
                if (out <= blanks + m) {
                    reach.computeIfAbsent(out, k -> new HashSet<>()).add(start + run);
                }
            }
        }
        return reach;
    }

    /**
     * How many blanks a run of {@code run} blanks at byte column {@code start} becomes through
     * {@code unexpand -a -t n} and then {@code expand -t m}, the run standing at {@code printed} in the output:
     * one blank stays one; a longer run is a tab for each stop of n it reaches, then blanks; each tab reaches
     * the next stop of m.
     */
    static int printedLength(int start, int printed, int run, int n, int m) {
        int firstStop = (start / n + 1) * n;
        if (run == 1 || firstStop > start + run) {
            return run;
        }
        int tabs = (start + run - firstStop) / n + 1;
        int lastStop = firstStop + (tabs - 1) * n;
        int tabsEnd = (printed / m + 1) * m + (tabs - 1) * m;
        return tabsEnd - printed + (start + run - lastStop);
    }
}
