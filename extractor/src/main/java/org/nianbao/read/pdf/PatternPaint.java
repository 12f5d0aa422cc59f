package org.nianbao.read.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * What an area filled with a pattern colour ({@code /Pattern cs /P1 scn … f}) paints, for the
 * question whether it covers the text under it. A browser prints a repeated CSS background image
 * as a tiling pattern: a correction box with a textured background over an old figure hides it as
 * a white box would.
 * <ul>
 *   <li>A <b>tiling pattern</b> covers when one cell of it, as its content stream paints it, is
 *   proved opaque: opaque fills and images (no soft mask, mask, alpha channel or stencil, opacity
 *   ≥ 0.95, blend mode Normal) together cover a whole step ({@code XStep} × {@code YStep}) inside
 *   its {@code BBox}, so that the tiles leave no gap. It paints one colour when everything its cell
 *   paints is that colour (small images — tiles — are decoded and looked at; larger ones are not);
 *   an uncoloured pattern ({@code PaintType 2}) paints the colour given with it.</li>
 *   <li>A <b>shading pattern</b> paints the shading's colour over the whole area when the shading is
 *   one colour (axial or radial, sampled along its function), is extended both ways and has no
 *   {@code BBox} of its own.</li>
 *   <li>Anything else (a cell with gaps or transparency, a nested pattern or form, a gradient) is not
 *   known to hide or to show what it is drawn over: the caller treats it like an image with
 *   transparency, which flags the text under it rather than read it silently.</li>
 * </ul>
 * Verdicts on a tiling pattern's cell are kept per pattern object; one instance per document reader.
 */
final class PatternPaint {

    /** Tiles up to this many pixels are decoded to see whether they are one colour. */
    private static final int DECODED = 256 * 256;
    /** Colours closer than this (sum of RGB differences) are one colour. */
    private static final int SAME = 6;
    private static final float OPAQUE = 0.95f;

    /**
     * What a pattern paints.
     *
     * @param rgb its one colour (RGB 0–255), null when it paints more than one or it is not known
     * @param doubt why it is not known to paint every point of the area opaquely, "" when it is
     * @param what what it is, in words, for findings
     */
    record Verdict(int[] rgb, String doubt, String what) {
        boolean opaque() {
            return doubt.isEmpty();
        }
    }

    private final Map<COSBase, Verdict> cells = new IdentityHashMap<>();

    /** What filling with {@code color} (a colour in a {@link PDPattern} space) paints. */
    Verdict of(PDColor color) {
        PDAbstractPattern pattern;
        try {
            pattern = color.getColorSpace() instanceof PDPattern space ? space.getPattern(color) : null;
        } catch (IOException | RuntimeException e) {
            pattern = null;
        }
        if (pattern instanceof PDTilingPattern tiling) {
            Verdict cell = cells.computeIfAbsent(tiling.getCOSObject(), k -> cell(tiling));
            if (tiling.getPaintType() == PDTilingPattern.PAINT_UNCOLORED && cell.opaque()) {
                return new Verdict(uncoloured(color), "", cell.what());
            }
            return cell;
        }
        if (pattern instanceof PDShadingPattern shading) {
            return shading(shading);
        }
        return new Verdict(null, "a pattern that cannot be read", "a pattern fill");
    }

