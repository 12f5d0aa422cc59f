package org.nianbao.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextSpan;

/**
 * A header of laid-out text read back from its fragments by the character columns they stand in.
 * A browser prints a header cell narrower than its label a few characters a line ({@code 自} /
 * {@code 然} / {@code 人}, {@code 社会} / {@code 公益} / {@code 组织}) or letter-spaced ({@code 商 业}
 * over {@code 企 业}), and {@code pdftotext -layout} runs the fragments of neighbouring cells
 * together on one line with single spaces ({@code 人 商业 科研 社会公 法律服 其}) or onto the end of
 * the stub's note ({@code …第一项加第二项之 自}).
 *
 * <p>Every word of the header lines (the lines above the first value) is a fragment at its
 * columns. The fragments that could be part of a column label, ordered by where they start, are
 * cut into consecutive stacks; a stack is read top to bottom, left to right on a line, and must be
 * laid out as one cell: its lines start within a column of each other, its words on a line one
 * space apart. The header is taken only when exactly one cut makes every stack exactly one of the
 * form's column labels (normalising removes nothing: every character is accounted for), in the
 * form's order (table 四: once in each of its three groups) or, when the whole header is there and
 * its stacks alternate line by line, in the order printed, all on one page, with no other text
 * among the columns (group labels such as 法人或其他组织 or 行政复议 aside). The labels then stand
 * left to right on the line of the leftmost, each at the columns of its fragments, so a reading
 * that trusts the order of labels on a line (table 四's) gets the order the page shows. Otherwise
 * the rows are returned as they were, and the header is read as before ({@link HeaderFragments}),
 * its columns assumed where it cannot be.
 */
final class StackedHeader {

    /** The most fragments one label is printed in (its characters one a line). */
    private static final int MAX_FRAGMENTS = 6;
    /** How many character columns apart the lines of one header cell may start (pdftotext's rounding). */
    private static final int DRIFT = 1;

    private StackedHeader() {
    }

    /** A word of a header line: the cell it is part of, its line, page and columns. */
    private record Word(int row, int cell, int line, int page, int start, int end, String text) {
    }

    /** A stack read as a label: its fragments and the label's text. */
    private record Stack(List<Word> words, String text) {
        Word top() {
            return words.stream().min(Comparator.comparingInt(Word::line).thenComparingInt(Word::start)).orElseThrow();
        }

        TextSpan span() {
            return new TextSpan(words.get(0).page(), words.stream().mapToInt(Word::start).min().orElseThrow(),
                    words.stream().mapToInt(Word::end).max().orElseThrow());
        }
    }

    /**
     * The section's rows with the header's fragments replaced by the labels they make (left to
     * right where the leftmost one's first fragment stood, each at the columns of all its
     * fragments), or the rows as they were.
     *
     * @param labels the labels the header prints: its columns and its groups
     * @param columns the ids of the columns, in the form's order
     * @param groups how many times the header prints each column (table 四: once under each of its three groups)
     */
    static List<SourceRow> read(List<SourceRow> section, ValueParser parser, LabelMatcher labels,
                                List<String> columns, int groups) {
        return stack(section, parser, labels, columns, groups).orElse(section);
    }

    /**
     * The section's rows with the header read by column, as {@link #read}, or empty when it is not:
     * a reader that gets them knows every label's place was read from the page's columns, any order
     * other than the form's proven by stacks tied line by line ({@link #interleaved}).
     */
    static Optional<List<SourceRow>> stack(List<SourceRow> section, ValueParser parser, LabelMatcher labels,
                                           List<String> columns, int groups) {
        int end = 0;
        while (end < section.size() && section.get(end).cells().stream()
                .noneMatch(c -> !c.spanned() && !c.isBlank() && parser.isValue(c.text()))) {
            end++;
        }
        List<Word> words = words(section.subList(0, end));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<Word> fragments = new ArrayList<>();
        List<Word> other = new ArrayList<>();
        for (Word w : words) {
            boolean groupLabel = labels.match(w.text()).filter(m -> m.exact() && !columns.contains(m.id())).isPresent();
            if (labels.inside(w.text(), columns) && !groupLabel) {
                fragments.add(w);
            } else if (!groupLabel) {
                other.add(w);
            }
        }
        if (fragments.isEmpty() || fragments.stream().map(Word::page).distinct().count() != 1 || fragments.get(0).page() < 0) {
            return Optional.empty();
        }
        int page = fragments.get(0).page();
        int from = fragments.stream().mapToInt(Word::start).min().orElseThrow();
        int top = fragments.stream().mapToInt(Word::line).min().orElseThrow();
        int bottom = fragments.stream().mapToInt(Word::line).max().orElseThrow();
        if (other.stream().anyMatch(w -> (w.page() == page || w.page() < 0) && w.start() >= from
                && w.line() >= top && w.line() <= bottom)) {
            return Optional.empty(); // text among the columns that is no label: the header is not all fragments
        }
        fragments.sort(Comparator.comparingInt(Word::start).thenComparingInt(Word::line));
        Optional<List<Stack>> stacks = cut(fragments, labels, columns, groups);
        if (stacks.isEmpty()) {
            return Optional.empty();
        }
        List<SourceRow> out = new ArrayList<>(rebuild(section.subList(0, end), words, stacks.get()));
        out.addAll(section.subList(end, section.size()));
        return Optional.of(out);
    }

