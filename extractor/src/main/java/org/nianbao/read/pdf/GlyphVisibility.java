package org.nianbao.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.reconstruct.pdf.SortedPositions;

/**
 * Tells the glyphs a reader of a page sees from those drawn but not seen: text in a layer
 * (optional content) that is switched off ({@link Layers}); text in an invisible rendering mode (3, the way OCR layers and hidden text are written) or fully transparent; glyphs
 * 1 pt high or less (size 0 too) or 1 pt wide or less (horizontal scaling 0); glyphs in the colour of what is painted behind them (white on the white
 * page); glyphs outside the clipping path (a cell's clip rectangle, a form's BBox); and glyphs that
 * something opaque drawn later covers: a filled area (a typewriter correction, where a white box
 * hides the old number and the new one is drawn over it), a stroke wider than a rule (a white pen)
 * or an image (a picture pasted over a number; known opaque from its dictionary and the graphics
 * state, never decoded). A fill or stroke drawn over a glyph with a blend mode other than Normal
 * covers nothing: the glyph and what is around it are both put through the blend and the glyph is
 * judged by the two results (a Multiply highlighter keeps black figures black on yellow; a black
 * Multiply marker leaves one colour). Thin fills (borders, strike lines) never count as covering; text drawn on
 * an image is seen whatever its colour. Glyphs with a rule drawn through them at mid-height (between
 * 0.15 and 0.6 em above the baseline; an underline is below it) are struck through: shown, but
 * withdrawn, and not read either. Colours are compared in RGB; a colour PDFBox cannot convert
 * (patterns, separations) counts as visible. Between seen and unseen lies doubt: text whose opacity
 * (its groups' included) times what see-through areas over it let through is under 30 %, text under
 * a 50–95 % area, and text whose blend mode leaves it faint over what is behind it, or acts on a
 * background whose colour is not known, is read but its showing is in doubt ({@link Sight}).
 */
final class GlyphVisibility {

    /** Nothing thinner than this (points) covers text: it is a border or a rule. */
    static final float THIN = 2.5f;
    private static final float TINY = 1.0f;
    /** At this strength (opacity times what covers let through) or less text is not seen. */
    private static final float UNSEEN = 0.05f;
    /**
     * Below this strength text, or its contrast with what is behind it (of 255: a blend's result, a pale colour),
     * is faint: whether it is read is in doubt.
     */
    private static final float FAINT = 0.30f;
    /** A see-through area drawn over text at this opacity or more (and under {@link #OPAQUE}) nearly hides it. */
    private static final float HALF_COVER = 0.5f;
    /** At this opacity or more an area drawn over text hides it. */
    static final float OPAQUE = 0.95f;
    private static final int[] PAGE = {255, 255, 255};
    /** The reason given for glyphs outside the clipping path they are drawn in. */
    static final String CLIPPED = "outside its clipping path";
    /** The reason given for glyphs that paint nothing (rendering modes 3 and 7: OCR layers, hidden text). */
    static final String INVISIBLE = "invisible text";
    /** The reason given for glyphs an opaque image drawn later covers. */
    static final String UNDER_IMAGE = "covered by an image drawn over it";
    /** The reason given for glyphs a line is drawn through at mid-height. */
    static final String STRUCK = "struck through";

    /**
     * How a glyph was painted.
     *
     * @param colours the colours it is painted in, not transparent: its fill's, its outline's (stroking
     *     modes), or both; an element is null when that colour is not known
     * @param painted false for rendering modes that paint nothing (3 and 7)
     * @param mode the text rendering mode (0–7)
     * @param drawnBefore how many glyphs were drawn before it on the page
     * @param clipped its middle lies outside the clipping path: nothing of it around there is painted
     * @param offLayer the name of the switched-off layer (optional content) it is drawn in, or null
     */
    record Paint(List<int[]> colours, boolean painted, int mode, float alpha, BlendMode blend, int drawnBefore,
                 boolean clipped, String offLayer) {
    }

    /**
     * What a reader makes of a glyph.
     *
     * @param unseen why it is not seen, null when it is
     * @param doubt why it may or may not be seen (faint, half covered, blended over a background
     *     not known), null when it plainly shows; only for glyphs that are not unseen
     */
    record Sight(String unseen, String doubt) {
        static final Sight CLEAR = new Sight(null, null);

        static Sight hidden(String why) {
            return new Sight(why, null);
        }
    }

