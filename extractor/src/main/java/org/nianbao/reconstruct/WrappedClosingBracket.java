package org.nianbao.reconstruct;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label's closing bracket wrapped onto the next line, in front of the row's figures: text re-filled
 * by {@code fmt -w 72} breaks {@code （二）部分公开（区分处理的，只计这一情形，不计其他情形）} before its last
 * character, and the line after starts {@code ) 8 0 0 0 0 0 8}. Read as it stands, the bracket is a
 * label of its own before the figures, and the row whose label it ends gets none of them. The
 * bracket is put back at the end of the line whose last bracket it closes, a blank left in its place;
 * the lines keep their number, order and the figures' character columns.
 */
final class WrappedClosingBracket {

    /** A line that starts with a closing bracket alone, then a blank or nothing. */
    private static final Pattern LEADING = Pattern.compile("^(\\s*)([)）])(?=\\s|$)");

    private WrappedClosingBracket() {
    }

    static List<String> of(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 1; i < out.size(); i++) {
            Matcher m = LEADING.matcher(out.get(i));
            String before = out.get(i - 1).stripTrailing();
            if (m.find() && open(before)) {
                out.set(i - 1, before + m.group(2));
                // a blank where the bracket stood: the figures keep their character columns (-layout)
                out.set(i, m.group(1) + " " + out.get(i).substring(m.end()));
            }
        }
        return out;
    }

    /** True when the line ends inside a bracket: its last opening bracket is not closed after it. */
    private static boolean open(String line) {
        int opened = Math.max(line.lastIndexOf('('), line.lastIndexOf('（'));
        int closed = Math.max(line.lastIndexOf(')'), line.lastIndexOf('）'));
        return opened >= 0 && opened > closed && !line.substring(opened).chars().anyMatch(Character::isDigit);
    }
}
