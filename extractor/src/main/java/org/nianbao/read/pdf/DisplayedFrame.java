package org.nianbao.read.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.pdf.Glyph;

/**
 * The page as a viewer or a renderer shows it: its crop box turned clockwise by its {@code /Rotate}
 * (what PDFBox's {@code PDFRenderer} and {@code pdftoppm} draw), in points, origin top-left, y down. A
 * page is read in the frame its text stands upright in ({@link PageTurn}), which is another one when
 * {@code qpdf --rotate} turned only the display or the content is drawn turned; the locations given to
 * the user (cells, findings) are moved into this frame, so that the auditor's box lies over the figure
 * in the rendered page.
 *
 * @param reading the quarter turn of the reading frame (the direction the page's text is written in)
 * @param rotate the page's {@code /Rotate}, as a quarter turn clockwise (0, 90, 180, 270)
 * @param pageWidth the crop box's width, unturned
 * @param pageHeight the crop box's height, unturned
 */
public record DisplayedFrame(int reading, int rotate, float pageWidth, float pageHeight) {

    public DisplayedFrame {
        if (reading % 90 != 0 || rotate % 90 != 0 || reading < 0 || rotate < 0 || reading >= 360 || rotate >= 360) {
            throw new IllegalArgumentException("quarter turns: " + reading + ", " + rotate);
        }
    }

    /** The frame of a page shown as it is read: nothing moves. */
    static DisplayedFrame asRead(PageTurn turn) {
        return new DisplayedFrame(turn.degrees(), turn.degrees(), turn.pageWidth(), turn.pageHeight());
    }

    /** The frame of a page shown as a viewer shows it, and read so: its crop box turned by its {@code /Rotate}. */
    public static DisplayedFrame shown(PDPage page) {
        int rotate = quarterTurn(page.getRotation());
        PDRectangle box = page.getCropBox();
        return new DisplayedFrame(rotate, rotate, box.getWidth(), box.getHeight());
    }

    /** A page's {@code /Rotate} as a quarter turn clockwise, 0–270 (PDF allows any multiple of 90, negative too). */
    static int quarterTurn(int rotation) {
        return ((Math.round(rotation / 90f) * 90) % 360 + 360) % 360;
    }

    /** The displayed page's width. */
    public float width() {
        return rotate % 180 == 0 ? pageWidth : pageHeight;
    }

    /** The displayed page's height. */
    public float height() {
        return rotate % 180 == 0 ? pageHeight : pageWidth;
    }

    /** Whether the reading frame is the displayed one. */
    public boolean same() {
        return reading == rotate;
    }

    /** A box of the reading frame as it stands on the displayed page: {x0, y0, x1, y1}. */
    public float[] box(float x0, float y0, float x1, float y1) {
        float[] a = toPage(x0, y0);
        float[] b = toPage(x1, y1);
        return new PageTurn(rotate, pageWidth, pageHeight).box(a[0], a[1], b[0], b[1]);
    }

    /** A location on this page (measured in the reading frame) as it stands on the displayed page. */
    public Location place(Location where, int page) {
        if (same() || !(where instanceof Location.PageBox b) || b.page() != page || b.toPage() != page || b.ocr()) {
            return where;
        }
        float[] d = box(b.x0(), b.y0(), b.x1(), b.y1());
        return new Location.PageBox(b.page(), b.toPage(), d[0], d[1], d[2], d[3], b.ocrConfidence(), b.ocrRecheck());
    }

    /** A glyph of the reading frame with its box on the displayed page (its line geometry unchanged). */
    public Glyph place(Glyph g) {
        if (same()) {
            return g;
        }
        float[] d = box(g.x0(), g.y0(), g.x1(), g.y1());
        return new Glyph(g.text(), d[0], d[1], d[2], d[3], g.lineX(), g.lineY(), g.width(), g.size(), g.dir());
    }

    /** A point of the reading frame in the page's own space (top-left origin, y down, unturned): {x, y}. */
    private float[] toPage(float x, float y) {
        return switch (reading) {
            case 90 -> new float[] {y, pageHeight - x};
            case 180 -> new float[] {pageWidth - x, pageHeight - y};
            case 270 -> new float[] {pageWidth - y, x};
            default -> new float[] {x, y};
        };
    }
}
