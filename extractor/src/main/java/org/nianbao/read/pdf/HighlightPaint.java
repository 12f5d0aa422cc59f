package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * How well black text shows through what a Highlight annotation paints over it. A viewer draws the
 * annotation's appearance ({@code /AP /N}); without one, Acrobat and poppler fill its quads with its
 * colour {@code /C} at its opacity {@code /CA}, blended by Multiply (no {@code /C}: nothing). Under
 * Multiply a light colour (yellow) leaves black text on a tinted page, a dark one (black: Acrobat's
 * highlighter turned into a do-it-yourself redaction) leaves black on black; under the Normal blend
 * an opaque fill of any colour hides the text. The measure is the WCAG contrast ratio between the
 * text and the paper around it once painted: 1 (nothing to tell apart) to 21 (black on white).
 */
final class HighlightPaint {

    /** Below this contrast the text under the paint cannot be seen. */
    static final double HIDDEN = 1.5;
    /** Below this (WCAG's least for large text) the text may or may not be made out. */
    static final double DOUBTFUL = 3;

    /** Contrast for paint this class cannot evaluate (an image, a shading, a colour space not read). */
    static final double UNKNOWN = Double.NaN;

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
            List<Fill> fills = fills(ap, opacity);
            return fills == null ? UNKNOWN : contrastOf(fills);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
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
     * paints something not evaluated here (an image, a form, a shading, a pattern or named colour).
     */
    private static List<Fill> fills(PDAppearanceStream ap, float opacity) throws IOException {
        PDResources resources = ap.getResources();
        List<Fill> out = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        float[] colour = {0, 0, 0};
        float alpha = opacity;
        boolean multiply = false;
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
                case "f", "F", "f*", "B", "B*", "b", "b*" -> out.add(new Fill(colour, alpha, multiply));
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