    /**
     * Something painted on the page, in drawing order: it covers the glyphs drawn before it and lies
     * behind those drawn after it. In PDF space (origin bottom-left).
     */
    sealed interface Painted permits Fill, Stroke, Image {
        /** How many glyphs were drawn before it. */
        int glyphsBefore();

        boolean contains(float x, float y);

        /** Its colour as RGB 0–255, null when not one colour (an image) or not known. */
        int[] rgb();

        /** Why a glyph drawn before it under the point is not seen, or "" when it shows through. */
        String hides();

        /** How it is composited with what is under it. */
        BlendMode blend();

        /**
         * Drawn with a blend mode other than Normal in a known colour: it covers nothing, but turns
         * what is under it into its blend's result (a yellow highlighter box with Multiply leaves
         * black figures black on yellow), which is what a glyph under it is judged by.
         */
        default boolean blends() {
            return rgb() != null && blend() != BlendMode.NORMAL && blend() != BlendMode.COMPATIBLE;
        }
    }

    /** The opacity of a fill or a stroke; 0 for an image, which is judged by its transparency. */
    private static float opacity(Painted d) {
        return d instanceof Fill f ? f.alpha() : d instanceof Stroke s ? s.alpha() : 0;
    }

    /**
     * A filled area.
     *
     * @param glyphsBefore how many glyphs were drawn before it: it covers those, and lies under the rest
     * @param area the area itself, with its fill rule, when its box is not all of it (a ring, a disc, several
     *             pieces); null for a box
     * @param blend its blend mode
     */
    record Fill(float x0, float y0, float x1, float y1, int[] rgb, float alpha, int glyphsBefore,
                java.awt.Shape area, BlendMode blend) implements Painted {
        Fill(float x0, float y0, float x1, float y1, int[] rgb, float alpha, int glyphsBefore) {
            this(x0, y0, x1, y1, rgb, alpha, glyphsBefore, null, BlendMode.NORMAL);
        }

        boolean thin() {
            return x1 - x0 <= THIN || y1 - y0 <= THIN;
        }

        @Override
        public boolean contains(float x, float y) {
            // a ring drawn round a digit (a CSS circle) fills its box's edge, not the digit in its hole
            return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (area == null || area.contains(x, y));
        }

        @Override
        public String hides() {
            return alpha >= OPAQUE && !blends() ? "covered by a box drawn over it" : "";
        }
    }

    /**
     * A straight piece of a stroked path thicker than a rule (a white pen stroke over a number): it
     * paints every point within {@code half} of the segment from a to b, and past its ends by as
     * much when its ends are round or square.
     */
    record Stroke(float ax, float ay, float bx, float by, float half, boolean capped, int[] rgb, float alpha,
                  int glyphsBefore, BlendMode blend) implements Painted {
        @Override
        public boolean contains(float x, float y) {
            float dx = bx - ax;
            float dy = by - ay;
            float length = (float) Math.hypot(dx, dy);
            if (length == 0) {
                return capped && Math.hypot(x - ax, y - ay) <= half;
            }
            float along = ((x - ax) * dx + (y - ay) * dy) / length; // from a towards b
            float across = Math.abs((x - ax) * dy - (y - ay) * dx) / length;
            float reach = capped ? half : 0;
            return across <= half && along >= -reach && along <= length + reach;
        }

        @Override
        public String hides() {
            return alpha >= OPAQUE && !blends() ? "covered by a line drawn over it" : "";
        }
    }

    /**
     * An image, by the box it is drawn in (never decoded: what it shows is not known), or an area
     * painted in colours not worked out (a gradient, a pattern fill), which covers like one.
     *
     * @param transparency why it may let what is under it show (a soft mask, a stencil, an alpha
     *     constant, a blend mode), "" when it is opaque
     * @param seeThrough what is under it shows anyway (alpha ≤ 0.5, a darkening blend mode)
     * @param what what it is, in words: {@link #PICTURE} for an image or a shading, which may
     *     stand in a cell as its content; a pattern fill (a texture) never does
     */
    record Image(float x0, float y0, float x1, float y1, String transparency, boolean seeThrough, int glyphsBefore,
                 String what) implements Painted {
        static final String PICTURE = "an image";

        /** A picture, which may show a number where it stands; a pattern fill is a texture. */
        boolean picture() {
            return what.equals(PICTURE);
        }

        @Override
        public boolean contains(float x, float y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }

        @Override
        public int[] rgb() {
            return null;
        }

        @Override
        public BlendMode blend() {
            return BlendMode.NORMAL; // what it blends is said in its transparency
        }

        @Override
        public String hides() {
            return !transparency.isEmpty() ? "" : picture() ? UNDER_IMAGE : "covered by " + what + " drawn over it";
        }

        /** It may hide what it is drawn over, or not: which, only its pixels would tell. */
        boolean mayHide() {
            return !transparency.isEmpty() && !seeThrough;
        }
    }

