package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** A committed rendering edited the way a test varies it: one line changed, checked to hold what it replaces. */
final class TextEdits {

    private TextEdits() {
    }

    /** The text with {@code from} replaced by {@code to} on line {@code line} (1-based), which must hold it. */
    static String replaceLine(String text, int line, String from, String to) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String old = lines.get(line - 1);
        assertTrue(old.contains(from), "line " + line + " holds " + from + ": " + old);
        lines.set(line - 1, old.replace(from, to));
        return String.join("\n", lines);
    }
}
