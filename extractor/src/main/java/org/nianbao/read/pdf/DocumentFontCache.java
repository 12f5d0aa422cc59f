package org.nianbao.read.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * PDFBox's resource cache, except that a font once loaded is kept while the document is open.
 * PDFBox's text extraction drops a page's fonts from the cache after the page (to bound the memory
 * of long documents), so the fonts the pages of a report share (an embedded CJK font: its CMap
 * and glyph tables) were loaded again for each page, about a twentieth of the PDF path's CPU. A
 * report's fonts are few and the document is closed after reading; the same font gives the same
 * glyphs whichever page loaded it.
 */
public final class DocumentFontCache extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}
