package org.nianbao.reconstruct.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Laid-out text ({@code pdftotext -layout}) wrapped at a fixed width after it was made: pasted into
 * a plain-text e-mail (Thunderbird wraps at 72 display columns, a CJK character two), a mailing-list
 * archive, GNU {@code fold -s}. Each line of table 三 (~120 columns) is broken at a space, its rest
 * starting at column 0 on the next line ({@code 一、本年新收…  115} / {@code 273   210   —   2   —   600}),
 * so the figures of one row stand in columns the wrap chose, not the page's: joined back by those
 * columns they were placed one or more columns off, every row identity holding (red team 15b).
 *
 * <p>Told by its shape: laid-out pages (form feeds) none of whose lines is wider than the wrap,
 * and lines of figures at column 0 right after a line that ends near the wrap width, which a page's
 * layout never prints (its figures stand right of their row's label).
 */
public final class WrappedLayout {

    /**
     * The rest of a wrapped row: only figures and blank marks, a few spaces in at most (the wrap keeps
     * the spaces after its break, fewer than stand between two cells of the page). A line of a page
     * that holds only figures stands right of its row's label, far from column 0; a numbered label
     * ({@code 3、危及…}) is not figures.
     */
    private static final Pattern FIGURE_FIRST = Pattern.compile("^ {0,11}[0-9０-９—－–―/／][0-9０-９,，.+\\-—－–―/／()（）增减 ]*$");
    /** The widest wrap taken for a mail client's or fold's (pdftotext lays table 三 out wider). */
    private static final int MAX_WRAP = 100;
    /** The narrowest wrap taken (mail clients and fold are set to 60–80). */
    private static final int MIN_WRAP = 40;
    /** How far short of the widest line a wrapped line may end (the break falls at a space before it). */
    private static final int NEAR = 16;
    /** Continued lines needed before the text counts as wrapped. */
    private static final int MIN_CONTINUED = 3;

    private WrappedLayout() {
    }

    /**
     * The text with each line a wrap broke apart joined back, when {@code lines} are a PDF's laid-out
     * pages wrapped at a width narrower than their tables: the rest is appended to the broken line
     * after two spaces (a cell boundary; the wrap ate the spaces it broke at) and its own line left
     * empty, so every line keeps its number. The joined lines are {@code broken}'s: their figures
     * stand in the order printed but no longer in the page's columns.
     */
    public record Unwrapped(List<String> lines, Set<Integer> broken) {
    }

    public static Unwrapped of(List<String> lines) {
        if (lines.stream().noneMatch(l -> l.indexOf('\f') >= 0)) {
            return new Unwrapped(lines, Set.of());
        }
        Unwrapped byColumns = of(lines, DisplayColumns::of);
        return byColumns.broken().isEmpty() ? of(lines, WrappedLayout::characters) : byColumns;
    }

    /**
     * The text unwrapped at a width counted as {@code measure} counts (where each character of a line
     * starts, one more entry for its end): display columns (Thunderbird, a CJK character two) or
     * characters (Outlook's "wrap text at N characters", {@code <textarea wrap=hard cols=72>}, Python's
     * {@code textwrap}: a CJK character one; red team 18b, table 四's row of 15 figures broken at 72
     * characters).
     */
    private static Unwrapped of(List<String> lines, Function<String, int[]> measure) {
        int[] widths = lines.stream().mapToInt(l -> width(l, measure)).toArray();
        int[] breaks = lines.stream().mapToInt(l -> firstBreak(l, measure)).toArray();
        int widest = wrap(widths, breaks);
        if (widest < 0) {
            return new Unwrapped(lines, Set.of());
        }
        List<String> out = new ArrayList<>(lines);
        Set<Integer> broken = new HashSet<>();
        int to = -1; // the line the rests are joined to: a line broken twice takes both
        for (int i = 1; i < lines.size(); i++) {
            if (widths[i - 1] > widest - NEAR && FIGURE_FIRST.matcher(lines.get(i)).find()
                    && lines.get(i).indexOf('\f') < 0) {
                to = to >= 0 && out.get(i - 1).isEmpty() ? to : i - 1;
                out.set(to, out.get(to).stripTrailing() + "  " + lines.get(i).strip());
                out.set(i, "");
                broken.add(to);
            }
        }
        return broken.size() < MIN_CONTINUED ? new Unwrapped(lines, Set.of()) : new Unwrapped(out, broken);
    }

    /**
     * The wrap width: a line's width of 40–{@link #MAX_WRAP} columns such that every wider line has no
     * blank within it after its indent, the one most lines end within {@link #NEAR} columns of. A wrap
     * breaks only at a blank, so a line with none within the wrap (a CJK sentence, a header label run
     * into its neighbour) stays whole and wider (red team 16b: wrapped at 66 columns, table 三's header
     * line kept 127); a page's own table rows have a blank right after their label, far inside any
     * wrap. Only a line with a blank after its indent can show the wrap: a CJK sentence of 100 columns
     * with none passes any width, and so does a line the wrap left whole, its first blank past the wrap
     * (at 60: a label and its figure, 82 columns); the lines the wrap broke end just short of it
     * (fix17w). -1 when no width is such a wrap.
     */
    private static int wrap(int[] widths, int[] breaks) {
        int[] candidates = IntStream.range(0, widths.length)
                .filter(i -> widths[i] >= MIN_WRAP && widths[i] <= MAX_WRAP && breaks[i] < widths[i])
                .map(i -> widths[i]).distinct().sorted().toArray();
        int best = -1;
        int bestNear = 0;
        for (int c = candidates.length - 1; c >= 0; c--) {
            int w = candidates[c];
            boolean whole = true;
            for (int i = 0; i < widths.length && whole; i++) {
                whole = widths[i] <= w || breaks[i] >= w; // a blank at column w itself would overrun the wrap
            }
            int near = (int) Arrays.stream(widths).filter(x -> x > w - NEAR && x <= w).count();
            if (whole && near > bestNear) {
                best = w;
                bestNear = near;
            }
        }
        return best;
    }

    /** The column of a line's first blank after its indent (its width when it has none). */
    private static int firstBreak(String line, Function<String, int[]> measure) {
        String s = line.replace("\f", "").stripTrailing();
        int[] at = measure.apply(s);
        int blank = s.indexOf(' ', s.length() - s.stripLeading().length());
        return blank < 0 ? at[s.length()] : at[blank];
    }

    /** A line's width as {@code measure} counts it. */
    private static int width(String line, Function<String, int[]> measure) {
        String s = line.replace("\f", "").stripTrailing();
        return measure.apply(s)[s.length()];
    }

    /** Where each character of a line starts counted in characters (code points), one more entry for the end. */
    private static int[] characters(String line) {
        int[] at = new int[line.length() + 1];
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            at[i] = n;
            n += Character.isLowSurrogate(line.charAt(i)) ? 0 : 1;
        }
        at[line.length()] = n;
        return at;
    }
}
