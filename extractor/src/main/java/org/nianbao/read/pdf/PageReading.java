package org.nianbao.read.pdf;

import org.nianbao.reconstruct.pdf.PageLayout;

/**
 * One page as read: its layout when its text can be believed, else why not.
 *
 * @param layout the glyphs and rulings; no glyphs at all when {@code verdict} is not {@link Verdict#TEXT}
 * @param detail for an untrusted page, which fonts or how many glyphs, in words
 */
public record PageReading(PageLayout layout, Verdict verdict, String detail) {

    /** What a page offers to extraction. */
    public enum Verdict {
        /** Text whose characters can be believed. */
        TEXT,
        /** Only images (a scan): needs OCR. */
        SCANNED,
        /** Glyphs whose characters cannot be believed (fonts without a Unicode mapping): needs OCR. */
        UNTRUSTED,
        /** Nothing at all. */
        EMPTY
    }
}
