package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Collects the straight lines a page strokes (and the thin rectangles it fills, the way Word draws
 * borders) as rulings in page space, and how much of the page images cover. It is told the page's
 * path construction and painting by {@link GlyphCollector}, in the page's one pass through its
 * content stream, in device space (points already through the current transformation matrix),
 * the way {@code PDFGraphicsStreamEngine} tells its subclasses; text and Type 3 glyph outlines are
 * not turned into lines. One instance per page.
 */
final class RulingCollector {

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.5f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final PDRectangle box;
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();
    private double imageArea;

    RulingCollector(PDRectangle cropBox) {
        this.box = cropBox;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    /** The fraction of the page that images cover (may exceed 1 when they overlap). */
    double imageCoverage() {
        double page = (double) box.getWidth() * box.getHeight();
        return page <= 0 ? 0 : imageArea / page;
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float[] r = {(float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()};
        rectangles.add(r);
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        current = p0;
        start = p0;
    }

    /** An image drawn with this transformation matrix (the unit square it fills). */
    void drawImage(Matrix ctm) {
        imageArea += Math.abs((double) ctm.getScalingFactorX() * ctm.getScalingFactorY());
    }

    Point2D currentPoint() {
        return current;
    }

    void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        segment(current, to);
        current = to;
    }

    /** A curve is no ruling: only its end point matters, as the next segment's start. */
    void curveTo(float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    void closePath() {
        segment(current, start);
        current = start;
    }

    /** The path is discarded (also after a clipping path, which is not drawn). */
    void endPath() {
        segments.clear();
        rectangles.clear();
    }

    void strokePath() {
        for (float[] s : segments) {
            add(s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    void fillPath() {
        for (float[] r : rectangles) {
            float w = Math.abs(r[2] - r[0]);
            float h = Math.abs(r[3] - r[1]);
            if (h <= THIN && w > h) {
                float y = (r[1] + r[3]) / 2;
                add(r[0], y, r[2], y);
            } else if (w <= THIN && h > w) {
                float x = (r[0] + r[2]) / 2;
                add(x, r[1], x, r[3]);
            }
        }
        endPath();
    }

    /** A filled and stroked path counts by its stroke. */
    void fillAndStrokePath() {
        strokePath();
    }

    private void segment(Point2D a, Point2D b) {
        segments.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
    }

    /** Adds a line given in PDF space (origin bottom-left) as a ruling in page space (top-left). */
    private void add(float x0, float y0, float x1, float y1) {
        Ruling r = Ruling.between(x0 - box.getLowerLeftX(), box.getUpperRightY() - y0,
                x1 - box.getLowerLeftX(), box.getUpperRightY() - y1);
        if (r.horizontal() || r.vertical()) {
            rulings.add(r);
        }
    }
}
