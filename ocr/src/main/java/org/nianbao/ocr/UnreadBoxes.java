package org.nianbao.ocr;

import java.util.List;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * The boxes the engine's detector found on a page and its recogniser read nothing in, or a few signs
 * in ({@code #} for 7), that no ruled cell holds: on a borderless table, a lone small figure the
 * recogniser reads as nothing or as a sign. A ruled cell read as nothing is read again by its cell (the second pass and the ink
 * read); a borderless table has no cells before it is rebuilt, and a figure dropped from a row of
 * values leaves the row a value short, its values then read from the left, each a column off.
 */
final class UnreadBoxes {

    /** A reading of this many characters at most, none a digit, may be a number read as signs. */
    private static final int MISREAD_CHARS = 3;

    private UnreadBoxes() {
    }

    /**
     * The boxes read as nothing or as a few signs ({@link #misread}) that stand between no two vertical ruling lines crossing their
     * middle height (a ruled cell's sides): what the rebuilt page would otherwise have no trace of.
     */
    static List<TextBox> offLattice(List<TextBox> read, List<Ruling> rulings) {
        return read.stream().filter(b -> (b.text().isBlank() || misread(b.text())) && OffLattice.of(b, rulings))
                .toList();
    }

    /**
     * A few signs in a number's place: at most {@link #MISREAD_CHARS}, none a digit, a letter, an
     * ideograph or the form's mark for none ({@code #} for 7, {@code $} for 8; not {@code -} or
     * {@code /}).
     */
    static boolean misread(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.codePointCount(0, s.length()) <= MISREAD_CHARS
                && s.codePoints().noneMatch(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c))
                && !s.matches("[-‐‑‒–—―－_~～/／\\\\.,，。、:：;；()（）]+");
    }

    /**
     * The box's ink (at the page's threshold) in pixels of the page, {x0, y0, x1, y1} with ends
     * exclusive; empty when the box holds none.
     */
    static int[] inkBounds(TextBox b, boolean[] ink, int width, float ppp) {
        int height = ink.length / width;
        int x0 = Math.max(0, Math.round(b.x0() / ppp));
        int y0 = Math.max(0, Math.round(b.y0() / ppp));
        int x1 = Math.min(width, Math.round(b.x1() / ppp));
        int y1 = Math.min(height, Math.round(b.y1() / ppp));
        int[] k = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (ink[y * width + x]) {
                    k[0] = Math.min(k[0], x);
                    k[1] = Math.min(k[1], y);
                    k[2] = Math.max(k[2], x + 1);
                    k[3] = Math.max(k[3], y + 1);
                }
            }
        }
        return k[2] < 0 ? new int[0] : k;
    }
}