    private final Map<TextPosition, Paint> paints;
    /** What can cover a glyph or lie behind it, in drawing order (thin fills are rules, not areas). */
    private final List<Painted> areas;
    private final List<Image> images;
    /** Thin horizontal fills and strokes not in the page's colour, by the height of their middle. */
    private final List<Fill> rules;
    private final SortedPositions ruleYs;
    /** Where each painted thing stands in drawing order. */
    private final Map<Painted, Integer> order = new IdentityHashMap<>();

    GlyphVisibility(Map<TextPosition, Paint> paints, List<Painted> painted) {
        this.paints = new IdentityHashMap<>(paints); // TextPosition equality is by value: identity matters
        for (int i = 0; i < painted.size(); i++) {
            order.put(painted.get(i), i);
        }
        this.areas = painted.stream().filter(d -> d instanceof Fill f ? !f.thin() && f.rgb() != null
                : d instanceof Image || d.rgb() != null).toList();
        this.images = painted.stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
        // sorted, so that a glyph looks only at the rules at its mid-height: a table's black borders
        // are rules too, hundreds on a page
        this.rules = painted.stream().filter(Fill.class::isInstance).map(Fill.class::cast)
                .filter(f -> f.y1() - f.y0() <= THIN && f.x1() - f.x0() > THIN && f.rgb() != null
                && !close(f.rgb(), PAGE)).sorted(Comparator.comparingDouble(GlyphVisibility::middle)).toList();
        float[] middles = new float[rules.size()];
        for (int i = 0; i < middles.length; i++) {
            middles[i] = middle(rules.get(i));
        }
        this.ruleYs = new SortedPositions(middles);
    }

    /** The vector (x, y) scaled to length 1; (1, 0) for none. */
    private static float[] unit(float x, float y) {
        double length = Math.hypot(x, y);
        return length == 0 ? new float[] {1, 0} : new float[] {(float) (x / length), (float) (y / length)};
    }

    private static float middle(Fill rule) {
        return (rule.y0() + rule.y1()) / 2;
    }

