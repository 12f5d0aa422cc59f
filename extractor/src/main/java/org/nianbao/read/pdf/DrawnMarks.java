package org.nianbao.read.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The paths a page paints that draw something rather than rule or shade a table: a figure
 * converted to outlines (转曲), a number drawn with a PDF editor's line tool and flattened. A cell
 * holding one and no text shows something the reader does not read. Not marks: straight lines
 * (borders, rules, and the "/" or "—" a form puts for none, also when drawn in pieces or filled as
 * a slender quadrilateral), paths of horizontal and vertical edges only (boxes, cell shading,
 * borders), paths smaller than {@value #SMALLEST} pt (dots) or larger than {@value #LARGEST} pt
 * either way, and paths painted white or fully transparent. One instance per page.
 */
final class DrawnMarks {

    private static final float SMALLEST = 3f;
    private static final float LARGEST = 100f;
    /** An edge slanted by less than this (points) either way is horizontal or vertical. */
    private static final float STRAIGHT = 0.5f;

    /** A mark's box in PDF space (origin bottom-left). */
    record Mark(float x0, float y0, float x1, float y1) {
    }

    private final List<Mark> marks = new ArrayList<>();

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /**
     * A path is painted.
     *
     * @param shape the path in PDF space, curves by their control points
     * @param curved it has curves
     * @param filled filled (else stroked)
     * @param rgb the colour it is painted in, null when not known
     */
    void paint(Path2D shape, boolean curved, boolean filled, int[] rgb, float alpha) {
        if (alpha <= 0.05f || rgb != null && GlyphVisibility.white(rgb)) {
            return;
        }
        Rectangle2D b = shape.getBounds2D();
        double size = Math.max(b.getWidth(), b.getHeight());
        if (size < SMALLEST || size > LARGEST || Math.min(b.getWidth(), b.getHeight()) > LARGEST) {
            return;
        }
        if (curved || bent(shape, filled)) {
            marks.add(new Mark((float) b.getMinX(), (float) b.getMinY(), (float) b.getMaxX(), (float) b.getMaxY()));
        }
    }

    /** Some piece of the path has a slanted edge and is not a straight line however it is drawn. */
    private static boolean bent(Path2D shape, boolean filled) {
        List<float[]> piece = new ArrayList<>();
        float[] c = new float[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                if (bentPiece(piece, filled)) {
                    return true;
                }
                piece.clear();
            }
            if (type != PathIterator.SEG_CLOSE) {
                piece.add(new float[] {c[0], c[1]});
            }
        }
        return bentPiece(piece, filled);
    }

    /**
     * One subpath: bent when one of its edges is slanted and it is not slender — a filled
     * quadrilateral no thicker than a rule, or a polyline whose points (nearly) lie on one line.
     */
    private static boolean bentPiece(List<float[]> points, boolean filled) {
        int n = points.size();
        if (n < 3) {
            return false;
        }
        boolean slanted = false;
        double twiceArea = 0;
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            float[] a = points.get(i);
            float[] b = points.get((i + 1) % n);
            if ((i < n - 1 || filled) && Math.abs(b[0] - a[0]) > STRAIGHT && Math.abs(b[1] - a[1]) > STRAIGHT) {
                slanted = true;
            }
            twiceArea += (double) a[0] * b[1] - (double) b[0] * a[1];
            x0 = Math.min(x0, a[0]);
            y0 = Math.min(y0, a[1]);
            x1 = Math.max(x1, a[0]);
            y1 = Math.max(y1, a[1]);
        }
        if (!slanted) {
            return false;
        }
        double area = Math.abs(twiceArea) / 2;
        double extent = Math.hypot(x1 - x0, y1 - y0);
        if (filled) {
            return n > 5 || area / extent > GlyphVisibility.THIN;
        }
        return area / (extent * extent) >= 0.05;
    }
}
