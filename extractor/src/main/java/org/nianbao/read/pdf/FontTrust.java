package org.nianbao.read.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Tells, from a font's dictionaries and never from the text it yields, whether PDFBox's Unicode for
 * its glyphs can be believed. A composite font with an Identity CMap and no ToUnicode has glyph ids
 * for codes: PDFBox maps them through the CIDSystemInfo ordering, which for Adobe-GB1 gives wrong
 * but plausible Hanzi and for Adobe-Identity gives nothing. Predefined CMaps (GBK-EUC-H,
 * UniGB-UCS2-H) decode correctly.
 */
final class FontTrust {

    /** Why the font's text cannot be believed, or empty when it can. */
    String distrust(PDFont font) {
        if (font.getCOSObject().containsKey(COSName.TO_UNICODE)) {
            return "";
        }
        if (font instanceof PDType0Font t0) {
            String cmap = t0.getCMap() == null ? "" : String.valueOf(t0.getCMap().getName());
            if (cmap.isEmpty() || cmap.startsWith("Identity")) {
                return "font " + font.getName() + " (" + (cmap.isEmpty() ? "no CMap" : cmap)
                        + ", no ToUnicode) has no Unicode mapping";
            }
        }
        return "";
    }
}
