package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The syntax of a CSS selector as far as the cascade needs it: its specificity as browsers count
 * it, the class and id names it holds (escapes undone: {@code .md\:hidden} names {@code md:hidden},
 * {@code .\31 23} names {@code 123}), and the form jsoup's selector engine evaluates as browsers
 * match it.
 */
final class CssSelector {

    /** Pseudo-classes whose specificity is that of the most specific selector they hold. */
    private static final Set<String> MOST_SPECIFIC = Set.of("is", "not", "has", "matches", "-webkit-any", "-moz-any");
    /** Pseudo-elements CSS 2 wrote with one colon: they count as element names. */
    private static final Set<String> LEGACY_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");

    /**
     * Specificity packed in one number: ids, then classes, attributes and pseudo-classes, then
     * element names and pseudo-elements (each count below 100). {@code :is()}, {@code :not()},
     * {@code :has()} count as the most specific selector they hold, {@code :where()} counts nothing,
     * {@code :nth-child(… of S)} counts one pseudo-class and S (Selectors 4).
     */
    static long specificity(String selector) {
        long ids = 0;
        long classes = 0;
        long names = 0;
        long inner = 0;
        String s = selector;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#' || c == '.') {
                int end = identifierEnd(s, i + 1);
                if (c == '#') {
                    ids++;
                } else {
                    classes++;
                }
                i = Math.max(end, i + 1);
            } else if (c == '[') {
                classes++;
                i = bracketEnd(s, i) + 1;
            } else if (c == ':') {
                boolean element = i + 1 < s.length() && s.charAt(i + 1) == ':';
                int start = element ? i + 2 : i + 1;
                int end = identifierEnd(s, start);
                String name = unescape(s.substring(start, end)).toLowerCase(Locale.ROOT);
                int close = end;
                String args = null;
                if (end < s.length() && s.charAt(end) == '(') {
                    close = CssValue.closing(s, end);
                    close = close < 0 ? s.length() - 1 : close;
                    args = s.substring(end + 1, Math.min(close, s.length()));
                    close++;
                }
                if (element || LEGACY_ELEMENTS.contains(name)) {
                    names++;
                } else if (args != null && MOST_SPECIFIC.contains(name)) {
                    inner += mostSpecific(args);
                } else if (args != null && name.equals("where")) {
                    // counts nothing
                } else {
                    classes++;
                    int of = args == null ? -1 : args.toLowerCase(Locale.ROOT).indexOf(" of ");
                    if (of >= 0 && name.startsWith("nth-")) {
                        inner += mostSpecific(args.substring(of + 4));
                    }
                }
                i = Math.max(close, i + 1);
            } else if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                i = end < 0 ? s.length() : end + 1;
            } else if (identifierStarts(s, i)) {
                names++;
                i = identifierEnd(s, i);
            } else {
                i++;
            }
        }
        long own = Math.min(ids, 99) * 10_000 + Math.min(classes, 99) * 100 + Math.min(names, 99);
        return Math.min(own + inner, 999_999);
    }

    /** The specificity of the most specific selector of a list. */
    private static long mostSpecific(String list) {
        return CssValue.splitTopLevel(list).stream().mapToLong(CssSelector::specificity).max().orElse(0);
    }

    /** The class names a selector (or selector list) holds, escapes undone. */
    static List<String> classes(String selector) {
        return names(selector, '.');
    }

    /** The id names a selector (or selector list) holds, escapes undone. */
    static List<String> ids(String selector) {
        return names(selector, '#');
    }

    private static List<String> names(String s, char sign) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[') {
                i = bracketEnd(s, i) + 1;
            } else if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                i = end < 0 ? s.length() : end + 1;
            } else if (c == '\\') {
                i += 2; // an escaped character is part of a name, never a sign
            } else if (c == sign && identifierStarts(s, i + 1)) {
                int end = identifierEnd(s, i + 1);
                out.add(unescape(s.substring(i + 1, end)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The selector as jsoup evaluates it the way browsers match it. jsoup matches class names
     * ignoring case (as quirks mode does) but id names exactly, and reads no escapes in them: a name
     * that is escaped, that must match case-sensitively (a standards-mode page, {@code caseSensitive}),
     * or an id in quirks mode (matched ignoring case there: red team 15c), becomes a pattern on the
     * attribute — {@code .Name} a whole-word match on {@code class}, {@code #Name} an
     * exact one on {@code id}. {@code :where()} is {@code :is()} (they differ only in specificity).
     * Attribute selectors and quoted strings are left as written.
     */
    static String forJsoup(String selector, boolean caseSensitive) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < selector.length()) {
            char c = selector.charAt(i);
            if (c == '[' || c == '"' || c == '\'') {
                int end = c == '[' ? bracketEnd(selector, i) : selector.indexOf(c, i + 1);
                end = end < 0 || end >= selector.length() ? selector.length() - 1 : end;
                out.append(selector, i, end + 1);
                i = end + 1;
                continue;
            }
            if ((c == '.' || c == '#') && identifierStarts(selector, i + 1)) {
                int end = identifierEnd(selector, i + 1);
                String written = selector.substring(i + 1, end);
                String name = unescape(written);
                if (caseSensitive || !written.equals(name) || c == '#') {
                    String flags = caseSensitive ? "" : "(?i)";
                    out.append(c == '.' ? "[class~=" + flags + "(?<![^\\s])" + literal(name) + "(?![^\\s])]"
                            : "[id~=" + flags + "^" + literal(name) + "$]");
                } else {
                    out.append(c).append(written);
                }
                i = end;
                continue;
            }
            if (selector.startsWith(":where(", i)) {
                out.append(":is(");
                i += ":where(".length();
                continue;
            }
            // a link's state, as a page opened once and never followed: :link and :any-link are an element with an
            // href, :visited is none (jsoup knows none of the three; a reset like a:link{color:inherit} must apply)
            if (selector.startsWith(":any-link", i) || selector.startsWith(":link", i) && !identifierStarts(selector, i + 5)) {
                out.append("[href]");
                i += selector.startsWith(":any-link", i) ? ":any-link".length() : ":link".length();
                continue;
            }
            if (selector.startsWith(":visited", i)) {
                out.append(":not(*)");
                i += ":visited".length();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** A name as a regular expression matching it literally (no brackets, which would end jsoup's attribute selector). */
    private static String literal(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp > 0x7f) {
                sb.appendCodePoint(cp);
            } else if (cp == '[' || cp == ']') {
                sb.append(String.format("\\x%02x", cp));
            } else {
                sb.append('\\').appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Whether a CSS identifier starts at {@code i}: a letter, {@code _}, a non-ASCII character or an escape, after at most one {@code -}. */
    private static boolean identifierStarts(String s, int i) {
        int j = i < s.length() && s.charAt(i) == '-' ? i + 1 : i;
        if (j >= s.length()) {
            return false;
        }
        char c = s.charAt(j);
        return Character.isLetter(c) || c == '_' || c == '-' && j > i || c > 0x7f || c == '\\' && j + 1 < s.length();
    }

    /** The end of the identifier from {@code i}: name characters and escapes. */
    private static int identifierEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                j = escapeEnd(s, j);
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c > 0x7f) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** The end of the escape at {@code i}: up to six hex digits and one white space after them, or one character. */
    private static int escapeEnd(String s, int i) {
        int j = i + 1;
        while (j < s.length() && j < i + 7 && Character.digit(s.charAt(j), 16) >= 0) {
            j++;
        }
        if (j == i + 1) {
            return Math.min(s.length(), i + 2);
        }
        return j < s.length() && Character.isWhitespace(s.charAt(j)) ? j + 1 : j;
    }

    /** An identifier with its escapes undone ({@code md\:hidden} is {@code md:hidden}, {@code \31 23} is {@code 123}). */
    static String unescape(String written) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            if (c != '\\' || i + 1 >= written.length()) {
                sb.append(c);
                i++;
                continue;
            }
            int end = escapeEnd(written, i);
            String hex = written.substring(i + 1, end).strip();
            if (!hex.isEmpty() && hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                int cp = Integer.parseInt(hex, 16);
                sb.appendCodePoint(cp == 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
            } else {
                sb.append(written, i + 1, end);
            }
            i = end;
        }
        return sb.toString();
    }

    /** The index of the {@code ]} closing the {@code [} at {@code open} (quoted strings skipped), or the last index. */
    private static int bracketEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int end = s.indexOf(c, i + 1);
                i = end < 0 ? s.length() : end;
            } else if (c == ']') {
                return i;
            }
        }
        return s.length() - 1;
    }

    private CssSelector() {
    }
}
