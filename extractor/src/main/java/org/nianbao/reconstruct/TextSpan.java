package org.nianbao.reconstruct;

/**
 * Where a cell's text stood on a line of space-aligned text ({@code pdftotext -layout}, or a
 * positioned page such as {@code pdftohtml} output laid out as text): the page and the character
 * columns {@code [start, end)}. Columns are comparable only within one page: a tool scales each
 * page on its own.
 */
public record TextSpan(int page, int start, int end) {

    public TextSpan {
        if (page < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + page + ":" + start + "-" + end);
        }
    }

    public double center() {
        return (start + end) / 2.0;
    }

    /** True when the two spans share a character column on the same page. */
    public boolean overlaps(TextSpan other) {
        return page == other.page && start < other.end && other.start < end;
    }
}
