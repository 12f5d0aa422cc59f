package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * How well black text shows through what a Highlight annotation, or a shape annotation (Square,
 * Circle, Polygon), paints over it. A viewer draws the
 * annotation's appearance ({@code /AP /N}); without one, Acrobat and poppler fill its quads with its
 * colour {@code /C} at its opacity {@code /CA}, blended by Multiply (no {@code /C}: nothing). Under
 * Multiply a light colour (yellow) leaves black text on a tinted page, a dark one (black: Acrobat's
 * highlighter turned into a do-it-yourself redaction) leaves black on black; under the Normal blend
 * an opaque fill of any colour hides the text. The measure is the WCAG contrast ratio between the
 * text and the paper around it once painted: 1 (nothing to tell apart) to 21 (black on white).
 * A shape without an appearance is filled with its interior colour {@code /IC} (none: an outline
 * only, a reviewer's box around a figure that shows through), blended normally; its outline, or the
 * strokes of its appearance, hide what they cross only when wide ({@link #THIN}).
 */
final class HighlightPaint {

    /** Below this contrast the text under the paint cannot be seen. */
    static final double HIDDEN = 1.5;
    /** Below this (WCAG's least for large text) the text may or may not be made out. */
    static final double DOUBTFUL = 3;

    /** Contrast for paint this class cannot evaluate (an image, a shading, a colour space not read). */
    static final double UNKNOWN = Double.NaN;

    /**
     * The widest outline (points) a shape draws without covering what lies inside it: a reviewer's
     * box of 1–3 pt runs along its rectangle's edge, clear of the figure it rings.
     */
    static final float THIN = 3;

    private HighlightPaint() {
    }

    /**
     * The contrast left to black text under the highlight; 21 when it paints nothing, {@link #UNKNOWN}
     * when what it paints cannot be evaluated.
     */
    static double contrast(PDAnnotation a) {
        float opacity = a.getCOSObject().getFloat(COSName.CA, 1f);
        PDAppearanceStream ap = a.getNormalAppearanceStream();
        if (ap == null) {
            float[] c = a.getColor() == null ? new float[0] : a.getColor().getComponents();
            return c.length == 0 ? contrastOf(List.of()) : contrastOf(List.of(new Fill(rgb(c), opacity, true)));
        }
        try {
            List<Fill> fills = fills(ap, opacity, Float.MAX_VALUE);
            return fills == null ? UNKNOWN : contrastOf(fills);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /**
     * The contrast left to black text inside a Square, Circle or Polygon annotation; 21 when it
     * draws a thin outline only, {@link #UNKNOWN} when what it paints cannot be evaluated (a wide
     * stroke among them). Its {@code /CA} is not counted: poppler paints a shape whatever its opacity
     * (red team 16a), so a see-through shape is taken as opaque.
     */
    static double shapeContrast(PDAnnotation a) {
        PDAppearanceStream ap = a.getNormalAppearanceStream();
        if (ap == null) {
            if (borderWidth(a) > THIN) {
                return UNKNOWN;
            }
            COSArray interior = a.getCOSObject().getCOSArray(COSName.IC);
            float[] c = interior == null ? new float[0] : interior.toFloatArray();
            return c.length == 0 ? contrastOf(List.of()) : contrastOf(List.of(new Fill(rgb(c), 1, false)));
        }
        try {
            List<Fill> fills = fills(ap, 1, THIN);
            return fills == null ? UNKNOWN : contrastOf(fills);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** The width of an annotation's outline: its border style's {@code /W}, else its {@code /Border}'s third number, else 1. */
    private static float borderWidth(PDAnnotation a) {
        COSDictionary style = a.getCOSObject().getCOSDictionary(COSName.BS);
        if (style != null && style.getDictionaryObject(COSName.W) instanceof COSNumber w) {
            return w.floatValue();
        }
        COSArray border = a.getCOSObject().getCOSArray(COSName.BORDER);
        return border != null && border.size() >= 3 && border.getObject(2) instanceof COSNumber w ? w.floatValue() : 1;
    }

    /** One area painted: its colour (sRGB, 0–1), opacity and whether it multiplies. */
    private record Fill(float[] rgb, float alpha, boolean multiply) {
    }

    /** The lowest contrast any fill leaves (each is taken alone over black text on white paper). */
    private static double contrastOf(List<Fill> fills) {
        double least = 21;
        for (Fill f : fills) {
            float[] paper = new float[3];
            float[] ink = new float[3];
            for (int i = 0; i < 3; i++) {
                float c = Math.max(0, Math.min(1, f.rgb()[i]));
                // Multiply: white × c = c, black × c = black; Normal: c laid over both at its opacity
                paper[i] = (1 - f.alpha()) + f.alpha() * c;
                ink[i] = f.multiply() ? 0 : f.alpha() * c;
            }
            double l1 = luminance(paper);
            double l2 = luminance(ink);
            least = Math.min(least, (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05));
        }
        return least;
    }

    /** WCAG relative luminance of an sRGB colour. */
    private static double luminance(float[] rgb) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            lin[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    /** A colour of one (grey), three (RGB) or four (CMYK) components as sRGB; other counts as black. */
    private static float[] rgb(float[] c) {
        return switch (c.length) {
            case 1 -> new float[] {c[0], c[0], c[0]};
            case 3 -> new float[] {c[0], c[1], c[2]};
            case 4 -> new float[] {(1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3])};
            default -> new float[] {0, 0, 0};
        };
    }

    /**
     * The areas the appearance fills, with the colour, opacity and blend in force; null when it
     * paints something not evaluated here (an image, a form, a shading, a pattern or named colour,
     * a stroke wider than {@code widest} points).
     */
    private static List<Fill> fills(PDAppearanceStream ap, float opacity, float widest) throws IOException {
        PDResources resources = ap.getResources();
        List<Fill> out = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        float[] colour = {0, 0, 0};
        float alpha = opacity;
        boolean multiply = false;
        float width = 1;
        for (Object token : new PDFStreamParser(ap).parse()) {
            if (token instanceof COSBase b) {
                operands.add(b);
                continue;
            }
            if (!(token instanceof Operator op)) {
                continue;
            }
            switch (op.getName()) {
                case "g", "rg", "k" -> colour = rgb(numbers(operands));
                case "sc", "scn" -> {
                    float[] n = numbers(operands);
                    if (n.length != operands.size()) {
                        return null; // a pattern or a named colour
                    }
                    colour = rgb(n);
                }
                case "gs" -> {
                    PDExtendedGraphicsState gs = resources == null || operands.isEmpty()
                            || !(operands.get(0) instanceof COSName n) ? null : resources.getExtGState(n);
                    if (gs != null) {
                        if (gs.getNonStrokingAlphaConstant() != null) {
                            alpha = opacity * gs.getNonStrokingAlphaConstant();
                        }
                        if (gs.getCOSObject().containsKey(COSName.BM)) {
                            multiply = gs.getBlendMode() == BlendMode.MULTIPLY;
                        }
                        if (gs.getSoftMask() != null) {
                            return null;
                        }
                    }
                }
                case "w" -> {
                    float[] n = numbers(operands);
                    width = n.length == 1 ? Math.abs(n[0]) : width;
                }
                case "f", "F", "f*" -> out.add(new Fill(colour, alpha, multiply));
                case "S", "s", "B", "B*", "b", "b*" -> {
                    if (width > widest) {
                        return null; // a wide stroke may cross the text: not evaluated
                    }
                    if (!op.getName().equalsIgnoreCase("s")) {
                        out.add(new Fill(colour, alpha, multiply)); // filled, then stroked
                    }
                }
                case "sh", "Do", "BI" -> {
                    return null;
                }
                default -> {
                    // paths, positions, the text state, strokes (a highlight's outline hides nothing)
                }
            }
            operands.clear();
        }
        return out;
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] f = new float[operands.size()];
        int n = 0;
        for (COSBase o : operands) {
            if (o instanceof COSNumber number) {
                f[n++] = number.floatValue();
            }
        }
        return Arrays.copyOf(f, n);
    }
}
