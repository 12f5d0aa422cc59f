package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * What annotations draw over a page. The text reader reads the page's content only; a PDF editor's
 * corrections live in annotations drawn on top of it: a white box (Square, Redact) over the old
 * number and the new one typed as FreeText (Acrobat's typewriter tool), a stamp, a form field's
 * value, a StrikeOut over a withdrawn figure. Such an annotation over a cell means the cell's
 * content is not what the page shows, so it is reported rather than read. A Highlight covers
 * its quads, or doubts the glyphs under them, when its paint leaves them too little contrast ({@link HighlightPaint}:
 * black, the do-it-yourself redaction), never when light; an icon (a sticky note, an attachment's
 * push-pin) doubts the glyphs its icon lies on. Annotations that only mark or link (Link, Popup,
 * Underline, Squiggly, Caret) and hidden ones are passed over.
 */
final class PageAnnotations {

    private static final Set<String> PASSED_OVER = Set.of("Link", "Popup", "Underline", "Squiggly", "Caret", "Movie",
            "Screen", "PrinterMark", "TrapNet", "3D", "RichMedia");

    /** Closed shapes whose paint inside them can be evaluated ({@link HighlightPaint#shapeContrast}). */
    private static final Set<String> SHAPES = Set.of("Square", "Circle", "Polygon");

    /** Annotations a viewer shows as an icon (a sticky note, a push-pin, a speaker), not scaled with the page. */
    private static final Set<String> ICONS = Set.of("Text", "FileAttachment", "Sound");

    /**
     * The side of the icon Acrobat draws for an icon annotation without an appearance, at its
     * rectangle's top-left corner whatever the rectangle's size (PDF 32000 §12.5.6.4: as if NoZoom).
     */
    private static final float ICON = 20;

    private PageAnnotations() {
    }

    /** The page's visible drawing annotations, boxes in page space (origin top-left, y down). */
    static List<PageReading.Overlay> of(PDPage page) {
        List<PageReading.Overlay> out = new ArrayList<>();
        List<PDAnnotation> annotations;
        try {
            annotations = page.getAnnotations();
        } catch (IOException | RuntimeException e) {
            return out;
        }
        PDRectangle crop = page.getCropBox();
        for (PDAnnotation a : annotations) {
            String subtype = a.getSubtype() == null ? "" : a.getSubtype();
            PDRectangle r = a.getRectangle();
            if (r == null || a.isHidden() || a.isNoView() || PASSED_OVER.contains(subtype)) {
                continue;
            }
            float[] box = inPageSpace(r, crop);
            float x0 = box[0];
            float y0 = box[1];
            float x1 = box[2];
            float y1 = box[3];
            if (subtype.equals("Highlight")) {
                highlight(a, crop, out);
                continue;
            }
            if (ICONS.contains(subtype)) {
                // an appearance is drawn in the rectangle; without one the viewer's own icon, at its top-left
                boolean own = a.getNormalAppearanceStream() == null;
                out.add(new PageReading.Overlay(PageReading.Overlay.Effect.DOUBT, "the icon of a " + subtype
                        + " annotation (a reviewer's note)", x0, y0, own ? x0 + ICON : x1, own ? y0 + ICON : y1));
                continue;
            }
            if (subtype.equals("Redact") && a.getNormalAppearanceStream() == null) {
                continue; // a redaction marked, not applied: viewers draw nothing over the text until it is
            }
            if (SHAPES.contains(subtype) && shape(a, subtype, x0, y0, x1, y1, out)) {
                continue;
            }
            String what = subtype.equals("Widget") ? fieldValue(a.getCOSObject()) : subtype;
            if (what.isEmpty()) {
                continue; // a form field with no value to show: a button, an empty or unchecked field
            }
            // a watermark lies over the whole page; typed text over one cell ("作废") says something of that cell
            boolean pageWide = r.getWidth() * r.getHeight() >= 0.5f * crop.getWidth() * crop.getHeight();
            String mark = subtype.equals("Watermark") || pageWide ? watermarkText(a) : null;
            if (mark != null) {
                what = "a watermark reading '" + mark + "'";
            }
            PageReading.Overlay.Effect effect = subtype.equals("StrikeOut") ? PageReading.Overlay.Effect.STRIKE
                    : mark != null ? PageReading.Overlay.Effect.WATERMARK : PageReading.Overlay.Effect.COVER;
            out.add(new PageReading.Overlay(effect, what, x0, y0, x1, y1));
        }
        return out;
    }

    /** An annotation's rectangle in page space, as {x0, y0, x1, y1}: from the crop box's top-left, y down. */
    static float[] inPageSpace(PDRectangle r, PDRectangle crop) {
        return new float[] {r.getLowerLeftX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getUpperRightY(),
            r.getUpperRightX() - crop.getLowerLeftX(), crop.getUpperRightY() - r.getLowerLeftY()};
    }

    /**
     * A Highlight whose paint hides the text under it (a dark colour multiplied over it, an opaque
     * fill: it covers, as a black box does) or leaves it hard to make out (the glyphs under it are
     * doubted), over each of its quads (its rectangle when it has none); a
     * light one (yellow, green, pink) leaves the text showing and is passed over.
     */
    private static void highlight(PDAnnotation a, PDRectangle crop, List<PageReading.Overlay> out) {
        double contrast = HighlightPaint.contrast(a);
        if (contrast >= HighlightPaint.DOUBTFUL) {
            return;
        }
        boolean hides = contrast < HighlightPaint.HIDDEN;
        String what = Double.isNaN(contrast) ? "a Highlight annotation painting what cannot be evaluated"
                : String.format(Locale.ROOT, "a %s Highlight annotation (text under it at a contrast of %.1f:1)",
                        hides ? "dark" : "dim", contrast);
        PageReading.Overlay.Effect effect = hides ? PageReading.Overlay.Effect.COVER : PageReading.Overlay.Effect.DOUBT;
        COSArray quads = a.getCOSObject().getCOSArray(COSName.QUADPOINTS);
        float[] q = quads == null ? new float[0] : quads.toFloatArray();
        if (q.length < 8) {
            PDRectangle r = a.getRectangle();
            q = new float[] {r.getLowerLeftX(), r.getUpperRightY(), r.getUpperRightX(), r.getUpperRightY(),
                r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getLowerLeftY()};
        }
        for (int i = 0; i + 8 <= q.length; i += 8) {
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int j = i; j < i + 8; j += 2) {
                minX = Math.min(minX, q[j]);
                maxX = Math.max(maxX, q[j]);
                minY = Math.min(minY, q[j + 1]);
                maxY = Math.max(maxY, q[j + 1]);
            }
            out.add(new PageReading.Overlay(effect, what, minX - crop.getLowerLeftX(), crop.getUpperRightY() - maxY,
                    maxX - crop.getLowerLeftX(), crop.getUpperRightY() - minY));
        }
    }

    /**
     * A Square, Circle or Polygon by what it paints inside: nothing to report when a thin outline or
     * a light multiplied fill leaves the text showing, a doubt when it leaves the text dim, a cover
     * when its fill hides it; false (reported as a cover by the caller) when its paint cannot be evaluated.
     */
    private static boolean shape(PDAnnotation a, String subtype, float x0, float y0, float x1, float y1,
                                 List<PageReading.Overlay> out) {
        double contrast = HighlightPaint.shapeContrast(a);
        if (Double.isNaN(contrast)) {
            return false;
        }
        if (contrast < HighlightPaint.DOUBTFUL) {
            boolean hides = contrast < HighlightPaint.HIDDEN;
            out.add(new PageReading.Overlay(hides ? PageReading.Overlay.Effect.COVER : PageReading.Overlay.Effect.DOUBT,
                    hides ? subtype : String.format(Locale.ROOT, "a %s annotation (text under it at a contrast of %.1f:1)",
                            subtype, contrast),
                    x0, y0, x1, y1));
        }
        return true;
    }

    /**
     * The text of an annotation (a {@code /Watermark} one, or one over half the page or more) that is
     * a watermark over the page rather than something put in its place, or null: its appearance draws text only (no image, no filled or stroked area, no form),
     * none of it a digit (which could be taken for part of a value under it), all of it see-through
     * (the annotation's {@code /CA} or the text's {@code ca} at most 0.5), so what is under it shows.
     */
    private static String watermarkText(PDAnnotation a) {
        PDAppearanceStream ap = a.getNormalAppearanceStream();
        if (ap == null) {
            return null;
        }
        float annotation = a.getCOSObject().getFloat(COSName.CA, 1f);
        StringBuilder text = new StringBuilder();
        float alpha = annotation;
        float most = 0;
        PDFont font = null;
        PDResources resources = ap.getResources();
        List<COSBase> operands = new ArrayList<>();
        try {
            for (Object token : new PDFStreamParser(ap).parse()) {
                if (token instanceof COSBase b) {
                    operands.add(b);
                    continue;
                }
                if (!(token instanceof Operator op)) {
                    continue;
                }
                switch (op.getName()) {
                    case "gs" -> {
                        PDExtendedGraphicsState gs = resources == null || operands.isEmpty()
                                || !(operands.get(0) instanceof COSName n) ? null : resources.getExtGState(n);
                        if (gs != null && gs.getNonStrokingAlphaConstant() != null) {
                            alpha = annotation * gs.getNonStrokingAlphaConstant();
                        }
                        if (gs != null && gs.getSoftMask() != null) {
                            return null;
                        }
                    }
                    case "Tf" -> font = resources == null || operands.isEmpty() || !(operands.get(0) instanceof COSName n)
                            ? null : resources.getFont(n);
                    case "Tj", "'", "\"", "TJ" -> {
                        for (COSBase o : operands) {
                            for (COSBase s : o instanceof COSArray array ? array.toList() : List.of(o)) {
                                if (s instanceof COSString string) {
                                    text.append(decode(font, string.getBytes()));
                                    most = Math.max(most, alpha);
                                }
                            }
                        }
                    }
                    case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "Do", "BI" -> {
                        return null; // it paints something besides text
                    }
                    default -> {
                        // positions, colours, the text state: nothing painted
                    }
                }
                operands.clear();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String shown = text.toString().strip();
        if (shown.isEmpty() || most > 0.5f || shown.codePoints().anyMatch(Character::isDigit)
                || shown.indexOf('\uFFFD') >= 0) {
            return null;
        }
        return shown;
    }

    /** The text a string shows in {@code font}, U+FFFD for what cannot be told. */
    private static String decode(PDFont font, byte[] bytes) throws IOException {
        if (font == null) {
            return "\uFFFD";
        }
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes);
        while (in.available() > 0) {
            String u = font.toUnicode(font.readCode(in));
            out.append(u == null ? "\uFFFD" : u);
        }
        return out.toString();
    }

    /** "form field value 'V'" for a text field showing a value, else "". */
    private static String fieldValue(COSDictionary widget) {
        COSBase v = widget.getDictionaryObject(COSName.V);
        COSDictionary parent = widget.getCOSDictionary(COSName.PARENT);
        if (v == null && parent != null) {
            v = parent.getDictionaryObject(COSName.V);
        }
        if (v instanceof COSString s && !s.getString().isBlank()) {
            return "form field value '" + s.getString().strip() + "'";
        }
        return "";
    }
}
