package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A table whose figures are all printed in one pale colour ({@code td{color:#bbb}}, a Word table's numbers in light
 * grey): that colour is the table's, not a watermark's, and its figures are read. A pale colour is doubted because a
 * tiled watermark is drawn so and its digits join the figures they fall on ({@link GlyphVisibility}); but a watermark
 * lies over a table printed in another colour, so where every figure in the table's ruled cells shares the one pale
 * colour and size, and nothing is laid over the table (no run through its rulings, no text across the page, turned,
 * slanted or oversized), no figure there can be a watermark's (red team rtf, 3 Dec: {@code #bbb}, 68 of 255 from the
 * page, flagged 635 of 635 cells of four prints; {@code #aaa}, 85, was read).
 *
 * <p>A pale stamp of digits alone at the table's own size, over a table with no figure of its own, would pass; a tiled
 * stamp repeats one text, so a table is asked for {@link #KINDS} different figures, {@link #FIGURES} figures in all.
 */
final class PaleTable {

    /** So many figures at least make a table's worth of values, not a stray number or two. */
    static final int FIGURES = 8;
    /** So many different figures at least: a tiled stamp repeats one ({@code 2020}). */
    static final int KINDS = 3;
    /** Colours this close (largest channel difference, of 255) are one colour: a print rounds them alike. */
    private static final int SAME_COLOUR = 8;
    /** Sizes further apart than this factor are not one table's figures (a stamp's 18 px over 14 px cells). */
    private static final float SAME_SIZE = 1.25f;
    /** Glyph boxes at most this far apart along the line (share of the size) are one word. */
    private static final float NEXT = 0.3f;
    /** A figure as a cell prints it. */
    private static final Pattern FIGURE = Pattern.compile("[-−+]?[0-9][0-9,.]*%?");

    private PaleTable() {
    }

    /**
     * The pale colour the page's table is printed in, when its figures may be read in it; null otherwise.
     *
     * @param drawn the page's glyphs in drawing order
     * @param sights what a reader makes of each glyph, by identity
     * @param apart glyphs told already as not the table's text (a watermark written across the page, slanted, turned
     *     or oversized, a run laid through the rulings): any digit among them means something lies over the table
     * @param rulings the page's rulings in the reading frame
     */
    static int[] colour(List<TextPosition> drawn, Map<TextPosition, GlyphVisibility.Sight> sights, PageTurn turn,
                        Predicate<TextPosition> apart, List<Ruling> rulings) {
        List<Ruling> vertical = rulings.stream().filter(Ruling::vertical).toList();
        List<Ruling> horizontal = rulings.stream().filter(Ruling::horizontal).toList();
        if (vertical.isEmpty() || horizontal.isEmpty()) {
            return null;
        }
        List<List<TextPosition>> words = new ArrayList<>();
        List<TextPosition> word = new ArrayList<>();
        float[] last = null;
        for (TextPosition p : drawn) {
            GlyphVisibility.Sight sight = sights.get(p);
            String u = p.getUnicode();
            if (u == null || u.isBlank() || sight == null || sight.unseen() != null) {
                continue;
            }
            if (digit(p) && apart.test(p)) {
                return null; // something is laid over the page's table
            }
            float[] box = turn.box(p);
            float size = PageTurn.size(p);
            if (last == null || turn.dir(p) != 0 || box[0] - last[2] > NEXT * size || box[0] < last[0]
                    || Math.abs((box[1] + box[3]) / 2 - (last[1] + last[3]) / 2) > NEXT * size) {
                words.add(word = new ArrayList<>());
            }
            word.add(p);
            last = box;
        }
        int[] colour = null;
        float smallest = Float.MAX_VALUE;
        float largest = 0;
        int figures = 0;
        Set<String> kinds = new HashSet<>();
        for (List<TextPosition> w : words) {
            StringBuilder text = new StringBuilder();
            w.forEach(p -> text.append(p.getUnicode()));
            if (!FIGURE.matcher(text).matches() || !inCell(w, turn, vertical, horizontal)) {
                continue; // a label, a heading's year, a page number: not a figure of the table
            }
            for (TextPosition p : w) {
                int[] pale = sights.get(p).pale();
                if (pale == null || colour != null && !same(pale, colour)) {
                    return null; // a figure in another colour: the pale one may be a watermark's
                }
                colour = pale;
                smallest = Math.min(smallest, PageTurn.size(p));
                largest = Math.max(largest, PageTurn.size(p));
            }
            figures++;
            kinds.add(text.toString());
        }
        return figures >= FIGURES && kinds.size() >= KINDS && largest <= SAME_SIZE * smallest ? colour : null;
    }

    /** The colours are one as a page shows them. */
    static boolean same(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) <= SAME_COLOUR && Math.abs(a[1] - b[1]) <= SAME_COLOUR
                && Math.abs(a[2] - b[2]) <= SAME_COLOUR;
    }

    /** The word stands between rulings on every side: in a cell of a ruled table. */
    private static boolean inCell(List<TextPosition> word, PageTurn turn, List<Ruling> vertical, List<Ruling> horizontal) {
        float[] first = turn.box(word.get(0));
        float[] end = turn.box(word.get(word.size() - 1));
        float cx = (first[0] + end[2]) / 2;
        float cy = (first[1] + first[3]) / 2;
        boolean left = false;
        boolean right = false;
        for (Ruling r : vertical) {
            if (cy >= r.y0() && cy <= r.y1()) {
                left |= r.position() <= first[0];
                right |= r.position() >= end[2];
            }
        }
        boolean above = false;
        boolean below = false;
        for (Ruling r : horizontal) {
            if (cx >= r.x0() && cx <= r.x1()) {
                above |= r.position() <= first[1];
                below |= r.position() >= first[3];
            }
        }
        return left && right && above && below;
    }

    private static boolean digit(TextPosition p) {
        return Character.isDigit(p.getUnicode().codePointAt(0));
    }
}
