package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of the CSS property values this reader measures: lengths in px, plain numbers, a
 * value's space-separated parts, a comma-separated list's items and bracketed parts.
 */
final class CssValue {

    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|)");

    /** A CSS length in px ({@code 0}, {@code -9999px}, {@code -60em}, {@code 1pt}); empty for auto, percentages and the like. */
    static Optional<Double> length(String value) {
        Matcher m = LENGTH.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "pt" -> v * 4 / 3;
            case "em", "rem" -> v * 16;
            default -> v;
        });
    }

    /** The space-separated parts of a value, a function ({@code rgb(0, 0, 0)}) kept as one part. */
    static List<String> parts(String value) {
        List<String> out = new ArrayList<>();
        Matcher m = PART.matcher(value);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static final Pattern PART = Pattern.compile("[a-z-]+\\([^)]*\\)|[^\\s(]+");

    /**
     * A comma-separated list split at the commas outside parentheses and brackets, each item
     * stripped, none for a blank list: a selector list ({@code td:is(.a, .b), [title="x,y"]}), a
     * media query list, a list of shadows or a function's arguments.
     */
    static List<String> splitTopLevel(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!list.isBlank()) {
            out.add(list.substring(start).strip());
        }
        return out;
    }

    /**
     * The index of the first of the characters {@code stops} at or after {@code from} that stands outside
     * quotes and parentheses, or -1 when none does ({@code url("data:text/css,.x{a:b}");} ends at its {@code ;}).
     */
    static int topLevel(String s, int from, String stops) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && stops.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1 when it is not closed. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A number or a percentage as a fraction ({@code 0.5}, {@code 50%}); empty for anything else. */
    static Optional<Double> fraction(String s) {
        String v = s.strip();
        return v.endsWith("%") ? number(v.substring(0, v.length() - 1)).map(p -> p / 100) : number(v);
    }

    static Optional<Double> number(String s) {
        try {
            return Optional.of(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
    private CssValue() {
    }
}
