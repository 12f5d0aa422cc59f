package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Upright text laid over a table along its lines: a tiled watermark ({@code 政务公开 2020}, repeated over every
 * printed page) drawn as one run of words and digits, which passes through the table's vertical rulings as if
 * they were not there. A cell's own text is drawn inside its cell, its padding and the border between it and the
 * next cell's text: no ruling stands inside one of its glyphs or between two glyphs that touch. Such a watermark's
 * digits fall into the cells it crosses, on a figure's line or a line of a tall cell, and join its figure (the
 * 0 read {@code 20200}); they are plain to a reader only by their colour, and a colour that stands out from the
 * page (mid-grey {@code #999}, black at 30 % alpha, a light red) is one a table may be printed in too (red team
 * rtf, 3 Dec). So the run's digits are put in doubt, not dropped: the cells they stand in cannot be proved.
 *
 * <p>Only a run holding digits and something a figure is not made of (words, a date's {@code -}, a site's name) is
 * told: a number too wide for its column runs on over the border too, and is a value, not a watermark; a label run on
 * over empty cells (a spreadsheet's print) has no digit to lend a cell. A run is glyphs drawn one after the other on
 * one baseline, each next to the last, of one size and upright. Digits alone ({@code 2020}) are not told from a
 * number: a pale one is doubted by its colour ({@link GlyphVisibility}), one that stands out is not.
 *
 * <p>A stamp set with letter spacing ({@code letter-spacing:4px}, the spaced-out band many CMS templates tile) has no two
 * glyphs touching, so a border falls in one of its gaps as it falls between two cells' texts (red team rth, 3 Dec:
 * {@code 24} read 242, {@code 5} read 520). What tells it is its spacing: the same gap after every glyph, words and
 * digits alike, which a cell's text does not have (its letters touch) and two cells' texts have only by chance, never
 * across a word and a year. A run spaced so, up to {@link #SPACED} of its size apart, with a border in its span in one
 * of those gaps or where its words break, is laid over the table.
 */
final class RunOverRulings {

    /** Glyph centres this far apart across the line (share of the larger size) stand on one line. */
    private static final float IN_LINE = 0.3f;
    /** Glyph boxes at most this far apart along the line (share of the larger size) follow each other. */
    private static final float NEXT = 0.6f;
    /** Glyph boxes overlapping this much (share of the larger size) still follow each other. */
    private static final float OVERLAP = 0.3f;
    /** Sizes further apart than this factor are not one run. */
    private static final float SAME_SIZE = 1.25f;
    /**
     * Glyphs this close (share of the size) touch, as a word's letters and a number's digits do: no cell border
     * fits between them (a page with {@code cellpadding=0} still has its 1 px border, 0.75 pt, 0.07 of a 10.5 pt
     * glyph, between one cell's text and the next's).
     */
    private static final float TOUCHING = 0.05f;
    /** A ruling this far inside a glyph's box (share of its width) passes through it, not along its edge. */
    private static final float INSIDE = 0.15f;
    /**
     * Glyphs of one size on one line this far apart at most (share of the size) may be one letter-spaced run: a
     * {@code letter-spacing} of 14 px on an 18 px stamp leaves 0.78 of its size between glyphs.
     */
    private static final float SPACED = 1.2f;
    /**
     * Gaps this close (share of the size) are one spacing: a page draws a letter-spaced run's glyphs at their advance
     * plus the spacing, both exact, so its gaps differ only by rounding (under 0.01 of the size in Chromium's prints).
     */
    private static final float SAME_GAP = 0.03f;
    /**
     * So many gaps of one spacing make a letter-spaced run: two words' worth, so that two cells' texts lined up by
     * chance (a label's last glyph, a border, a figure) are not taken for one.
     */
    private static final int SPACED_GAPS = 4;

    /** A figure as a cell prints it, which may run on over its column's border: a value, not a watermark. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-−+]?[0-9][0-9,.]*%?");

    private RunOverRulings() {
    }

    /**
     * The digits of {@code drawn} (in drawing order) that belong to an upright run laid over the table's rulings,
     * by identity.
     *
     * @param rulings the page's rulings in the reading frame
     */
    static Set<TextPosition> digits(List<TextPosition> drawn, PageTurn turn, List<Ruling> rulings) {
        Set<TextPosition> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Ruling> vertical = rulings.stream().filter(Ruling::vertical).toList();
        if (vertical.isEmpty()) {
            return out;
        }
        List<Placed> run = new ArrayList<>();
        List<Placed> spaced = new ArrayList<>(); // glyphs that may be one letter-spaced run
        boolean blank = false;
        for (TextPosition p : drawn) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                blank = true; // the space between a run's words
                continue;
            }
            Placed here = new Placed(p, turn.box(p), turn.dir(p), PageTurn.size(p), blank);
            blank = false;
            // a word break in a spaced run is a blank and the spacing twice over
            if (spaced.isEmpty() || !follows(spaced.get(spaced.size() - 1), here, here.afterBlank() ? 3 * SPACED : SPACED)) {
                collectSpaced(spaced, vertical, out);
                spaced = new ArrayList<>();
            }
            spaced.add(here);
            if (!run.isEmpty() && follows(run.get(run.size() - 1), here, NEXT)) {
                run.add(here);
                continue;
            }
            collect(run, vertical, out);
            run = new ArrayList<>(List.of(here));
        }
        collect(run, vertical, out);
        collectSpaced(spaced, vertical, out);
        return out;
    }

    /**
     * The digits of a letter-spaced run with a vertical ruling in its span, in one of its spaced gaps or in a gap
     * where its words break: a stamp laid over the cells.
     */
    private static void collectSpaced(List<Placed> run, List<Ruling> vertical, Set<TextPosition> out) {
        if (run.size() <= SPACED_GAPS || run.stream().noneMatch(Placed::digit)
                || run.stream().allMatch(g -> figure(g.glyph().getUnicode()))) {
            return;
        }
        float size = run.get(0).size();
        float spacing = spacing(run, size);
        if (Float.isNaN(spacing)) {
            return;
        }
        for (int i = 0; i + 1 < run.size(); i++) {
            Placed a = run.get(i);
            Placed b = run.get(i + 1);
            float gap = b.box()[0] - a.box()[2];
            if (Math.abs(gap - spacing) > SAME_GAP * size && !b.afterBlank()) {
                continue; // a gap the run's spacing does not explain: two texts met here
            }
            for (Ruling r : vertical) {
                float cy = (a.cy() + b.cy()) / 2;
                if (cy >= r.y0() && cy <= r.y1() && r.position() >= a.box()[2] && r.position() <= b.box()[0]) {
                    run.stream().filter(Placed::digit).forEach(g -> out.add(g.glyph()));
                    return;
                }
            }
        }
    }

    /**
     * The gap most of the run's glyphs leave after them, when at least {@link #SPACED_GAPS} gaps have it, it is wider
     * than glyphs that touch, and it is left beside a glyph no figure has (a word's, a date's dash) as between two
     * digits; NaN otherwise.
     */
    private static float spacing(List<Placed> run, float size) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < run.size(); i++) {
            if (!run.get(i + 1).afterBlank()) {
                gaps.add(run.get(i + 1).box()[0] - run.get(i).box()[2]);
            }
        }
        List<Float> sorted = gaps.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Float.NaN;
        }
        float spacing = sorted.get(sorted.size() / 2);
        if (spacing < TOUCHING * size) {
            return Float.NaN;
        }
        int same = 0;
        boolean inWord = false;
        boolean inNumber = false;
        for (int i = 0; i + 1 < run.size(); i++) {
            Placed a = run.get(i);
            Placed b = run.get(i + 1);
            if (b.afterBlank() || Math.abs(b.box()[0] - a.box()[2] - spacing) > SAME_GAP * size) {
                continue;
            }
            same++;
            inWord |= !figure(a.glyph().getUnicode()) || !figure(b.glyph().getUnicode());
            inNumber |= a.digit() && b.digit();
        }
        return same >= SPACED_GAPS && inWord && inNumber ? spacing : Float.NaN;
    }

    /** A glyph a printed figure may be made of. */
    private static boolean figure(String glyph) {
        return PLAIN_NUMBER.matcher(glyph).matches() || glyph.equals(",") || glyph.equals(".");
    }

    private static void collect(List<Placed> run, List<Ruling> vertical, Set<TextPosition> out) {
        StringBuilder text = new StringBuilder();
        run.forEach(g -> text.append(g.glyph().getUnicode()));
        boolean digits = run.stream().anyMatch(Placed::digit);
        if (digits && !PLAIN_NUMBER.matcher(text).matches() && laidOver(run, vertical)) {
            run.stream().filter(Placed::digit).forEach(g -> out.add(g.glyph()));
        }
    }

    /**
     * A glyph with its box in the reading frame {x0, y0, x1, y1}, its direction there and its size; {@code afterBlank}
     * when a blank was drawn between it and the glyph before it (a break between words).
     */
    private record Placed(TextPosition glyph, float[] box, int dir, float size, boolean afterBlank) {
        float cy() {
            return (box[1] + box[3]) / 2;
        }

        boolean digit() {
            return Character.isDigit(glyph.getUnicode().codePointAt(0));
        }
    }

    /** {@code b} comes after {@code a} on an upright line, in the same size, at most {@code apart} of it after. */
    private static boolean follows(Placed a, Placed b, float apart) {
        float size = Math.max(a.size(), b.size());
        if (a.dir() != 0 || b.dir() != 0 || size <= 0 || size > SAME_SIZE * Math.min(a.size(), b.size())) {
            return false;
        }
        float gap = b.box()[0] - a.box()[2];
        return Math.abs(a.cy() - b.cy()) <= IN_LINE * size && gap <= apart * size && gap >= -OVERLAP * size;
    }

    /** A vertical ruling on the run's line passes through one of its glyphs, or between two that touch. */
    private static boolean laidOver(List<Placed> run, List<Ruling> vertical) {
        for (int i = 0; i < run.size(); i++) {
            Placed g = run.get(i);
            float inset = INSIDE * (g.box()[2] - g.box()[0]);
            Placed next = i + 1 < run.size() ? run.get(i + 1) : null;
            boolean touching = next != null && next.box()[0] - g.box()[2] < TOUCHING * g.size();
            for (Ruling r : vertical) {
                if (g.cy() < r.y0() || g.cy() > r.y1()) {
                    continue;
                }
                float x = r.position();
                if (x > g.box()[0] + inset && x < g.box()[2] - inset
                        || touching && x >= g.box()[2] && x <= next.box()[0]) {
                    return true;
                }
            }
        }
        return false;
    }
}
