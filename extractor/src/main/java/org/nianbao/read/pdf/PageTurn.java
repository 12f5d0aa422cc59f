package org.nianbao.read.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The quarter turn that sets a page's text upright: the direction most of its glyphs are written in,
 * in the page's own space. A page is read as a reader holding it that way round sees it, whatever its
 * {@code /Rotate} says: {@code qpdf --rotate=180} or a viewer's "rotate and save" turns the display
 * only (the glyphs still run left to right in the page's space), while a page printed upside down or
 * a landscape page whose content is drawn turned has its glyphs written at 180°, 90° or 270° there.
 * Positions are given in that reading frame: points, origin top-left, y down, with the page's width
 * and height swapped for a quarter turn. At 0° the frame is the page's space, as it always was.
 *
 * @param degrees the direction the text is written in (0, 90, 180 or 270, as {@link TextPosition#getDir()})
 * @param pageWidth the crop box's width, unturned
 * @param pageHeight the crop box's height, unturned
 */
record PageTurn(int degrees, float pageWidth, float pageHeight) {

    PageTurn {
        if (degrees % 90 != 0 || degrees < 0 || degrees >= 360) {
            throw new IllegalArgumentException("a quarter turn: " + degrees);
        }
    }

    /**
     * The direction most of the page's non-blank, unslanted glyphs are written in; 0 unless another
     * direction has more of them (a page with a few vertical header characters stays as it is).
     */
    static PageTurn of(PDRectangle cropBox, List<TextPosition> glyphs) {
        int[] count = new int[4];
        for (TextPosition p : glyphs) {
            if (p.getUnicode() != null && !p.getUnicode().isBlank() && !slanted(p)) {
                count[Math.round(p.getDir()) % 360 / 90]++;
            }
        }
        int best = 0;
        for (int d = 1; d < 4; d++) {
            if (count[d] > count[best]) {
                best = d;
            }
        }
        return new PageTurn(best * 90, cropBox.getWidth(), cropBox.getHeight());
    }

    /** Whether a glyph is drawn off the page's axes (a watermark): it says nothing about which way is up. */
    private static boolean slanted(TextPosition p) {
        Matrix m = p.getTextMatrix();
        double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        return Math.abs(angle - 90 * Math.round(angle / 90)) > 10;
    }

    /** The reading frame's width. */
    float width() {
        return degrees % 180 == 0 ? pageWidth : pageHeight;
    }

    /** The reading frame's height. */
    float height() {
        return degrees % 180 == 0 ? pageHeight : pageWidth;
    }

    /** The glyph's origin across the reading frame. */
    float x(TextPosition p) {
        return x(p.getTextMatrix().getTranslateX(), pageHeight - p.getTextMatrix().getTranslateY());
    }

    /** The glyph's origin (its baseline) down the reading frame. */
    float y(TextPosition p) {
        return y(p.getTextMatrix().getTranslateX(), pageHeight - p.getTextMatrix().getTranslateY());
    }

    /** The glyph's writing direction in the reading frame (0: left to right, 90: upwards…). */
    int dir(TextPosition p) {
        return (Math.round(p.getDir()) % 360 - degrees + 360) % 360;
    }

    /** Across the reading frame, a point given in the page's space (top-left origin, y down, unturned). */
    float x(float pageX, float pageY) {
        return switch (degrees) {
            case 90 -> pageHeight - pageY;
            case 180 -> pageWidth - pageX;
            case 270 -> pageY;
            default -> pageX;
        };
    }

    /** Down the reading frame, a point given in the page's space (top-left origin, y down, unturned). */
    float y(float pageX, float pageY) {
        return switch (degrees) {
            case 90 -> pageX;
            case 180 -> pageHeight - pageY;
            case 270 -> pageWidth - pageX;
            default -> pageY;
        };
    }

    /** A box of the page's space as it stands in the reading frame: {x0, y0, x1, y1}, left-to-right, top-to-bottom. */
    float[] box(float x0, float y0, float x1, float y1) {
        float ax = x(x0, y0);
        float ay = y(x0, y0);
        float bx = x(x1, y1);
        float by = y(x1, y1);
        return new float[] {Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)};
    }

    /** The glyph's size on the page: the text rendering matrix's vertical scale, else PDFBox's height. */
    static float size(TextPosition p) {
        // getFontSizeInPt() is the size times the x scale, too tall for text widened by character
        // scaling (LibreOffice) and cut to whole points
        float high = Math.abs(p.getTextMatrix().getScalingFactorY());
        return high > 0 ? high : p.getHeightDir();
    }

    /** The glyph's box in the reading frame, from its origin and its writing direction: {x0, y0, x1, y1}. */
    float[] box(TextPosition p) {
        return box(x(p), y(p), Math.max(p.getWidthDirAdj(), 0.01f), 0.8f * size(p), dir(p));
    }

    /**
     * The box of a glyph whose origin is ({@code x}, {@code y}) in the reading frame, {@code w} long
     * along its line and {@code up} high (its ascent: the box sits on the baseline), written in
     * direction {@code dir} of that frame: {x0, y0, x1, y1}.
     */
    static float[] box(float x, float y, float w, float up, int dir) {
        return switch (dir) {
            case 90 -> new float[] {x - up, y - w, x, y};
            case 180 -> new float[] {x - w, y, x, y + up};
            case 270 -> new float[] {x, y, x + up, y + w};
            default -> new float[] {x, y - up, x + w, y};
        };
    }
}
