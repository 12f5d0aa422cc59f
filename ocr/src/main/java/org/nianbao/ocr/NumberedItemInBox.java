package org.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A box the engine read over two labels of a row, the second starting with an item number: on a
 * borderless table the group label and the row's label stand a gap apart on one line
 * ({@code 三、本年度办} and {@code （一）予以公开}), and the detector drew one box over both. Read as one
 * label ({@code 三、本年度办（一）予以公开}) it matches no row of the form and the row is lost. Where the
 * page's ink shows a gap before the item number wider than the text's own spacing, the box is parted
 * there into two, each over its own ink: the stream reconstructor then sees two cells, as it does on
 * the text layer. An item number in running text ({@code 第（一）项}) stands no such gap from the
 * character before it (only the bracket's own white): it stays in its box. A box in a ruled cell is
 * left as read ({@link OffLattice}).
 */
final class NumberedItemInBox {

    /** An item number in brackets after at least one character: {@code （一）}. */
    private static final Pattern ITEM = Pattern.compile("(?<=\\p{IsIdeographic})[（(][一二三四五六七八九十]{1,2}[）)]");
    /** A gap this wide (characters of the box's pitch) of no ink parts two labels. */
    private static final float GAP = 0.8f;
    /** The box's ink is looked at this far (share of its height) in from its top and foot. */
    private static final float INSET = 0.15f;

    private NumberedItemInBox() {
    }

    /** The boxes, each outside the ruled cells read over a label and a numbered one after a gap parted in two. */
    static List<TextBox> parted(List<TextBox> boxes, List<Ruling> rulings, boolean[] ink, int width, float ppp) {
        List<TextBox> out = new ArrayList<>(boxes.size());
        for (TextBox b : boxes) {
            out.addAll(OffLattice.of(b, rulings) ? parted(b, ink, width, ppp) : List.of(b));
        }
        return out;
    }

    private static List<TextBox> parted(TextBox b, boolean[] ink, int width, float ppp) {
        String text = b.text();
        Matcher m = ITEM.matcher(text);
        if (!m.find()) {
            return List.of(b);
        }
        int k = text.codePointCount(0, m.start());
        float pitch = (b.x1() - b.x0()) / b.length();
        // where the two stand apart: about where the box's k-th character would start were they spread evenly
        float from = b.x0() + (k - 1) * pitch;
        float to = b.x0() + (k + 1) * pitch;
        float[] blank = widestBlank(b, from, to, ink, width, ppp);
        if (blank.length == 0 || blank[1] - blank[0] < GAP * pitch) {
            return List.of(b);
        }
        return List.of(new TextBox(text.substring(0, m.start()), b.x0(), b.y0(), blank[0], b.y1(), b.score(),
                        b.charScore(), b.angle()),
                new TextBox(text.substring(m.start()), blank[1], b.y0(), b.x1(), b.y1(), b.score(), b.charScore(),
                        b.angle()));
    }

    /**
     * The widest run of pixel columns of the box holding no ink that meets {@code [from, to]} (points),
     * as {start, end} in points; empty when there is none or it reaches the box's side.
     */
    static float[] widestBlank(TextBox b, float from, float to, boolean[] ink, int width, float ppp) {
        int height = ink.length / width;
        float inset = INSET * (b.y1() - b.y0());
        int y0 = Math.max(0, Math.round((b.y0() + inset) / ppp));
        int y1 = Math.min(height, Math.round((b.y1() - inset) / ppp));
        int x0 = Math.max(0, Math.round(b.x0() / ppp));
        int x1 = Math.min(width, Math.round(b.x1() / ppp));
        int best = -1;
        int bestLength = 0;
        int start = -1;
        for (int x = x0; x <= x1; x++) {
            boolean blank = x < x1 && columnBlank(x, y0, y1, ink, width);
            if (blank && start < 0) {
                start = x;
            } else if (!blank && start >= 0) {
                // a run at the box's side is its padding, not a gap between its texts
                boolean inside = start > x0 && x < x1;
                boolean meets = start * ppp <= to && x * ppp >= from;
                if (inside && meets && x - start > bestLength) {
                    best = start;
                    bestLength = x - start;
                }
                start = -1;
            }
        }
        return best < 0 ? new float[0] : new float[] {best * ppp, (best + bestLength) * ppp};
    }

    private static boolean columnBlank(int x, int y0, int y1, boolean[] ink, int width) {
        for (int y = y0; y < y1; y++) {
            if (ink[y * width + x]) {
                return false;
            }
        }
        return true;
    }
}
