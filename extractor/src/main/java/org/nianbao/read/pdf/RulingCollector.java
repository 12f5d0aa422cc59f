package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Collects the straight lines a page strokes (and the thin rectangles it fills, the way Word draws
 * borders, the thin polygons it fills, the way Chromium draws a cell's bevelled side, and the runs of dots
 * or dashes it fills, the way Chromium draws a dotted or dashed border: {@link DashedLines}) as rulings
 * in page space, and how much of the page images cover. It is told the page's
 * path construction and painting by {@link GlyphCollector}, in the page's one pass through its
 * content stream, in device space (points already through the current transformation matrix),
 * the way {@code PDFGraphicsStreamEngine} tells its subclasses; text and Type 3 glyph outlines are
 * not turned into lines. One instance per page.
 */
final class RulingCollector {

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.5f;
    /**
     * A filled box thin and shorter than this (points) is a dot or dash of a dotted or dashed border, or a
     * mark: too short for a border (the lattice takes no line under 4 pt), it counts only in a run of its kind.
     */
    private static final float PIECE = 4f;

    private final List<Ruling> rulings = new ArrayList<>();
    /** The small filled boxes that may be the dots or dashes of a border, each x0, y0, x1, y1 in PDF space. */
    private final List<float[]> pieces = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    /** The bounding boxes of the path's finished straight subpaths ({@code m l … l}), each x0, y0, x1, y1. */
    private final List<float[]> polygons = new ArrayList<>();
    /** The points of the subpath being built; null once a curve made it no polygon. */
    private List<Point2D> subpath = new ArrayList<>();
    private final PDRectangle box;
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();
    private double imageArea;

    RulingCollector(PDRectangle cropBox) {
        this.box = cropBox;
    }

    /** The lines drawn, with the dotted and dashed ones joined from their pieces. */
    List<Ruling> rulings() {
        List<Ruling> out = new ArrayList<>(rulings);
        DashedLines.Joined joined = new DashedLines().join(pieces);
        for (float[] l : joined.lines()) {
            add(out, l[0], l[1], l[2], l[3]);
        }
        for (float[] r : joined.unjoined()) {
            filledLine(out, r);
        }
        return List.copyOf(out);
    }

    /** The fraction of the page that images cover (may exceed 1 when they overlap). */
    double imageCoverage() {
        double page = (double) box.getWidth() * box.getHeight();
        return page <= 0 ? 0 : imageArea / page;
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        finishSubpath();
        subpath = new ArrayList<>();
        float[] r = {(float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()};
        rectangles.add(r);
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        current = p0;
        start = p0;
    }

    /** Lines found otherwise, each x0, y0, x1, y1 in PDF space, as rulings in page space (this page's crop box). */
    List<Ruling> inPageSpace(List<float[]> lines) {
        List<Ruling> out = new ArrayList<>();
        for (float[] l : lines) {
            add(out, l[0], l[1], l[2], l[3]);
        }
        return out;
    }

    /** An image drawn with this transformation matrix (the unit square it fills). */
    void drawImage(Matrix ctm) {
        imageArea += Math.abs((double) ctm.getScalingFactorX() * ctm.getScalingFactorY());
    }

    Point2D currentPoint() {
        return current;
    }

    void moveTo(float x, float y) {
        finishSubpath();
        current = new Point2D.Float(x, y);
        start = current;
        subpath = new ArrayList<>(List.of(current));
    }

    void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        segment(current, to);
        current = to;
        if (subpath != null) {
            subpath.add(to);
        }
    }

    /** A curve is no ruling: only its end point matters, as the next segment's start. */
    void curveTo(float x3, float y3) {
        current = new Point2D.Float(x3, y3);
        subpath = null;
    }

    void closePath() {
        segment(current, start);
        current = start;
        finishSubpath();
        subpath = new ArrayList<>(List.of(start));
    }

    /** The path is discarded (also after a clipping path, which is not drawn). */
    void endPath() {
        segments.clear();
        rectangles.clear();
        polygons.clear();
        subpath = new ArrayList<>();
    }

    /** Keeps the box of the subpath built so far when it is a polygon of straight sides. */
    private void finishSubpath() {
        if (subpath != null && subpath.size() >= 3) {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (Point2D p : subpath) {
                x0 = Math.min(x0, (float) p.getX());
                y0 = Math.min(y0, (float) p.getY());
                x1 = Math.max(x1, (float) p.getX());
                y1 = Math.max(y1, (float) p.getY());
            }
            polygons.add(new float[] {x0, y0, x1, y1});
        }
        subpath = null;
    }

    void strokePath() {
        for (float[] s : segments) {
            add(rulings, s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    void fillPath() {
        finishSubpath();
        // a polygon (a border's side with mitred corners, a trapezoid) filled thin is a line as a rectangle is
        List<float[]> filled = new ArrayList<>(rectangles);
        filled.addAll(polygons);
        for (float[] r : filled) {
            float w = Math.abs(r[2] - r[0]);
            float h = Math.abs(r[3] - r[1]);
            if (Math.max(w, h) < PIECE && Math.min(w, h) <= THIN) {
                pieces.add(r);
            } else {
                filledLine(rulings, r);
            }
        }
        endPath();
    }

    /** A filled box thin one way is a line along the other. */
    private void filledLine(List<Ruling> into, float[] r) {
        float w = Math.abs(r[2] - r[0]);
        float h = Math.abs(r[3] - r[1]);
        if (h <= THIN && w > h) {
            float y = (r[1] + r[3]) / 2;
            add(into, r[0], y, r[2], y);
        } else if (w <= THIN && h > w) {
            float x = (r[0] + r[2]) / 2;
            add(into, x, r[1], x, r[3]);
        }
    }

    /** A filled and stroked path counts by its stroke. */
    void fillAndStrokePath() {
        strokePath();
    }

    private void segment(Point2D a, Point2D b) {
        segments.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
    }

    /** Adds a line given in PDF space (origin bottom-left) as a ruling in page space (top-left). */
    private void add(List<Ruling> into, float x0, float y0, float x1, float y1) {
        Ruling r = Ruling.between(x0 - box.getLowerLeftX(), box.getUpperRightY() - y0,
                x1 - box.getLowerLeftX(), box.getUpperRightY() - y1);
        if (r.horizontal() || r.vertical()) {
            into.add(r);
        }
    }
}