    /**
     * Whether the reader sees the glyph, does not, or may or may not. Its strength is its own
     * opacity (the graphics state's times every enclosing group's) times what the areas drawn over
     * it let through; its colour is what its blend mode makes of it over what is painted behind it.
     */
    Sight sight(TextPosition p) {
        Paint paint = paints.get(p);
        if (paint == null) {
            return Sight.CLEAR;
        }
        if (paint.offLayer() != null) {
            return Sight.hidden("in layer '" + paint.offLayer() + "', which is switched off");
        }
        if (!paint.painted()) {
            return Sight.hidden(INVISIBLE + " (rendering mode " + paint.mode() + ")");
        }
        if (paint.clipped()) {
            return Sight.hidden(CLIPPED);
        }
        if (paint.alpha() <= UNSEEN) {
            return Sight.hidden("fully transparent text");
        }
        Matrix m = p.getTextMatrix();
        float size = Math.abs(m.getScalingFactorY());
        if (size <= TINY) { // size 0 (0 Tf) paints nothing at all
            return Sight.hidden("text " + Math.round(size * 100) / 100f + " pt high");
        }
        float wide = Math.abs(m.getScalingFactorX());
        if (wide <= TINY) { // horizontal scaling 0 (0 Tz): the glyph is drawn 0 wide
            return Sight.hidden("text " + Math.round(wide * 100) / 100f + " pt wide");
        }
        // the glyph's middle: half its width along its writing direction and a third of an em up from its
        // baseline, both as the page draws them (a page printed upside down or a landscape page drawn
        // sideways writes its glyphs at 180°, 90° or 270°, where "up" is another way on the page; for
        // upright, a slant such as a synthetic italic's is not followed)
        int turn = Math.round(p.getDir()) % 360;
        float[] along = turn == 0 ? new float[] {1, 0} : unit(m.getScaleX(), m.getShearY());
        float[] up = turn == 0 ? new float[] {0, 1} : unit(m.getShearX(), m.getScaleY());
        float x = m.getTranslateX() + along[0] * p.getWidthDirAdj() / 2 + up[0] * 0.35f * size;
        float y = m.getTranslateY() + along[1] * p.getWidthDirAdj() / 2 + up[1] * 0.35f * size;
        int[] behind = PAGE; // null behind an image: any colour may show on it
        float through = 1; // how much of the glyph the see-through areas drawn over it let show
        float cover = 0; // the most opaque of them
        List<Painted> blendedOver = new ArrayList<>(); // areas drawn over it that blend rather than cover
        for (Painted d : areas) {
            if (!d.contains(x, y)) {
                continue;
            }
            if (d.glyphsBefore() > paint.drawnBefore() && d.blends()) {
                blendedOver.add(d);
            } else if (d.glyphsBefore() > paint.drawnBefore()) {
                String hidden = d.hides();
                if (!hidden.isEmpty()) {
                    return Sight.hidden(hidden);
                }
                float a = opacity(d);
                through *= 1 - a;
                cover = Math.max(cover, a);
            } else if (d.blends() && behind != null) {
                behind = shown(d.rgb(), behind, opacity(d), d.blend());
            } else {
                behind = d.rgb();
            }
        }
        boolean blended = paint.blend() != BlendMode.NORMAL && paint.blend() != BlendMode.COMPATIBLE;
        String mode = paint.blend().getCOSName().getName();
        // outline text (fill and stroke) shows if any of its colours does: each through its blend mode
        int[] under = behind;
        List<int[]> shown = under == null || paint.colours().isEmpty() || paint.colours().contains(null) ? null
                : paint.colours().stream().map(c -> shown(c, under, paint.alpha(), paint.blend())).toList();
        int[] back = behind;
        String overMode = blendedOver.isEmpty() ? null : blendedOver.get(0).blend().getCOSName().getName();
        if (shown != null) {
            // what is drawn over the glyph in a blend mode acts on the glyph and on what is around it alike
            for (Painted over : blendedOver) {
                int[] around = back;
                shown = shown.stream().map(c -> shown(over.rgb(), c, opacity(over), over.blend())).toList();
                back = shown(over.rgb(), around, opacity(over), over.blend());
            }
        }
        int[] result = back;
        if (shown != null && shown.stream().allMatch(c -> close(c, result))) {
            return Sight.hidden(overMode != null && !paint.colours().stream().allMatch(c -> close(c, under))
                    ? "covered by an area drawn over it with blend mode " + overMode + ", which leaves it the colour"
                    + " of what is around it"
                    : blended ? "text that its blend mode (" + mode + ") turns into the colour of"
                    + " what is behind it" : !paint.colours().stream().allMatch(c -> close(c, under)) ? "text too faint to see ("
                    + percent(paint.alpha()) + " opacity)" : behind == PAGE ? "white text"
                    : "text in the colour of its background");
        }
        float strength = paint.alpha() * through;
        if (strength <= UNSEEN) {
            return Sight.hidden("text faded out of sight (" + percent(paint.alpha()) + " opacity under areas letting "
                    + percent(through) + " of it through)");
        }
        // a strike-through is a horizontal rule across the glyph's middle band, which lies above its baseline
        // on the page, or below it for a glyph drawn upside down; a glyph drawn sideways is crossed by a
        // vertical rule, which is not looked for (its band along the page's y is its own width: the table's
        // borders before and after it would strike it)
        if (turn == 0 || turn == 180) {
            float baseline = m.getTranslateY();
            float side = turn == 0 ? 1 : -1;
            float low = Math.min(baseline + side * 0.15f * size, baseline + side * 0.6f * size);
            float high = Math.max(baseline + side * 0.15f * size, baseline + side * 0.6f * size);
            for (int i = ruleYs.firstAtLeast(low), end = ruleYs.endAtMost(high); i < end; i++) {
                Fill r = rules.get(i);
                if (x >= r.x0() && x <= r.x1() && !coveredLater(r, x)) {
                    return Sight.hidden(STRUCK);
                }
            }
        }
        if (blended && shown == null) {
            return new Sight(null, "it is drawn with blend mode " + mode + " over a background whose colour"
                    + " is not known: it may blend away");
        }
        if (overMode != null && shown == null) {
            return new Sight(null, "an area is drawn over it with blend mode " + overMode + " on a background whose"
                    + " colour is not known: it may blend away");
        }
        // how far the glyph's colours stand out from what is behind them, of 255 (an unknown background is dealt
        // with above for blends; an opaque glyph on one is taken to stand out)
        int standsOut = shown == null ? 255 : shown.stream().mapToInt(c -> contrast(c, result)).max().orElse(0);
        if (blended && standsOut < FAINT * 255) {
            return new Sight(null, "its blend mode (" + mode + ") leaves it faint against what is behind it");
        }
        if (overMode != null && standsOut < FAINT * 255) {
            return new Sight(null, "an area drawn over it with blend mode " + overMode + " leaves it faint against"
                    + " what is around it");
        }
        if (cover >= HALF_COVER) {
            return new Sight(null, "something drawn over it at " + percent(cover) + " opacity nearly hides it");
        }
        if (strength < FAINT) {
            return new Sight(null, "it is faint: drawn at " + percent(strength) + " of full strength");
        }
        if (standsOut < FAINT * 255) {
            // opaque, but in a colour close to what is behind it: a pale grey watermark (a year or a site's name
            // and date tiled over the page) is drawn so, at any size, and its digits join the figures they fall on
            return new Sight(null, "it is faint: its colour stands out from what is behind it by "
                    + standsOut + " of 255");
        }
        return Sight.CLEAR;
    }

