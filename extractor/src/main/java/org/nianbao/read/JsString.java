package org.nianbao.read;

/**
 * A string literal in a page's inline script, as the script would see it once parsed. Portals write
 * notices and styles from scripts, often with their Chinese written as Unicode escapes, so the
 * escapes are decoded as JavaScript does rather than by dropping the backslash.
 */
final class JsString {

    /**
     * A quoted literal as a regular-expression fragment of two groups: the quote, then the text between.
     * A pattern that embeds it after other groups refers to the quote by its own group number.
     */
    static final String QUOTED = "([\"'`])((?:\\\\.|(?!\\1).)*)\\1";

    private JsString() {
    }

    /** The value of a literal's text between its quotes; a malformed escape stands for its letter. */
    static String value(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i++);
            if (c != '\\' || i == literal.length()) {
                out.append(c);
                continue;
            }
            char e = literal.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '0' -> out.append('\0');
                case '\n' -> { } // a line continuation adds nothing
                case '\r' -> i += i < literal.length() && literal.charAt(i) == '\n' ? 1 : 0;
                case 'x' -> i = hex(literal, i, 2, e, out);
                case 'u' -> {
                    int close = literal.indexOf('}', i);
                    if (i < literal.length() && literal.charAt(i) == '{' && close > i + 1) {
                        i = codePoint(literal, i + 1, close, out) ? close + 1 : appendLetter(e, i, out);
                    } else {
                        i = hex(literal, i, 4, e, out);
                    }
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    /** Reads {@code digits} hex digits at {@code at} as one char; otherwise appends the escape's letter. */
    private static int hex(String s, int at, int digits, char letter, StringBuilder out) {
        if (at + digits <= s.length()) {
            try {
                out.append((char) Integer.parseInt(s.substring(at, at + digits), 16));
                return at + digits;
            } catch (NumberFormatException notHex) {
                // falls through to the letter
            }
        }
        return appendLetter(letter, at, out);
    }

    private static boolean codePoint(String s, int from, int to, StringBuilder out) {
        try {
            int cp = Integer.parseInt(s.substring(from, to), 16);
            if (Character.isValidCodePoint(cp)) {
                out.appendCodePoint(cp);
                return true;
            }
        } catch (NumberFormatException notHex) {
            // not a code point
        }
        return false;
    }

    private static int appendLetter(char letter, int at, StringBuilder out) {
        out.append(letter);
        return at;
    }
}
