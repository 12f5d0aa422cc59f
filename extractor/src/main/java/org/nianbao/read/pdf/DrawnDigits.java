package org.nianbao.read.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;

/**
 * Whether the glyph a font draws for a code is the digit its Unicode mapping (the {@code ToUnicode}
 * map, usually) says it is. A map that lies — a converter that rebuilt a subset's map from a wrong
 * encoding, an editor that changed a number by re-encoding it — gives digits the page does not
 * show, and a person reads the glyphs. Three witnesses, each asked only where the font has it:
 * <ol>
 * <li>the glyph's name (a TrueType {@code post} table, a Type 1 or CFF font's encoding or
 * {@code /Differences}): {@code three} is a 3;</li>
 * <li>the font's own Unicode {@code cmap} (a TrueType font's (3,1), (3,10) or (0,x) table), read
 * backwards from the glyph;</li>
 * <li>the glyph's outline, filled and counted for its enclosed counters: an 8 has two, a 0, 6 or 9
 * one (a slashed 0 two, a closed 4 one), a 1, 3, 5 or 7 none (a looped 2 one). This one tells apart
 * digits of different shapes only (3 from 8, 1 from 0), not 3 from 5. The outline is filled only
 * when its contours, one more than its counters in a clean outline, disagree with the digit
 * (filling is most of this class's cost); so a font of unmerged, overlapping strokes whose extra
 * contours happen to fit the claimed digit is not caught.</li>
 * <li>the shapes of all the font's digit glyphs together, against reference digits
 * ({@link FontDigits}): this one tells a 3 from a 5 and a 6 from a 9, and asks no name or table of
 * the font, only its outlines. Where it proves the map shuffles the digits, the digits drawn are
 * read ({@link #reread}); where it only catches it, every digit of the font is in doubt.</li>
 * </ol>
 * Only embedded fonts are asked: a font that is not embedded is drawn with a substitute found by
 * its Unicode, so its digits are the ones claimed. Each code of each font is judged once per
 * document (fonts stay loaded for the document, {@link DocumentFontCache}).
 */
final class DrawnDigits {

