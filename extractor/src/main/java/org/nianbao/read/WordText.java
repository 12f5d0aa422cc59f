package org.nianbao.read;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Text of binary Word as a reader sees it: field instructions dropped (their results kept; an
 * {@code EQ} field, which has no result, drawn from its instructions by {@link EqField}), Word's
 * control characters (cell and paragraph marks, line and page breaks, object anchors) turned into
 * line breaks or removed, lines trimmed and blank lines dropped.
 */
final class WordText {

    private WordText() {
    }

    static String clean(String raw) {
        String s = fieldsShown(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r', '\n', '\u000b', '\u000c', '\u0007' -> sb.append('\n');
                case '\u001e' -> sb.append('-'); // non-breaking hyphen
                case '\u00a0' -> sb.append(' ');
                case '\t' -> sb.append('\t');
                default -> {
                    if (c >= ' ' && c != '\u001f') {
                        sb.append(c);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(t);
            }
        }
        return out.toString();
    }

    /**
     * The text with each field ({@code 0x13} instructions [{@code 0x14} result] {@code 0x15}) as Word
     * shows it: its result; an {@code EQ} field's drawing; nothing for a field with no result. A
     * field nested in another's instructions gives its text to them. A field not closed in the text
     * is kept as it stands (instructions and all) rather than dropped unseen.
     */
    static String fieldsShown(String raw) {
        if (raw.indexOf('\u0013') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        Deque<Field> open = new ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0013') {
                open.push(new Field());
            } else if (c == '\u0014' && !open.isEmpty() && open.peek().result == null) {
                open.peek().result = new StringBuilder();
            } else if (c == '\u0015' && !open.isEmpty()) {
                String shown = open.pop().shown();
                (open.isEmpty() ? out : open.peek().current()).append(shown);
            } else {
                (open.isEmpty() ? out : open.peek().current()).append(c);
            }
        }
        while (!open.isEmpty()) { // not closed here: as it stands
            Field field = open.removeLast();
            out.append(field.instructions).append(field.result == null ? "" : field.result);
        }
        return out.toString();
    }

    /** A field being read: its instructions, and its result once the separator is passed. */
    private static final class Field {
        private final StringBuilder instructions = new StringBuilder();
        private StringBuilder result;

        StringBuilder current() {
            return result != null ? result : instructions;
        }

        String shown() {
            if (result != null) {
                return result.toString();
            }
            return EqField.is(instructions.toString()) ? EqField.render(instructions.toString()) : "";
        }
    }
}
