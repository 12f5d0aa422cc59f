package org.nianbao.read.pdf;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * What the shapes of all of one font's digit glyphs say about the digits its Unicode map gives
 * them, judged together ({@link DigitShapes} scores each glyph against reference digits). A map
 * gives each digit to one glyph, so the glyphs are judged as one assignment: the map is believed
 * unless another assignment of digits to the same glyphs (each digit to as many glyphs as the map
 * gives it to, at least one) fits their shapes better by {@link #CAUGHT}: two digits swapped cost an
 * honest font at least 0.11 on 36 fonts the references were not made from, one glyph alone scores
 * highest as its own digit there, by 0.001 at least, but may not in a font never seen. Half-width and
 * full-width digits are judged apart (a CJK font draws both). Every embedded font with outlines is
 * judged: TrueType, Type 1, CFF, composite, and Type 3 fonts whose glyphs paint paths
 * ({@link Type3Outline}).
 *
 * <p>A map caught is <em>proved</em> when the better assignment only shuffles the digits the map
 * gives (the same digits, to other glyphs), beats it by {@link #PROVED}, and each glyph it moves
 * looks most like its new digit, by {@link #EACH} over the old one: then the glyphs drawn can be
 * read. Otherwise every digit of the font is in doubt.
 */
public final class FontDigits {

    /** How much better another assignment must fit for the map to be caught lying. */
    static final double CAUGHT = 0.06;
    /** How much better it must fit for the map's lie to be proved, the digits drawn read instead. */
    static final double PROVED = 0.15;
    /** How much better each moved glyph must fit its new digit than the one the map gives it, for a proof. */
    static final double EACH = 0.04;
    /**
     * More digit glyphs than this in one font (of one width, counting a digit the map gives to none)
     * are not judged by shape: the search is exponential in them.
     */
    private static final int MOST = 14;

    /**
     * The verdict on one font.
     *
     * @param drawn the digit each contradicted code's glyph is drawn as, by the code; empty when the map is believed
     * @param proved the contradiction is proved: the digits drawn may be read in place of the map's
     * @param why what was found, in words ("" when the map is believed)
     */
    public record Verdict(Map<Integer, Integer> drawn, boolean proved, String why) {
        public static final Verdict BELIEVED = new Verdict(Map.of(), false, "");

        public Verdict {
            drawn = Map.copyOf(drawn);
        }
    }

    private FontDigits() {
    }

    /** Judges the digit glyphs of {@code font}; never throws (a font PDFBox cannot read is believed). */
    static Verdict judge(PDFont font, DigitShapes shapes) {
        if (!(font instanceof PDVectorFont || font instanceof PDType3Font) || !font.isEmbedded()) {
            return Verdict.BELIEVED;
        }
        try {
            List<Glyph> glyphs = new ArrayList<>();
            for (Map.Entry<Integer, String> e : digitCodes(font).entrySet()) {
                GeneralPath outline = font instanceof PDType3Font t3 ? Type3Outline.of(t3, e.getKey())
                        : ((PDVectorFont) font).getPath(e.getKey());
                double[] scores = outline == null ? null : shapes.scores(outline);
                if (scores != null) {
                    char c = e.getValue().charAt(0);
                    glyphs.add(new Glyph(e.getKey(), digit(e.getValue()), c > '9', scores));
                }
            }
            return judge(font.getName(), glyphs);
        } catch (IOException | RuntimeException e) {
            return Verdict.BELIEVED; // no evidence either way
        }
    }

    /**
     * Judges a font not in a PDF (a page's web font): {@code outlines} holds each digit character its
     * map has (ASCII or full-width), by Unicode, with the outline of the glyph the map gives it; the
     * verdict's codes are those characters. A digit whose outline is empty is not judged.
     */
    public static Verdict judge(String name, Map<Integer, GeneralPath> outlines) {
        List<Glyph> glyphs = new ArrayList<>();
        for (Map.Entry<Integer, GeneralPath> e : outlines.entrySet()) {
            String c = new String(Character.toChars(e.getKey()));
            double[] scores = digit(c) < 0 ? null : Shipped.SHAPES.scores(e.getValue());
            if (scores != null) {
                glyphs.add(new Glyph(e.getKey(), digit(c), c.charAt(0) > '9', scores));
            }
        }
        return judge(name, glyphs);
    }

    /** The reference digits that ship with the code, read when a font's digits are first judged. */
    static final class Shipped {
        static final DigitShapes SHAPES = DigitShapes.shipped();
    }

    /** Judges the digit glyphs of the font named {@code name}, each with the digit its map gives it. */
    static Verdict judge(String name, List<Glyph> glyphs) {
        Map<Integer, Integer> drawn = new TreeMap<>();
        List<String> found = new ArrayList<>();
        boolean proved = true;
        for (boolean fullWidth : new boolean[] {false, true}) {
            List<Glyph> width = new ArrayList<>();
            for (Glyph g : glyphs) {
                if (g.fullWidth == fullWidth && width.stream().noneMatch(o -> o.claimed == g.claimed
                        && Arrays.equals(o.scores, g.scores))) {
                    width.add(g); // two codes for one glyph are one glyph
                }
            }
            Assignment a = Assignment.of(width);
            if (a == null || a.gain() < CAUGHT) {
                continue;
            }
            proved &= a.proves(width);
            for (int i = 0; i < width.size(); i++) {
                Glyph g = width.get(i);
                if (a.digits[i] != g.claimed) {
                    drawn.put(g.code, a.digits[i]);
                    found.add(String.format(Locale.ROOT, "a %d drawn, %d given (fits %.2f better)", a.digits[i],
                            g.claimed, g.scores[a.digits[i]] - g.scores[g.claimed]));
                }
            }
        }
        if (drawn.isEmpty()) {
            return Verdict.BELIEVED;
        }
        return new Verdict(drawn, proved, "the shapes of " + (name == null ? "a nameless font" : "font " + name)
                + "'s digit glyphs, compared with reference digits, do not fit the digits its map gives them: "
                + String.join(", ", found));
    }

    /**
     * The codes the font's map gives one digit (ASCII or full-width), with that digit. A composite
     * font's codes are those its ToUnicode map has: PDFBox gives an unmapped code its own value as
     * Unicode, which for a glyph id is no claim at all.
     */
    static Map<Integer, String> digitCodes(PDFont font) throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        if (font instanceof PDType0Font) {
            if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
                return out;
            }
            CMap map;
            try (RandomAccessRead in = stream.createView()) {
                map = new CMapParser().parse(in);
            }
            for (int code = 0; code <= 0xFFFF; code++) {
                String u = map.toUnicode(code);
                if (digit(u) >= 0) {
                    out.put(code, u);
                }
            }
            return out;
        }
        for (int code = 0; code < 256; code++) {
            String u = font.toUnicode(code);
            if (digit(u) >= 0) {
                out.put(code, u);
            }
        }
        return out;
    }

    /** The digit {@code unicode} is (ASCII or full-width), or -1. */
    static int digit(String unicode) {
        if (unicode == null || unicode.length() != 1) {
            return -1;
        }
        char c = unicode.charAt(0);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '\uFF10' && c <= '\uFF19' ? c - '\uFF10' : -1;
    }

    /**
     * One digit glyph of a font: its code, the digit the map gives it (ASCII or full-width), how
     * much it looks like each digit ({@link DigitShapes#scores}).
     */
    record Glyph(int code, int claimed, boolean fullWidth, double[] scores) {
    }

    /**
     * The assignment of digits to a font's glyphs that fits their shapes best, each digit to at most
     * as many glyphs as the map gives it to (at least one).
     */
    private record Assignment(int[] digits, double gain) {

        /** Null when there are too many glyphs to judge together, or none. */
        static Assignment of(List<Glyph> glyphs) {
            int n = glyphs.size();
            if (n == 0 || n > MOST) {
                return null;
            }
            List<Integer> slots = new ArrayList<>(); // a digit once per glyph that may take it
            int[] given = new int[10];
            for (Glyph g : glyphs) {
                given[g.claimed]++;
            }
            for (int d = 0; d < 10; d++) {
                for (int k = 0; k < Math.max(1, given[d]); k++) {
                    slots.add(d);
                }
            }
            if (slots.size() > MOST) {
                return null;
            }
            // best[mask]: the best fit of the glyphs after the first bitCount(mask), with the slots in mask taken
            double[] best = new double[1 << slots.size()];
            for (int mask = best.length - 1; mask >= 0; mask--) {
                int i = Integer.bitCount(mask);
                best[mask] = i >= n ? 0 : Double.NEGATIVE_INFINITY;
                for (int s = 0; i < n && s < slots.size(); s++) {
                    if ((mask & (1 << s)) == 0) {
                        best[mask] = Math.max(best[mask], glyphs.get(i).scores[slots.get(s)] + best[mask | (1 << s)]);
                    }
                }
            }
            int[] digits = new int[n];
            int mask = 0;
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < slots.size(); s++) {
                    if ((mask & (1 << s)) == 0
                            && glyphs.get(i).scores[slots.get(s)] + best[mask | (1 << s)] >= best[mask] - 1e-9) {
                        digits[i] = slots.get(s);
                        mask |= 1 << s;
                        break;
                    }
                }
            }
            double claimed = 0;
            for (Glyph g : glyphs) {
                claimed += g.scores[g.claimed];
            }
            return new Assignment(digits, best[0] - claimed);
        }

        /** The better assignment proves the map wrong (see {@link FontDigits}). */
        boolean proves(List<Glyph> glyphs) {
            if (gain < PROVED) {
                return false;
            }
            int[] moved = new int[10];
            for (int i = 0; i < glyphs.size(); i++) {
                Glyph g = glyphs.get(i);
                if (digits[i] == g.claimed) {
                    continue;
                }
                moved[g.claimed]++;
                moved[digits[i]]--;
                for (int d = 0; d < 10; d++) {
                    if (g.scores[d] > g.scores[digits[i]]) {
                        return false;
                    }
                }
                if (g.scores[digits[i]] - g.scores[g.claimed] < EACH) {
                    return false;
                }
            }
            return Arrays.stream(moved).allMatch(m -> m == 0);
        }
    }
}
