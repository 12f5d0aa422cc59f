package org.nianbao.reconstruct.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's tab-separated copy of a page ({@code innerText}) whose every tab was written as two spaces
 * ({@code sed 's/\t/  /g'}, an editor's "tabs to spaces" at a fixed width, {@code l.replace('\t', '  ')}), often
 * stripped after ({@code .strip()}). Unlike {@link ExpandedTabs}' copies the runs end on no stop, so they were read as
 * laid-out columns, a blank cell ({@code \t\t}, four spaces) no wider than a narrow gap, and table 三's pieces placed by
 * order: 2.没有现成信息需要另行制作's {@code 9} / {@code 11} read as 商业企业 and 法律服务机构 with the row's sum holding
 * (seed 7272's {@code 0009-2021}, 9 cells with no finding in 24 such copies; the red-team text
 * {@code chromium-innertext-expandtabs8-strip-denied-query-shifted-2021.txt} says this copy gives its row's 3 too).
 *
 * <p>Taken for such a copy only where the text has no tab, at least {@link ExpandedTabs#MIN_RUNS} runs of two or more
 * spaces, every one of them an even number of spaces long, starting at {@link ExpandedTabs#MIN_STARTS} characters or
 * more (runs ending a line are not counted: Markdown ends a line in two spaces for a hard break): a tool that lays
 * columns out pads each cell to its column, leaving runs of every length, and draws them from a few fixed columns.
 *
 * <p>A tab is as many spaces as the runs' greatest common divisor: two, or four where every tab was written as four
 * ({@code sed 's/\t/    /g'}; read as two, each blank cell became two and 2、重复申请 was read shifted with its sum
 * holding: red team rtz, {@code chromium-innertext-sed-tab-four-spaces-shifted-2021.txt}, 5 cells). A copy's
 * adjacent filled cells, one tab apart, give runs of one tab's width, so the divisor is the tab's. Each run of
 * {@code k} tabs' spaces becomes {@code k} tabs; a single space stays a space.
 *
 * <p>The divisor is taken over the runs before a figure (or a blank cell's next run) only, not over those before a
 * label: offices indent sub-labels with full-width spaces or {@code &nbsp;} ({@code 　　1.属于国家秘密}), which a clean-up
 * normalising the text to half-width turns into spaces, so a run before such a label is its tabs and its indent (six
 * spaces for a four-space tab and two of indent); counted, the divisor became two, every tab was read twice and the
 * blank cells doubled, the rows shifted with their sums holding (red team rta,
 * {@code chromium-innertext-rta-ideographic-indent-nfkc-sed4-nil-cells-mixed.txt}, 18 cells). A run before a label is
 * as many tabs as whole tabs fit in it; the indent left over is dropped with it. Nor over the runs that begin a line:
 * a page that indents every row's first cell indents the figure that opens table 四's value row too ({@code 　　3}),
 * whose two spaces made the divisor two again, table 三's rows shifted with their sums holding (red team rta,
 * {@code chromium-innertext-rta-row-labels-indented-nfkc-sed4-nil-cells-mixed.txt}, 18 cells); a run that begins a
 * line is as many tabs as whole tabs fit in it, as one before a label. For the same reason a run before a label or
 * opening a line may be of odd length (tabs and a one-space indent, {@code 　1.属于国家秘密} normalised), where the
 * text has {@link ExpandedTabs#MIN_RUNS} runs before figures or more, all even: counted, such a run made the text no
 * such copy at all, read as laid out with 结转下年度继续办理's 0 and blank trading places (red team rta's probes,
 * {@code nfkc-sed4-ideo1}, {@code nfkc-sed2-ideo1}: 2 cells each).
 */
public final class SpacedTabs {

    private static final Pattern RUN = Pattern.compile(" {2,}");

    private SpacedTabs() {
    }

    /** The lines with their tabs back; the lines themselves when they are not such a copy. */
    public static List<String> of(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.indexOf('\t') >= 0)) {
            return lines;
        }
        long runs = 0;
        long beforeFigures = 0;
        boolean oddIndent = false; // a run before a label or opening a line of an odd length: tabs and a one-space indent
        int width = 0; // the spaces a tab was written as: the greatest common divisor of the runs before figures
        int withLabels = 0; // the same over every even run, for a copy whose runs all stand before labels
        Set<Integer> starts = new HashSet<>();
        for (String line : lines) {
            Matcher m = RUN.matcher(line);
            while (m.find()) {
                if (m.end() == line.length()) {
                    // spaces ending a line prove no cell after them (Markdown's hard break is two)
                    continue;
                }
                int length = m.end() - m.start();
                boolean indented = m.start() == 0 || LabelAhead.at(line, m.end());
                if (length % 2 != 0) {
                    if (!indented) {
                        return lines;
                    }
                    oddIndent = true;
                } else {
                    withLabels = gcd(withLabels, length);
                }
                if (!indented) {
                    width = gcd(width, length);
                    beforeFigures++;
                }
                runs++;
                starts.add(m.start());
            }
        }
        if (runs < ExpandedTabs.MIN_RUNS || starts.size() < ExpandedTabs.MIN_STARTS
                || oddIndent && beforeFigures < ExpandedTabs.MIN_RUNS) {
            // an odd run is let through before a label only where enough runs before figures are even
            return lines;
        }
        int tab = width > 0 ? width : withLabels;
        if (tab == 0) {
            return lines;
        }
        return lines.stream().map(l -> RUN.matcher(l).replaceAll(r -> {
            int tabs = r.group().length() / tab;
            // an indent narrower than a tab before a label: no cell, a space between words where the line goes on
            return tabs > 0 ? "\t".repeat(tabs) : r.start() == 0 ? "" : " ";
        })).toList();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
