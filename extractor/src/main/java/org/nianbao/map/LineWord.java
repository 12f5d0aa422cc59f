package org.nianbao.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of a line of laid-out text: what stands between spaces, at its offsets in the line
 * ({@code start} inclusive, {@code end} exclusive). In a header a tool printed, a word is the unit
 * a label's pieces are cut or stacked from ({@link HeaderFragments}, {@link StackedHeader}).
 */
record LineWord(int start, int end, String text) {

    /** The words of {@code line}, left to right. */
    static List<LineWord> of(String line) {
        List<LineWord> words = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && (i == 0 || line.charAt(i - 1) == ' ')) {
                int end = line.indexOf(' ', i);
                end = end < 0 ? line.length() : end;
                words.add(new LineWord(i, end, line.substring(i, end)));
            }
        }
        return words;
    }
}
