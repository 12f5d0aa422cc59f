package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an {@code @supports} condition (or an {@code @import}'s {@code supports(…)}) holds in a
 * current browser, judged against a short list of declarations every current browser supports.
 */
final class CssSupports {

    /**
     * Whether an {@code @supports} condition holds in a current browser: true or false for the
     * conditions this reader knows ({@code not}, {@code and}, {@code or} of declarations it can judge),
     * empty when it cannot decide.
     */
    static Optional<Boolean> holds(String condition) {
        String c = condition.strip().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (c.startsWith("not") && (c.length() > 3 && (c.charAt(3) == '(' || Character.isWhitespace(c.charAt(3))))) {
            return holds(c.substring(3)).map(b -> !b);
        }
        List<String> parts = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        int i = 0;
        while (i < c.length()) {
            while (i < c.length() && Character.isWhitespace(c.charAt(i))) {
                i++;
            }
            if (i >= c.length()) {
                break;
            }
            if (!parts.isEmpty()) {
                Matcher join = JOIN.matcher(c).region(i, c.length());
                if (!join.lookingAt()) {
                    return Optional.empty();
                }
                joins.add(join.group(1));
                i = join.end();
                while (i < c.length() && Character.isWhitespace(c.charAt(i))) {
                    i++;
                }
            }
            int open = c.indexOf('(', i);
            if (open < 0) {
                return Optional.empty();
            }
            String fn = c.substring(i, open).strip();
            int close = CssValue.closing(c, open);
            if (close < 0 || !fn.isEmpty()) {
                return Optional.empty(); // selector(), font-tech(), …: not judged here
            }
            parts.add(c.substring(open + 1, close));
            i = close + 1;
        }
        if (parts.isEmpty() || joins.stream().distinct().count() > 1) {
            return Optional.empty(); // mixing and/or without brackets is invalid CSS
        }
        List<Optional<Boolean>> each = new ArrayList<>();
        for (String part : parts) {
            each.add(inBrackets(part));
        }
        boolean and = joins.isEmpty() || joins.get(0).equals("and");
        if (and) {
            if (each.stream().anyMatch(o -> o.isPresent() && !o.get())) {
                return Optional.of(false);
            }
            return each.stream().allMatch(Optional::isPresent) ? Optional.of(true) : Optional.empty();
        }
        if (each.stream().anyMatch(o -> o.isPresent() && o.get())) {
            return Optional.of(true);
        }
        return each.stream().allMatch(Optional::isPresent) ? Optional.of(false) : Optional.empty();
    }

    private static final Pattern JOIN = Pattern.compile("(and|or)(?=[\\s(])");

    /** The inside of {@code ( … )}: a nested condition or a declaration. */
    private static Optional<Boolean> inBrackets(String inner) {
        String s = inner.strip();
        int colon = s.indexOf(':');
        if (s.startsWith("(") || s.startsWith("not") || colon < 0) {
            return holds(s);
        }
        String name = s.substring(0, colon).strip();
        String value = s.substring(colon + 1).strip();
        if (name.startsWith("--")) {
            return Optional.of(true);
        }
        Set<String> known = SUPPORTED.get(name);
        if (known == null) {
            return Optional.empty();
        }
        return known.contains(value) ? Optional.of(true) : Optional.empty();
    }

    /** Declarations every current browser supports, by property: {@code @supports} tests of them hold. */
    private static final java.util.Map<String, Set<String>> SUPPORTED = java.util.Map.of(
            "display", Set.of("grid", "inline-grid", "flex", "inline-flex", "flow-root", "contents", "block", "inline",
                    "inline-block", "table", "none"),
            "position", Set.of("sticky", "fixed", "absolute", "relative", "static"));

    private CssSupports() {
    }
}
