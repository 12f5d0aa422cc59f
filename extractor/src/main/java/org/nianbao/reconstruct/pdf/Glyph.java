package org.nianbao.reconstruct.pdf;

import java.util.Objects;

/**
 * One character drawn on a page, as PDFBox's {@code TextPosition} reports it but without PDFBox:
 * the reconstructors work on plain geometry so they can be tested without a PDF.
 *
 * <p>The box is in page space (PDF points, origin top-left, y down). {@code lineX}/{@code lineY}
 * are the glyph's start and baseline in its own writing direction ({@code dir} 0, 90, 180, 270),
 * so that rotated text (a vertical 三、本年度办理结果 header) is ordered and grouped into lines the
 * same way as upright text.
 */
public record Glyph(String text, float x0, float y0, float x1, float y1, float lineX, float lineY, float width,
                    float size, int dir) {

    public Glyph {
        Objects.requireNonNull(text, "text");
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("empty glyph box");
        }
    }

    /** An upright glyph whose baseline is at {@code baseline}, {@code size} points high. */
    public static Glyph upright(String text, float x, float baseline, float width, float size) {
        return new Glyph(text, x, baseline - size, x + width, baseline, x, baseline, width, size, 0);
    }

    public float centerX() {
        return (x0 + x1) / 2;
    }

    public float centerY() {
        return (y0 + y1) / 2;
    }

    public boolean isSpace() {
        return text.isBlank();
    }

    /** The end of the glyph along its line. */
    public float lineEnd() {
        return lineX + width;
    }
}
