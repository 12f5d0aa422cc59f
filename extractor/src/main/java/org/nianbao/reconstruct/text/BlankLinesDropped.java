package org.nianbao.reconstruct.text;

import java.util.List;

/**
 * Whether a text is tab-separated text whose blank lines were all dropped, whitespace-only ones with them: a browser's
 * copy ({@code innerText}) cleaned by {@code '\n'.join(l for l in text.splitlines() if l.strip())}, or written by
 * Python's CSV writer skipping them and read back by {@link CsvLines}. Every {@code innerText} of a page with
 * paragraphs has blank lines (a paragraph's margin), and a line holding only the tab between two paragraph cells; in
 * such a copy both are gone, and the tab with them. Told on the text as read, before any row is joined (a join leaves
 * the lines its pieces stood on empty).
 */
public final class BlankLinesDropped {

    private BlankLinesDropped() {
    }

    /** A text with a tab, no blank or whitespace-only line and no page break. */
    public static boolean in(List<String> printed) {
        return !printed.isEmpty() && printed.stream().anyMatch(l -> l.indexOf('\t') >= 0)
                && printed.stream().noneMatch(l -> l.isBlank() || l.indexOf('\f') >= 0);
    }

    /**
     * A text with a tab, no empty line and no page break, but lines holding only tabs: a browser's copy whose empty
     * lines alone were deleted ({@code sed '/^$/d'}, {@code tr -s '\n'}). The tab that stood on a line of its own
     * between two paragraph cells is kept here, so no tab went with the lines; what went is the blank line that
     * told a paragraph's margin from a row's end.
     */
    public static boolean emptyOnesIn(List<String> printed) {
        return !printed.isEmpty() && printed.stream().anyMatch(l -> l.indexOf('\t') >= 0)
                && printed.stream().anyMatch(l -> !l.isEmpty() && l.chars().allMatch(c -> c == '\t'))
                && printed.stream().noneMatch(l -> l.isEmpty() || l.indexOf('\f') >= 0);
    }
}
