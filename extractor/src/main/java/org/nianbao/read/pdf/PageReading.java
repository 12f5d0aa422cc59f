package org.nianbao.read.pdf;

import java.util.List;
import org.nianbao.reconstruct.pdf.PageLayout;

/**
 * One page as read: its layout when its text can be believed, else why not.
 *
 * @param layout the glyphs and rulings; no glyphs at all when {@code verdict} is not {@link Verdict#TEXT}
 * @param detail for an untrusted page, which fonts or how many glyphs, in words
 * @param unseen text the page draws but a reader does not see (white, covered, 1 pt), left out of {@code layout}
 * @param damage why the page's drawing stops part-way (a content stream that fails to decode), "" when it does not
 */
public record PageReading(PageLayout layout, Verdict verdict, String detail, List<UnseenText> unseen, String damage) {

    public PageReading {
        unseen = List.copyOf(unseen);
        damage = damage == null ? "" : damage;
    }

    public PageReading(PageLayout layout, Verdict verdict, String detail) {
        this(layout, verdict, detail, List.of(), "");
    }

    /** Glyphs drawn next to each other that a reader does not see, for the same reason; box in page space. */
    public record UnseenText(String text, String how, float x0, float y0, float x1, float y1) {
        /** The reason given for struck-through text: shown, but withdrawn. */
        public static final String STRUCK = GlyphVisibility.STRUCK;
    }

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
