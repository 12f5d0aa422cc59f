package org.nianbao.audit.source;

/**
 * Comparisons ignore whitespace: readers insert a space for a visible gap, join a cell's lines with
 * a line break and pad with ideographic spaces, none of which is part of a value.
 */
final class Whitespace {

    private Whitespace() {
    }

    static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }
}