    /** The colour an uncoloured tiling pattern is painted in: the components given in its underlying space. */
    private static int[] uncoloured(PDColor color) {
        try {
            PDColorSpace under = ((PDPattern) color.getColorSpace()).getUnderlyingColorSpace();
            return under == null ? null : rgb(under.toRGB(color.getComponents()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Verdict shading(PDShadingPattern pattern) {
        String what = "a shading pattern";
        PDShading shading;
        try {
            shading = pattern.getShading();
        } catch (IOException | RuntimeException e) {
            return new Verdict(null, "a shading that cannot be read", what);
        }
        PDExtendedGraphicsState gs = pattern.getExtendedGraphicsState();
        if (gs != null && (gs.getSoftMask() != null || gs.getNonStrokingAlphaConstant() != null
                && gs.getNonStrokingAlphaConstant() < OPAQUE)) {
            return new Verdict(null, "transparency in its graphics state", what);
        }
        int[] rgb = shading == null ? null : GlyphCollector.uniform(shading);
        if (rgb == null) {
            return new Verdict(null, "colours not worked out (a gradient)", what);
        }
        COSArray extend = shading.getCOSObject().getCOSArray(COSName.EXTEND);
        boolean extended = extend != null && extend.size() >= 2 && extend.get(0) instanceof COSBoolean a && a.getValue()
                && extend.get(1) instanceof COSBoolean b && b.getValue();
        if (!extended || shading.getBBox() != null) {
            return new Verdict(rgb, "a shading that may not reach every point of the area (not extended, or cut by"
                    + " its BBox)", what);
        }
        return new Verdict(rgb, "", what);
    }

    /** Judges one cell of a tiling pattern from its content stream (never throws). */
    private static Verdict cell(PDTilingPattern pattern) {
        String what = "a pattern fill (a tiled image or texture)";
        PDRectangle box = pattern.getBBox();
        float xStep = Math.abs(pattern.getXStep());
        float yStep = Math.abs(pattern.getYStep());
        if (box == null || xStep == 0 || yStep == 0) {
            return new Verdict(null, "a tiling pattern without a cell size", what);
        }
        Rectangle2D bbox = new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), box.getWidth(),
                box.getHeight());
        Rectangle2D step = new Rectangle2D.Float(box.getLowerLeftX(), box.getLowerLeftY(), xStep, yStep);
        if (!bbox.contains(step)) {
            return new Verdict(null, "a tiling pattern whose tiles leave gaps (its BBox is smaller than its step)", what);
        }
        Cell cell = new Cell(pattern.getResources(), pattern.getPaintType() == PDTilingPattern.PAINT_COLORED, bbox);
        try {
            cell.paint(new PDFStreamParser(pattern).parse());
        } catch (IOException | RuntimeException e) {
            return new Verdict(null, "a tiling pattern whose content cannot be read", what);
        }
        if (!cell.opaque.contains(step)) {
            return new Verdict(null, "a tiling pattern whose cell is not all painted opaquely", what);
        }
        return new Verdict(cell.mixed ? null : cell.colour, "", what);
    }

    /** Follows one pattern cell's content stream: the area it paints opaquely and whether in one colour. */
    private static final class Cell {
        private final PDResources resources;
        private final boolean coloured;
        private final Deque<State> states = new ArrayDeque<>();
        private State state;
        /** The cell's path, curves exact: what it paints must cover the whole step. */
        private final CurrentPath path = new CurrentPath(CurrentPath.Curves.EXACT);
        final Area opaque = new Area();
        int[] colour;
        boolean mixed;

        Cell(PDResources resources, boolean coloured, Rectangle2D bbox) {
            this.resources = resources;
            this.coloured = coloured;
            this.state = new State(new AffineTransform(), new Area(bbox), new int[] {0, 0, 0}, 1, true);
        }

        void paint(List<Object> tokens) {
            List<COSBase> operands = new ArrayList<>();
            for (Object token : tokens) {
                if (token instanceof COSBase b) {
                    operands.add(b);
                    continue;
                }
                if (token instanceof Operator op) {
                    operate(op, operands);
                }
                operands.clear();
            }
        }

        private void operate(Operator op, List<COSBase> o) {
            if (path.follow(op.getName(), o, this::at)) {
                return;
            }
            switch (op.getName()) {
                case "q" -> states.push(state.copy());
                case "Q" -> state = states.isEmpty() ? state : states.pop();
                case "cm" -> {
                    if (o.size() >= 6) {
                        state.ctm.concatenate(new AffineTransform(n(o, 0), n(o, 1), n(o, 2), n(o, 3), n(o, 4), n(o, 5)));
                    }
                }
                case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                    GeneralPath shape = path.shape();
                    shape.setWindingRule(op.getName().endsWith("*") ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
                    Area a = new Area(shape);
                    a.intersect(state.clip);
                    painted(a, state.fill, op.getName().startsWith("B") || op.getName().startsWith("b"));
                    endPath();
                }
                case "S", "s" -> {
                    mixed = true; // a stroke's colour over part of the cell; it is not counted as covering
                    endPath();
                }
                case "n" -> endPath();
                case "g" -> state.fill = o.isEmpty() ? null : gray(n(o, 0));
                case "rg" -> state.fill = o.size() < 3 ? null : new int[] {c(n(o, 0)), c(n(o, 1)), c(n(o, 2))};
                case "k" -> state.fill = o.size() < 4 ? null : cmyk(n(o, 0), n(o, 1), n(o, 2), n(o, 3));
                case "cs", "sc", "scn" -> state.fill = null; // another colour space: opaque, colour not worked out
                case "gs" -> graphicsState(o);
                case "Do" -> xObject(o);
                case "BI" -> inlineImage(op);
                case "sh", "BT", "Tj", "TJ", "'", "\"" -> mixed = true; // drawn over part of the cell, not covering
                default -> {
                    // other operators paint nothing
                }
            }
        }

        private Point2D.Float at(float x, float y) {
            float[] p = {x, y};
            state.ctm.transform(p, 0, p, 0, 1);
            return new Point2D.Float(p[0], p[1]);
        }

        private void endPath() {
            GeneralPath clip = path.end();
            if (clip != null) {
                state.clip.intersect(new Area(clip));
            }
        }

        /** An area is painted in {@code rgb} (null: a colour not worked out), opaquely unless the state says otherwise. */
        private void painted(Area a, int[] rgb, boolean stroked) {
            if (a.isEmpty()) {
                return;
            }
            if (stroked) {
                mixed = true;
            }
            if (!state.solid()) {
                mixed = true;
                return;
            }
            opaque.add(a);
            if (!coloured) {
                return; // an uncoloured pattern is painted in the colour given with it
            }
            if (rgb == null) {
                mixed = true;
            } else if (colour == null) {
                colour = rgb;
            } else if (Math.abs(rgb[0] - colour[0]) + Math.abs(rgb[1] - colour[1]) + Math.abs(rgb[2] - colour[2]) > SAME) {
                mixed = true;
            }
        }

        private void graphicsState(List<COSBase> o) {
            if (o.isEmpty() || !(o.get(0) instanceof COSName name) || resources == null) {
                return;
            }
            PDExtendedGraphicsState gs = resources.getExtGState(name);
            if (gs == null) {
                return;
            }
            if (gs.getNonStrokingAlphaConstant() != null) {
                state.alpha = gs.getNonStrokingAlphaConstant();
            }
            if (gs.getBlendMode() != null) {
                state.normal = gs.getBlendMode() == BlendMode.NORMAL || gs.getBlendMode() == BlendMode.COMPATIBLE;
            }
            if (gs.getCOSObject().containsKey(COSName.SMASK) && !COSName.NONE.equals(gs.getCOSObject().getDictionaryObject(COSName.SMASK))) {
                state.alpha = 0; // a soft mask: not known to be opaque
            }
        }

        private void xObject(List<COSBase> o) {
            if (o.isEmpty() || !(o.get(0) instanceof COSName name) || resources == null) {
                return;
            }
            PDXObject x;
            try {
                x = resources.getXObject(name);
            } catch (IOException | RuntimeException e) {
                x = null;
            }
            if (x instanceof PDImageXObject image) {
                image(image, opaqueImage(image.getCOSObject()));
            } else {
                mixed = true; // a form: not followed, not counted as covering
            }
        }

        private void inlineImage(Operator op) {
            try {
                PDInlineImage image = new PDInlineImage(op.getImageParameters(), op.getImageData(), resources);
                image(image, !image.isStencil());
            } catch (IOException | RuntimeException e) {
                mixed = true;
            }
        }

        /** An image paints the unit square the current transformation maps; opaque ones cover it. */
        private void image(PDImage image, boolean opaqueImage) {
            Area a = new Area(state.ctm.createTransformedShape(new Rectangle2D.Float(0, 0, 1, 1)));
            a.intersect(state.clip);
            if (!opaqueImage) {
                mixed = true;
                return;
            }
            painted(a, coloured ? oneColour(image) : null, false);
        }

        private static boolean opaqueImage(COSDictionary d) {
            return !d.getBoolean(COSName.IMAGE_MASK, false) && !d.containsKey(COSName.SMASK) && !d.containsKey(COSName.MASK)
                    && d.getInt(COSName.getPDFName("SMaskInData"), 0) == 0;
        }

        /** The image's one colour when it is a small tile painted all in one colour, else null. */
        private static int[] oneColour(PDImage image) {
            if ((long) image.getWidth() * image.getHeight() > DECODED) {
                return null;
            }
            try {
                BufferedImage pixels = image.getImage();
                int first = pixels.getRGB(0, 0);
                for (int y = 0; y < pixels.getHeight(); y++) {
                    for (int x = 0; x < pixels.getWidth(); x++) {
                        int v = pixels.getRGB(x, y);
                        if (Math.abs((v >> 16 & 0xFF) - (first >> 16 & 0xFF)) + Math.abs((v >> 8 & 0xFF) - (first >> 8 & 0xFF))
                                + Math.abs((v & 0xFF) - (first & 0xFF)) > SAME) {
                            return null;
                        }
                    }
                }
                return new int[] {first >> 16 & 0xFF, first >> 8 & 0xFF, first & 0xFF};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The cell's graphics state, as far as opacity and colour go. */
    private static final class State {
        final AffineTransform ctm;
        final Area clip;
        int[] fill;
        float alpha;
        boolean normal;

        State(AffineTransform ctm, Area clip, int[] fill, float alpha, boolean normal) {
            this.ctm = ctm;
            this.clip = clip;
            this.fill = fill;
            this.alpha = alpha;
            this.normal = normal;
        }

        State copy() {
            return new State(new AffineTransform(ctm), new Area(clip), fill, alpha, normal);
        }

        boolean solid() {
            return alpha >= OPAQUE && normal;
        }
    }

    private static float n(List<COSBase> o, int i) {
        return o.get(i) instanceof COSNumber v ? v.floatValue() : 0;
    }

    private static int c(float v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    private static int[] gray(float v) {
        return new int[] {c(v), c(v), c(v)};
    }

    private static int[] cmyk(float cy, float m, float y, float k) {
        return new int[] {c((1 - cy) * (1 - k)), c((1 - m) * (1 - k)), c((1 - y) * (1 - k))};
    }

    private static int[] rgb(float[] v) {
        return v == null || v.length < 3 ? null : new int[] {c(v[0]), c(v[1]), c(v[2])};
    }
}
