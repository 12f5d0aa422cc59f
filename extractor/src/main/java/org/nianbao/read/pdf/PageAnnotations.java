package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * content is not what the page shows, so it is reported rather than read. Annotations that only
 * mark or link (Link, Popup, sticky-note Text icons, Highlight, Underline, Squiggly, attachments)
 * and hidden ones are passed over.
 */
final class PageAnnotations {

    private static final Set<String> PASSED_OVER = Set.of("Link", "Popup", "Text", "Highlight", "Underline",
            "Squiggly", "FileAttachment", "Sound", "Movie", "Screen", "PrinterMark", "TrapNet", "3D", "RichMedia");

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
            String what = subtype.equals("Widget") ? fieldValue(a.getCOSObject()) : subtype;
            if (what.isEmpty()) {
                continue; // a form field with no value to show: a button, an empty or unchecked field
            }
            float x0 = r.getLowerLeftX() - crop.getLowerLeftX();
            float x1 = r.getUpperRightX() - crop.getLowerLeftX();
            float y0 = crop.getUpperRightY() - r.getUpperRightY();
            float y1 = crop.getUpperRightY() - r.getLowerLeftY();
            // a watermark lies over the whole page; typed text over one cell ("作废") says something of that cell
            boolean pageWide = r.getWidth() * r.getHeight() >= 0.5f * crop.getWidth() * crop.getHeight();
            String mark = subtype.equals("Watermark") || pageWide ? watermarkText(a) : null;
            if (mark != null) {
                what = "a watermark reading '" + mark + "'";
            }
            out.add(new PageReading.Overlay(subtype.equals("StrikeOut"), mark != null, what, x0, y0, x1, y1));
        }
        return out;
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
