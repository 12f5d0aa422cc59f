package org.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A label's box that reaches over, or up to, the number the engine read in a box of its own just after
 * it on the same line: on a borderless table a wrapped label's first line runs close to the row's
 * first value ({@code …只计这一} and {@code 17}), and the detector draws the label's box a few points
 * into the number's. Laid out as they are, the label's last character and the number touch and are
 * read as one cell ({@code 只计这一17}); the row is then a value short and its values are read from
 * the left, each a column off. The label's box is cut back to end half a character before the number,
 * as a number read in the label's own box is set apart ({@link RapidPageOcr#glyphs}). A label in a
 * ruled cell is left as read ({@link OffLattice}): its cell's borders place it.
 */
final class LabelBeforeNumber {

    /** The gap left between the label and the number (characters of the label). */
    private static final float GAP = 0.5f;
    /** Boxes on one line overlap by at least this share of the lower one's height. */
    private static final float SAME_LINE = 0.5f;
    private static final ValueParser PARSER = new ValueParser();

    private LabelBeforeNumber() {
    }

    /**
     * The boxes, each label's outside the ruled cells cut back where a number's box starts inside it or
     * within the gap after it.
     */
    static List<TextBox> cutBack(List<TextBox> boxes, List<Ruling> rulings) {
        List<TextBox> out = new ArrayList<>(boxes.size());
        for (TextBox t : boxes) {
            out.add(label(t) && OffLattice.of(t, rulings) ? cut(t, boxes) : t);
        }
        return out;
    }

    private static TextBox cut(TextBox t, List<TextBox> boxes) {
        float gap = GAP * (t.x1() - t.x0()) / t.length();
        float end = t.x1();
        for (TextBox n : boxes) {
            if (n != t && number(n) && n.x0() > t.centerX() && n.x0() < t.x1() + gap && n.x1() > t.x1()
                    && sameLine(t, n)) {
                end = Math.min(end, n.x0() - gap);
            }
        }
        return end < t.x1() && end > t.centerX()
                ? new TextBox(t.text(), t.x0(), t.y0(), end, t.y1(), t.score(), t.charScore(), t.angle()) : t;
    }

    /** Text that ends in no digit and holds a character that is no digit, sign or separator: a label's. */
    private static boolean label(TextBox t) {
        String s = t.text().strip();
        return !s.isEmpty() && !Character.isDigit(s.codePointBefore(s.length())) && !PARSER.isValue(s)
                && s.codePoints().anyMatch(Character::isIdeographic);
    }

    private static boolean number(TextBox n) {
        String s = n.text().strip();
        return s.codePoints().anyMatch(Character::isDigit) && PARSER.isValue(s);
    }

    private static boolean sameLine(TextBox a, TextBox b) {
        float overlap = Math.min(a.y1(), b.y1()) - Math.max(a.y0(), b.y0());
        return overlap >= SAME_LINE * Math.min(a.y1() - a.y0(), b.y1() - b.y0());
    }
}
