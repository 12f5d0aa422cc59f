package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

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
            out.add(new PageReading.Overlay(subtype.equals("StrikeOut"), what, x0, y0, x1, y1));
        }
        return out;
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
