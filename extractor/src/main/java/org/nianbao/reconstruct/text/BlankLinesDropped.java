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
}
