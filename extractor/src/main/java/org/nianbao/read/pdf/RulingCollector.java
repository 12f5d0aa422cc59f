package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Collects the straight lines a page strokes (and the thin rectangles it fills, the way Word draws
 * borders) as rulings in page space, and how much of the page images cover. Text is not drawn.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float THIN = 2.5f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final PDRectangle box;
    private Point2D current = new Point2D.Float();
    private Point2D start = new Point2D.Float();
    private double imageArea;

    RulingCollector(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    /** The fraction of the page that images cover (may exceed 1 when they overlap). */
    double imageCoverage() {
        double page = (double) box.getWidth() * box.getHeight();
        return page <= 0 ? 0 : imageArea / page;
    }

    @Override
    protected void showText(byte[] string) {
        // glyphs are read by GlyphCollector; Type 3 glyph outlines must not become rulings
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float[] r = {(float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()};
        rectangles.add(r);
        segment(p0, p1);
        segment(p1, p2);
        segment(p2, p3);
        segment(p3, p0);
        current = p0;
        start = p0;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs((double) ctm.getScalingFactorX() * ctm.getScalingFactorY());
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is not drawn; endPath discards it
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        segment(current, to);
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        segment(current, start);
        current = start;
    }

    @Override
    public void endPath() {
        segments.clear();
        rectangles.clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : segments) {
            add(s[0], s[1], s[2], s[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
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

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is background, never a border
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
