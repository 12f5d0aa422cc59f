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
 * @param overlays annotations drawn over the page (other than StrikeOut, whose glyphs are {@code unseen})
 * @param cuts visible text that runs on past a clipping path: what shows of it may not be all of it
 * @param doubts text whose reading contradicts what is drawn, or whose showing cannot be decided
 * @param drawings images and vector drawings that may show what the text does not say
 * @param rereads digits read as their glyphs are drawn, not as the font's map gives them
 * @param displayed where the reading frame (all positions above) stands on the page as displayed
 */
public record PageReading(PageLayout layout, Verdict verdict, String detail, List<UnseenText> unseen, String damage,
                          List<Overlay> overlays, List<Cut> cuts, List<Doubt> doubts, List<Drawing> drawings,
                          List<Reread> rereads, DisplayedFrame displayed) {

    public PageReading {
        unseen = List.copyOf(unseen);
        damage = damage == null ? "" : damage;
        overlays = List.copyOf(overlays);
        cuts = List.copyOf(cuts);
        doubts = List.copyOf(doubts);
        drawings = List.copyOf(drawings);
        rereads = List.copyOf(rereads);
    }

    public PageReading(PageLayout layout, Verdict verdict, String detail, DisplayedFrame displayed) {
        this(layout, verdict, detail, List.of(), "", List.of(), List.of(), List.of(), List.of(), List.of(), displayed);
    }

    /**
     * Something drawn that is not text and may show a value the reader does not read: an image, or
     * paths that are not lines or boxes (a number converted to outlines). Box in page space.
     *
     * @param what what it is, in words
     */
    public record Drawing(Kind kind, String what, float x0, float y0, float x1, float y1) {

        /** What is drawn, and where it matters. */
        public enum Kind {
            /** An image drawn over text it hides, or may hide (pasted over a number): what shows there is the image. */
            IMAGE_OVER_TEXT,
            /** An image over no text: it may stand where a value would (a number pasted as a picture). */
            IMAGE,
            /** Paths that are not lines or boxes: they may draw a value (a number converted to outlines). */
            MARK
        }
    }

    /**
     * Text read from the page that may not be what it shows: its Unicode contradicts the glyph drawn
     * (a lying {@code ToUnicode} map, a stale {@code /ActualText}), or it lies in a layer that viewers
     * and print show differently. {@code text} is what was read, its first glyph centred at ({@code x}, {@code y})
     * in page space and its last at ({@code toX}, {@code y}): a faint run may go on over the next cells, and each of
     * them holds some of it; {@code why} says what contradicts it, in words.
     */
    public record Doubt(String text, String why, float x, float y, float toX) implements Said {
    }

    /** Text read from the page with something said about it ({@code why}), centred at ({@code x}, {@code y}). */
    public sealed interface Said permits Doubt, Reread {
        String text();

        String why();

        float x();

        float y();
    }

    /**
     * Digits read as their glyphs are drawn, where the font's {@code ToUnicode} map is proved to
     * give the glyphs other digits (it swaps or shifts them): {@code text} is what was read, centred
     * at ({@code x}, {@code y}) in page space; {@code why} what proves the map wrong, in words.
     */
    public record Reread(String text, String why, float x, float y) implements Said {
    }

    /**
     * Visible text cut off by a clipping path: {@code clipped} (not shown) continues, on the same
     * line, the visible glyph whose centre is ({@code x}, {@code y}) in page space ({@code 272} shows,
     * {@code 69} is clipped away by its cell's clip rectangle).
     */
    public record Cut(String clipped, float x, float y) {
    }

    /**
     * An annotation drawn over the page (box in page space).
     *
     * @param effect what it does to what is under it
     * @param what the annotation's kind, or the value a form field shows
     */
    public record Overlay(Effect effect, String what, float x0, float y0, float x1, float y1) {

        /** What an annotation does to the page under it. */
        public enum Effect {
            /** Paints over the cells it lies on (a box, typed text, a stamp, a dark highlight): their content is not what shows. */
            COVER,
            /** A StrikeOut: the glyphs under it are struck. */
            STRIKE,
            /** See-through text that is not a number (a watermark): what is under it shows and is read. */
            WATERMARK,
            /** May hide the glyphs under it (an icon, a half-dark highlight): they are read, their cells doubted. */
            DOUBT
        }

        boolean holds(float x, float y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }

        /** The share of the box ({@code x0}…{@code y1}) that this annotation lies on, 0 to 1. */
        float share(float bx0, float by0, float bx1, float by1) {
            float w = Math.min(x1, bx1) - Math.max(x0, bx0);
            float h = Math.min(y1, by1) - Math.max(y0, by0);
            float area = (bx1 - bx0) * (by1 - by0);
            return w <= 0 || h <= 0 || area <= 0 ? 0 : w * h / area;
        }
    }

    /** Glyphs drawn next to each other that a reader does not see, for the same reason; box in page space. */
    public record UnseenText(String text, String how, float x0, float y0, float x1, float y1) {
        /** The reason given for struck-through text: shown, but withdrawn. */
        public static final String STRUCK = GlyphVisibility.STRUCK;
        /** The reason given for a watermark's or stamp's text laid across the page ({@link AcrossPageText}). */
        public static final String ACROSS = PdfPageReader.ACROSS;
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
