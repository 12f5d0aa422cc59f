package org.nianbao.reconstruct.text;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where laid-out text ({@code pdftotext -layout}) no longer keeps the page's character columns: the pages
 * a change made after extraction reached (lines stripped of their margin, re-flowed, blank runs re-spaced),
 * or the whole text where the change cannot be placed (a wrap that also broke the header's lines, tabs at a
 * stop left in doubt). The cells of a page so reached are read in the order printed; a page the change never
 * touched keeps its columns, so the tables it lays out are read as printed and not flagged for a change made
 * elsewhere (issue 9: a flag on a right value is noise).
 *
 * @param everywhere whether the whole text lost its columns
 * @param pages the pages that did, counted as {@code pdftotext} counts them: the form feeds before a line
 *     and at its start ({@link #pageOfEachLine})
 * @param linesWhole whether each line there is still one whole line of the page, its cells in the page's
 *     order (a margin stripped, blank runs re-spaced), rather than cut or joined to others ({@code fmt},
 *     a mail client's wrap), which moves a header label's pieces to other lines
 */
public record ColumnsLost(boolean everywhere, Set<Integer> pages, boolean linesWhole) {

    /** Text that keeps its columns on every page. */
    public static final ColumnsLost NONE = new ColumnsLost(false, Set.of(), true);
    /** Text that lost its columns on every page, its lines cut or joined. */
    public static final ColumnsLost EVERYWHERE = new ColumnsLost(true, Set.of(), false);

    public ColumnsLost {
        pages = Set.copyOf(pages);
    }

    /** The pages of the lines at {@code lineIndexes} of {@code lines}, whole or not ({@link #linesWhole}). */
    static ColumnsLost onPagesOf(List<String> lines, Iterable<Integer> lineIndexes, boolean linesWhole) {
        int[] page = pageOfEachLine(lines);
        Set<Integer> pages = new TreeSet<>();
        lineIndexes.forEach(i -> pages.add(page[i]));
        return new ColumnsLost(false, pages, linesWhole);
    }

    /** Whether cells on {@code page} no longer stand in the page's columns. */
    public boolean on(int page) {
        return everywhere || pages.contains(page);
    }

    /** Whether any page lost its columns. */
    public boolean any() {
        return everywhere || !pages.isEmpty();
    }

    /** The pages either lost; their lines whole where both left them whole. */
    public ColumnsLost or(ColumnsLost other) {
        if (!other.any()) {
            return this;
        }
        if (!any()) {
            return other;
        }
        Set<Integer> both = new TreeSet<>(pages);
        both.addAll(other.pages);
        return new ColumnsLost(everywhere || other.everywhere, everywhere || other.everywhere ? Set.of() : both,
                linesWhole && other.linesWhole);
    }

    /**
     * The page each line stands on: the form feeds before it and at its start ({@code pdftotext} ends each
     * page with one, so a page's first line starts with it), as the reader numbers the cells' pages.
     */
    static int[] pageOfEachLine(List<String> lines) {
        int[] page = new int[lines.size()];
        int p = 0;
        for (int i = 0; i < lines.size(); i++) {
            p += (int) lines.get(i).chars().filter(c -> c == '\f').count();
            page[i] = p;
        }
        return page;
    }
}