    private static final String[] NAMES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};
    /** Counters each digit may have, by the digit: bit n set when n counters are possible. */
    private static final int[] COUNTERS = {0b110, 0b001, 0b011, 0b001, 0b011, 0b001, 0b010, 0b001, 0b100, 0b010};
    /** Height in pixels the outline is filled at: enough for the counters of a thin or a heavy face. */
    private static final int SIZE = 64;

    private final Map<PDFont, Map<Integer, String>> verdicts = new IdentityHashMap<>();
    /** What the shapes of each font's digits say, judged once per font. */
    private final Map<PDFont, FontDigits.Verdict> shapes = new IdentityHashMap<>();
    /** The first contradiction found in each font that has one. */
    private final Map<PDFont, String> lies = new IdentityHashMap<>();

    /**
     * Why the glyph drawn for {@code code} is not the digit {@code unicode} says, or "" when nothing
     * says so (or {@code unicode} is not one digit).
     */
    String contradiction(PDFont font, int code, String unicode) {
        int claimed = digit(unicode);
        if (claimed < 0 || !font.isEmbedded()) {
            return "";
        }
        FontDigits.Verdict shaped = shapes(font);
        String why = verdicts.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(code, c -> judge(font, c, claimed, shaped));
        if (!why.isEmpty()) {
            lies.putIfAbsent(font, why);
        }
        return why;
    }

    /**
     * The digit drawn for {@code code}, in the width of {@code unicode}, when the shapes of the
     * font's digits prove that its map gives the glyph another digit and the glyph's name, if it has
     * one, agrees with its shape; null otherwise (the map's digit stands, or is in doubt).
     */
    String reread(PDFont font, int code, String unicode) {
        if (digit(unicode) < 0 || !font.isEmbedded()) {
            return null;
        }
        FontDigits.Verdict shaped = shapes(font);
        Integer drawn = shaped.proved() ? shaped.drawn().get(code) : null;
        if (drawn == null) {
            return null;
        }
        try {
            int named = digitNamed(glyphName(font, code));
            if (named >= 0 && named != drawn) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return String.valueOf((char) ((unicode.charAt(0) <= '9' ? '0' : '\uFF10') + drawn));
    }

    /** What a proved reading of {@code font}'s digits rests on, in words ("" when there is none). */
    String rereadWhy(PDFont font) {
        FontDigits.Verdict shaped = shapes.get(font);
        return shaped != null && shaped.proved() ? shaped.why() : "";
    }

    private FontDigits.Verdict shapes(PDFont font) {
        return shapes.computeIfAbsent(font, f -> {
            FontDigits.Verdict v = FontDigits.judge(f, FontDigits.Shipped.SHAPES);
            if (!v.proved() && !v.why().isEmpty()) {
                lies.putIfAbsent(f, v.why()); // caught, not proved: none of its digits is believed
            }
            return v;
        });
    }

    /**
     * Why a digit {@code unicode} of {@code font} cannot be believed although its own glyph
     * contradicts nothing: the font's map was caught giving another glyph the wrong digit (a map
     * shifted by one gives 2 for the 1 drawn, and a 1 and a 2 look alike to the counters). "" when
     * the font has not been caught, or {@code unicode} is not one digit.
     */
    String lie(PDFont font, String unicode) {
        String first = font == null || digit(unicode) < 0 ? null : lies.get(font);
        return first == null ? "" : "the same font's map gives another glyph the wrong digit (" + first
                + "): none of its digits can be believed";
    }

    private static int digit(String unicode) {
        return FontDigits.digit(unicode);
    }

    private static String judge(PDFont font, int code, int claimed, FontDigits.Verdict shaped) {
        try {
            int named = digitNamed(glyphName(font, code));
            if (named >= 0 && named != claimed) {
                return "the glyph drawn is named '" + NAMES[named] + "', not " + claimed;
            }
            int mapped = fontsOwnDigit(font, code, claimed);
            if (mapped >= 0) {
                return "the font's own character map gives " + mapped + " for the glyph drawn, not " + claimed;
            }
            Integer drawn = shaped.drawn().get(code);
            if (drawn != null) {
                // proved: read as drawn (reread) unless the name contradicts the shape, which is doubt
                return shaped.proved() && named < 0 ? "" : "the glyph drawn has the shape of a " + drawn + ", not a "
                        + claimed + " (" + shaped.why() + ")";
            }
            if (font instanceof PDVectorFont v) {
                GeneralPath outline = v.getPath(code);
                // a clean outline has one contour more than it has counters: filling it is needed only
                // when its contours say otherwise (overlapping strokes make contours, not counters)
                int contours = contours(outline);
                if (contours > 0 && allows(claimed, contours - 1)) {
                    return "";
                }
                int counters = counters(outline);
                if (counters >= 0 && !allows(claimed, counters)) {
                    return "the glyph drawn has " + counters + " enclosed counter" + (counters == 1 ? "" : "s")
                            + ", which no " + claimed + " has";
                }
            }
            return "";
        } catch (IOException | RuntimeException e) {
            return ""; // a glyph PDFBox cannot load gives no evidence either way
        }
    }

    private static boolean allows(int digit, int counters) {
        return (COUNTERS[digit] & (1 << Math.min(counters, 3))) != 0;
    }

    /** How many contours (closed subpaths) the outline has. */
    private static int contours(GeneralPath outline) {
        int n = 0;
        double[] point = new double[6];
        for (PathIterator i = outline.getPathIterator(null); !i.isDone(); i.next()) {
            if (i.currentSegment(point) == PathIterator.SEG_MOVETO) {
                n++;
            }
        }
        return n;
    }

    /** The glyph's name, or null when the font does not name its glyphs. */
    private static String glyphName(PDFont font, int code) throws IOException {
        TrueTypeFont ttf = trueType(font);
        if (ttf != null) {
            PostScriptTable post = ttf.getPostScript();
            return post == null ? null : post.getName(gid(font, code));
        }
        if (font instanceof PDSimpleFont simple && simple.getEncoding() != null) {
            return simple.getEncoding().getName(code); // a Type 1 or CFF font draws the glyph of this name
        }
        return null;
    }

    /** The digit a glyph name stands for ({@code three}, {@code three.lf}, {@code uni0033}), or -1. */
    static int digitNamed(String name) {
        if (name == null) {
            return -1;
        }
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(base)) {
                return i;
            }
        }
        if (base.matches("uni003[0-9]|u003[0-9]")) {
            return base.charAt(base.length() - 1) - '0';
        }
        return -1;
    }

    /**
     * Another digit the font's own Unicode character map gives the glyph, when it does not give it the
     * claimed one too; -1 otherwise (no such map: subsets made by LibreOffice keep only a symbol map).
     */
    private static int fontsOwnDigit(PDFont font, int code, int claimed) throws IOException {
        TrueTypeFont ttf = trueType(font);
        if (ttf == null || ttf.getCmap() == null) {
            return -1;
        }
        int gid = gid(font, code);
        int other = -1;
        for (CmapSubtable table : ttf.getCmap().getCmaps()) {
            boolean unicode = table.getPlatformId() == 0
                    || table.getPlatformId() == 3 && (table.getPlatformEncodingId() == 1 || table.getPlatformEncodingId() == 10);
            List<Integer> chars = unicode ? table.getCharCodes(gid) : null;
            if (chars == null) {
                continue;
            }
            for (int c : chars) {
                int d = c >= '0' && c <= '9' ? c - '0' : -1;
                if (d == claimed) {
                    return -1;
                }
                if (d >= 0) {
                    other = d;
                }
            }
        }
        return other;
    }

    private static TrueTypeFont trueType(PDFont font) throws IOException {
        if (font instanceof PDTrueTypeFont t) {
            return t.getTrueTypeFont();
        }
        if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
            return cid.getTrueTypeFont();
        }
        return null;
    }

    private static int gid(PDFont font, int code) throws IOException {
        if (font instanceof PDTrueTypeFont t) {
            return t.codeToGID(code);
        }
        PDCIDFont cid = ((PDType0Font) font).getDescendantFont();
        return cid.codeToGID(code);
    }

    /**
     * How many enclosed counters the outline has when filled (non-zero winding, as fonts are drawn),
     * or -1 for an empty outline. Filled, not counted from contours: overlapping strokes of
     * unmerged outlines make extra contours but no extra counters.
     */
    static int counters(GeneralPath outline) {
        Rectangle2D box = outline.getBounds2D();
        if (box.isEmpty() || box.getWidth() <= 0 || box.getHeight() <= 0) {
            return -1;
        }
        double scale = (SIZE - 4) / Math.max(box.getWidth(), box.getHeight());
        int w = (int) Math.ceil(box.getWidth() * scale) + 4;
        int h = (int) Math.ceil(box.getHeight() * scale) + 4;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            AffineTransform at = new AffineTransform();
            at.translate(2, 2);
            at.scale(scale, scale);
            at.translate(-box.getX(), -box.getY());
            g.setColor(java.awt.Color.WHITE);
            g.fill(at.createTransformedShape(outline));
        } finally {
            g.dispose();
        }
        byte[] ink = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        boolean[] seen = new boolean[w * h];
        // the background reached from the border is outside the glyph; what is left are its counters
        flood(ink, seen, w, h, 0);
        int counters = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] == 0 && !seen[i] && flood(ink, seen, w, h, i) >= 4) { // a speck is a rasterising gap, no counter
                counters++;
            }
        }
        return counters;
    }

    /** Marks the background region holding pixel {@code start}; its size in pixels. */
    private static int flood(byte[] ink, boolean[] seen, int w, int h, int start) {
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.push(start);
        seen[start] = true;
        int size = 0;
        while (!todo.isEmpty()) {
            int p = todo.pop();
            size++;
            int x = p % w;
            int y = p / w;
            int[] next = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
            for (int q : next) {
                if (q >= 0 && !seen[q] && ink[q] == 0) {
                    seen[q] = true;
                    todo.push(q);
                }
            }
        }
        return size;
    }
}