    /**
     * The colour a glyph of colour {@code rgb} paints over {@code behind}: its blend mode's result
     * (PDFBox's blend functions, which its renderer uses), composited at {@code alpha}.
     */
    static int[] shown(int[] rgb, int[] behind, float alpha, BlendMode blend) {
        float[] src = {rgb[0] / 255f, rgb[1] / 255f, rgb[2] / 255f};
        float[] dst = {behind[0] / 255f, behind[1] / 255f, behind[2] / 255f};
        float[] mixed = new float[3];
        if (blend.isSeparableBlendMode()) {
            for (int c = 0; c < 3; c++) {
                mixed[c] = blend.getBlendChannelFunction().blendChannel(src[c], dst[c]);
            }
        } else {
            blend.getBlendFunction().blend(src, dst, mixed);
        }
        int[] out = new int[3];
        for (int c = 0; c < 3; c++) {
            out[c] = Math.round(255 * ((1 - alpha) * dst[c] + alpha * Math.max(0, Math.min(1, mixed[c]))));
        }
        return out;
    }

    private static int contrast(int[] a, int[] b) {
        return Math.max(Math.abs(a[0] - b[0]), Math.max(Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2])));
    }

    private static String percent(float f) {
        return Math.round(f * 100) + " %";
    }

    /**
     * Something opaque drawn after the rule covers it at {@code x}: a correction box over a struck
     * figure, with the new figure drawn on the box, is not struck by the line under the box.
     */
    private boolean coveredLater(Fill rule, float x) {
        int at = order.get(rule);
        float y = middle(rule);
        for (Painted d : areas) {
            if (order.get(d) > at && d.contains(x, y) && !d.hides().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The images drawn over the glyph's middle, after it ({@code over}: an opaque one hides it, one
     * with transparency may) or before it (its background), in drawing order. Empty for glyphs this
     * page did not draw.
     */
    List<Image> images(TextPosition p, boolean over) {
        Paint paint = paints.get(p);
        if (paint == null || images.isEmpty()) {
            return List.of();
        }
        Matrix m = p.getTextMatrix();
        float x = m.getTranslateX() + p.getWidthDirAdj() / 2;
        float y = m.getTranslateY() + 0.35f * Math.abs(m.getScalingFactorY());
        List<Image> found = List.of();
        for (Image i : images) {
            if (i.glyphsBefore() > paint.drawnBefore() == over && i.contains(x, y)) {
                found = found.isEmpty() ? new java.util.ArrayList<>() : found;
                found.add(i);
            }
        }
        return found;
    }

    /** The images the page draws, in drawing order. */
    List<Image> images() {
        return images;
    }

    static boolean white(int[] rgb) {
        return close(rgb, PAGE);
    }

    private static boolean close(int[] a, int[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) <= 24;
    }
}