    /**
     * The one cut of the fragments (ordered by where they start) into consecutive stacks that are
     * each a column label, their columns apart, in the form's order (table 四: once in each group);
     * empty when there is none or more than one. pdftotext places the lines of a header by blocks,
     * and lines that share no fragment (自然人 and 总计 over two lines, the organisations below them)
     * may stand a few columns off each other: 总 at column 40 left of 其 at 42 in a header whose
     * 总计 is last. Such a shift can change the order without breaking a label, so another order
     * than the form's is taken from the columns only when every label is there once (per group)
     * and no stack stands on lines apart from the others ({@link #interleaved}); otherwise the
     * header is left to the readers that flag what they cannot prove.
     */
    private static Optional<List<Stack>> cut(List<Word> fragments, LabelMatcher labels, List<String> columns,
                                             int groups) {
        int n = fragments.size();
        int[] ways = new int[n + 1]; // the cuts of the first k fragments, counted up to 2
        int[] from = new int[n + 1];
        Stack[] last = new Stack[n + 1];
        ways[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int i = Math.max(0, k - MAX_FRAGMENTS); i < k; i++) {
                if (ways[i] == 0) {
                    continue;
                }
                Optional<Stack> s = stack(fragments.subList(i, k), labels, columns);
                if (s.isPresent()) {
                    ways[k] = Math.min(2, ways[k] + ways[i]);
                    from[k] = i;
                    last[k] = s.get();
                }
            }
        }
        if (ways[n] != 1) {
            return Optional.empty();
        }
        List<Stack> stacks = new ArrayList<>();
        for (int k = n; k > 0; k = from[k]) {
            stacks.add(0, last[k]);
        }
        int passes = 1;
        int at = -1;
        for (int i = 0; i < stacks.size(); i++) {
            int index = columns.indexOf(labels.match(stacks.get(i).text()).orElseThrow().id());
            passes += index <= at ? 1 : 0;
            at = index;
            if (i > 0 && stacks.get(i - 1).span().end() > stacks.get(i).span().start()) {
                return Optional.empty(); // labels whose columns overlap
            }
        }
        return passes <= groups || permutation(stacks, labels, columns, groups) && interleaved(stacks)
                ? Optional.of(stacks) : Optional.empty();
    }

    /**
     * True when the stacks are the whole header in another order than the form's: each group's
     * columns once each, the groups one after another (table 四: five and five and five).
     */
    private static boolean permutation(List<Stack> stacks, LabelMatcher labels, List<String> columns, int groups) {
        if (stacks.size() != columns.size() * groups) {
            return false;
        }
        for (int g = 0; g < groups; g++) {
            Set<String> seen = new HashSet<>();
            for (Stack s : stacks.subList(g * columns.size(), (g + 1) * columns.size())) {
                seen.add(labels.match(s.text()).orElseThrow().id());
            }
            if (seen.size() != columns.size()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the columns may be trusted for an order other than the form's: every stack shares
     * a line with another, and no set of stacks linked by shared lines stands wholly above or below
     * another. pdftotext lays out a block of lines on columns of its own, so lines that share no
     * fragment may stand a few columns off each other (总 / 计 on lines of their own, above the
     * organisations, left of 其 / 他 although 总计 is last); fragments that alternate line by line with
     * the others' ({@code 法律} / {@code 服务} / {@code 机构} on the lines between {@code 其} / {@code 他})
     * were laid out with them.
     */
    private static boolean interleaved(List<Stack> stacks) {
        int n = stacks.size();
        int[] component = new int[n];
        for (int i = 0; i < n; i++) {
            component[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (shareALine(stacks.get(i), stacks.get(j))) {
                    int from = component[j];
                    int to = component[i];
                    for (int k = 0; k < n; k++) {
                        component[k] = component[k] == from ? to : component[k];
                    }
                }
            }
        }
        Map<Integer, int[]> lines = new TreeMap<>(); // component -> first and last line
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int[] range = lines.computeIfAbsent(component[i], k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            for (Word w : stacks.get(i).words()) {
                range[0] = Math.min(range[0], w.line());
                range[1] = Math.max(range[1], w.line());
            }
            sizes.merge(component[i], 1, Integer::sum);
        }
        if (sizes.values().stream().anyMatch(size -> size < 2)) {
            return false;
        }
        List<int[]> ranges = new ArrayList<>(lines.values());
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i)[1] < ranges.get(j)[0] || ranges.get(j)[1] < ranges.get(i)[0]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean shareALine(Stack a, Stack b) {
        return a.words().stream().anyMatch(w -> b.words().stream().anyMatch(v -> v.line() == w.line()));
    }

    /** The fragments as one header cell's label, when they are laid out as one cell and make one exactly. */
    private static Optional<Stack> stack(List<Word> words, LabelMatcher labels, Collection<String> columns) {
        Map<Integer, List<Word>> lines = new TreeMap<>();
        for (Word w : words) {
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        int left = -1;
        StringBuilder text = new StringBuilder();
        List<Word> ordered = new ArrayList<>();
        for (List<Word> line : lines.values()) {
            line.sort(Comparator.comparingInt(Word::start));
            if (left < 0) {
                left = line.get(0).start();
            } else if (Math.abs(line.get(0).start() - left) > DRIFT) {
                return Optional.empty();
            }
            for (int i = 0; i < line.size(); i++) {
                if (i > 0 && line.get(i).start() - line.get(i - 1).end() != 1) {
                    return Optional.empty(); // words of one cell stand one space apart (letter-spaced)
                }
                text.append(line.get(i).text());
                ordered.add(line.get(i));
            }
        }
        String label = text.toString();
        boolean whole = LabelText.normalize(label).length() == label.length();
        return whole && labels.match(label).filter(m -> m.exact() && columns.contains(m.id())).isPresent()
                ? Optional.of(new Stack(ordered, label)) : Optional.empty();
    }

    /**
     * The words of the header rows' cells. A cell with columns gives each word its own; a cell
     * without (a line of text that starts at the margin, the stub's note with a fragment one space
     * after it) is the line as printed, so a word's offset is its column, on the page of the
     * nearest cells with columns above and below it (no page when they differ). Empty when the
     * columns are display columns (a wide character counted twice), where offsets are not columns.
     */
    private static List<Word> words(List<SourceRow> rows) {
        TreeMap<Integer, Integer> pages = new TreeMap<>();
        for (SourceRow row : rows) {
            for (GridCell c : row.cells()) {
                if (c.span().isPresent() && c.where() instanceof Location.Line l && !c.isBlank()) {
                    TextSpan s = c.span().get();
                    if (s.end() - s.start() != c.text().length()) {
                        return List.of();
                    }
                    pages.merge(l.line(), s.page(), (a, b) -> a.equals(b) ? a : -1);
                }
            }
        }
        List<Word> words = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> cells = rows.get(r).cells();
            for (int k = 0; k < cells.size(); k++) {
                GridCell c = cells.get(k);
                if (c.spanned() || c.isBlank() || !(c.where() instanceof Location.Line l)
                        || c.text().indexOf('\n') >= 0 || c.text().indexOf('\t') >= 0) {
                    continue;
                }
                int page;
                int base;
                if (c.span().isPresent()) {
                    page = c.span().get().page();
                    base = c.span().get().start();
                } else {
                    Map.Entry<Integer, Integer> above = pages.floorEntry(l.line());
                    Map.Entry<Integer, Integer> below = pages.ceilingEntry(l.line());
                    page = above == null ? (below == null ? -1 : below.getValue())
                            : below == null || below.getValue().equals(above.getValue()) ? above.getValue() : -1;
                    base = 0;
                }
                for (LineWord w : LineWord.of(c.text())) {
                    words.add(new Word(r, k, l.line(), page, base + w.start(), base + w.end(), w.text()));
                }
            }
        }
        return words;
    }

    /**
     * The header rows with each cell that holds a fragment cut into its words: the fragments go,
     * the labels stand left to right where the leftmost one's first fragment stood (each at the
     * columns of its fragments), other words stay as cells of their own. Rows left with no cell
     * are dropped.
     */
    private static List<SourceRow> rebuild(List<SourceRow> rows, List<Word> words, List<Stack> stacks) {
        Word anchor = stacks.get(0).top();
        Set<Word> used = new HashSet<>();
        stacks.forEach(s -> used.addAll(s.words()));
        List<SourceRow> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> cells = new ArrayList<>();
            List<GridCell> in = rows.get(r).cells();
            for (int k = 0; k < in.size(); k++) {
                GridCell c = in.get(k);
                int row = r;
                int cell = k;
                List<Word> mine = words.stream().filter(w -> w.row() == row && w.cell() == cell).toList();
                if (mine.stream().noneMatch(used::contains)) {
                    cells.add(c);
                    continue;
                }
                for (Word w : mine) {
                    if (w.equals(anchor)) {
                        stacks.forEach(s -> cells.add(GridCell.at(s.text(),
                                rows.get(s.top().row()).cells().get(s.top().cell()).where(), s.span())));
                    } else if (!used.contains(w)) {
                        cells.add(c.span().isPresent()
                                ? GridCell.at(w.text(), c.where(), new TextSpan(w.page(), w.start(), w.end()))
                                : GridCell.of(w.text(), c.where()));
                    }
                }
            }
            if (!cells.isEmpty() || in.isEmpty()) {
                out.add(new SourceRow(cells, rows.get(r).positions()));
            }
        }
        return out;
    }
}
