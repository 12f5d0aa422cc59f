package org.nianbao.read;

import java.text.Bidi;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The order one line of text is drawn in, by the Unicode bidirectional algorithm ({@link Bidi}, UAX #9),
 * from its characters and the explicit controls in it — written in the text (U+202A–U+202E, U+2066–U+2069)
 * or standing for the markup's ({@code <bdo dir="rtl">}, {@code direction:rtl; unicode-bidi:bidi-override},
 * {@code dir}, {@code unicode-bidi:isolate}: {@link HtmlVisibility#bidi}). A reader of the page reads what
 * is drawn, left to right: {@code <bdo dir="rtl">958</bdo>} shows 859 (checked in Chromium).
 *
 * <p>That order is <b>certain</b> where every character moved is under a right-to-left override, whose
 * characters are all drawn reversed whatever they are. Elsewhere — right-to-left letters, a right-to-left
 * paragraph or embedding without override (Chromium draws {@code <span dir="rtl">7 / 859</span>} as
 * {@code 859 / 7}) — the runs are reordered by rules a person reading the figures may or may not follow,
 * and where the line would break is the layout's: such a line is kept as written and its cell doubted.
 */
final class BidiLine {

    static final char LRE = '\u202A';
    static final char RLE = '\u202B';
    static final char PDF = '\u202C';
    static final char LRO = '\u202D';
    static final char RLO = '\u202E';
    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    private static final String CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

    /**
     * @param text the line as drawn, left to right, controls left out
     * @param certain whether that order is sure (nothing moved, or only what a right-to-left override reverses)
     */
    record Shown(String text, boolean certain) {
    }

    private BidiLine() {
    }

    /** Whether the line needs the algorithm: an explicit control or a right-to-left character in it, or a right-to-left base. */
    static boolean needed(String line, Boolean rtlBase) {
        return !Boolean.FALSE.equals(rtlBase) || line.chars().anyMatch(c -> CONTROLS.indexOf(c) >= 0)
                || Bidi.requiresBidi(line.toCharArray(), 0, line.length());
    }

    /** The line without its bidirectional controls, in the order written. */
    static String written(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        line.chars().filter(c -> CONTROLS.indexOf(c) < 0).forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    /**
     * The line as drawn: {@code rtlBase} the paragraph's direction (true right to left, false left to
     * right, null taken from its first strong character: {@code dir="auto"}, {@code unicode-bidi:plaintext}).
     */
    static Shown of(String line, Boolean rtlBase) {
        String written = written(line);
        int flags = rtlBase == null ? Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT
                : rtlBase ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT;
        Bidi bidi = new Bidi(line, flags);
        int n = line.length();
        int[] levels = new int[n];
        int highest = 0;
        int lowestOdd = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            levels[i] = bidi.getLevelAt(i);
            highest = Math.max(highest, levels[i]);
            if (levels[i] % 2 == 1) {
                lowestOdd = Math.min(lowestOdd, levels[i]);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // UAX #9 L2: from the highest level down to the lowest odd one, reverse every run at that level or higher
        for (int level = highest; level >= lowestOdd && level > 0; level--) {
            int i = 0;
            while (i < n) {
                if (levels[order[i]] < level) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && levels[order[j]] >= level) {
                    j++;
                }
                for (int a = i, b = j - 1; a < b; a++, b--) {
                    Integer t = order[a];
                    order[a] = order[b];
                    order[b] = t;
                }
                i = j;
            }
        }
        StringBuilder drawn = new StringBuilder(n);
        for (Integer i : order) {
            if (CONTROLS.indexOf(line.charAt(i)) < 0) {
                drawn.append(line.charAt(i));
            }
        }
        String shown = drawn.toString();
        if (shown.equals(written)) {
            return new Shown(written, true);
        }
        boolean[] overridden = new boolean[n];
        int[] item = new int[n];
        controlsAround(line, overridden, item);
        int[] itemLevel = new int[n];
        Arrays.fill(itemLevel, -1);
        boolean certain = true;
        for (int i = 0; i < n && certain; i++) {
            boolean moved = levels[i] > 0 && CONTROLS.indexOf(line.charAt(i)) < 0;
            if (moved && item[i] >= 0) {
                // an item of a box laid out right to left: moved whole, so certain while nothing inside it moves
                itemLevel[item[i]] = itemLevel[item[i]] < 0 ? levels[i] : itemLevel[item[i]];
                certain = itemLevel[item[i]] == levels[i];
                continue;
            }
            // a character of a right-to-left override: drawn reversed, at an odd level, with nothing
            // deeper inside; anything else moved is moved by rules a reader may not follow
            certain = !moved || overridden[i] && levels[i] % 2 == 1 && levels[i] == lowestOdd;
        }
        return new Shown(certain ? shown : written, certain);
    }

    /**
     * For each character, whether the innermost explicit control around it is a right-to-left override (U+202E)
     * ({@code overridden}), and the index of the isolate directly inside such an override it is in, at any
     * depth, else -1 ({@code item}): an item of a box whose items are drawn right to left
     * ({@code HtmlText}'s reversed boxes), moved as one.
     */
    private static void controlsAround(String line, boolean[] overridden, int[] item) {
        Deque<Character> open = new ArrayDeque<>();
        Deque<Integer> at = new ArrayDeque<>(); // where each control open was written
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            item[i] = itemAround(open, at);
            switch (c) {
                case LRE, RLE, LRO, RLO, LRI, RLI, FSI -> {
                    open.push(c);
                    at.push(i);
                }
                case PDF -> {
                    if (!open.isEmpty() && open.peek() != LRI && open.peek() != RLI && open.peek() != FSI) {
                        open.pop();
                        at.pop();
                    }
                }
                case PDI -> {
                    while (!open.isEmpty() && open.peek() != LRI && open.peek() != RLI && open.peek() != FSI) {
                        open.pop();
                        at.pop();
                    }
                    if (!open.isEmpty()) {
                        open.pop();
                        at.pop();
                    }
                }
                default -> overridden[i] = !open.isEmpty() && open.peek() == RLO;
            }
        }
    }

    /** The index of the outermost isolate open directly inside a right-to-left override, else -1. */
    private static int itemAround(Deque<Character> open, Deque<Integer> at) {
        Character outer = null;
        var controls = open.descendingIterator(); // outermost first
        var places = at.descendingIterator();
        while (controls.hasNext()) {
            char c = controls.next();
            int place = places.next();
            if (outer != null && outer == RLO && (c == LRI || c == RLI || c == FSI)) {
                return place;
            }
            outer = c;
        }
        return -1;
    }
}
