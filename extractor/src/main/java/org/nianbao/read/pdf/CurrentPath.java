package org.nianbao.read.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The current path of a content stream, built from its path operators ({@code m l c v y re h}) in
 * device space, and the clip a {@code W} or {@code W*} adds once the path is painted or ended: the
 * one path walker of the page pass ({@link GlyphCollector}) and of a tiling pattern's cell
 * ({@link PatternPaint}). An operand that is not a number counts as 0; an operator short of
 * operands adds nothing (a curve kept by its control points adds the points it has). Which
 * path-painting operator ends the path, and what it paints, is the caller's.
 */
final class CurrentPath {

    /** How curves ({@code c v y}) are kept. */
    enum Curves {
        /**
         * Their control points stand in for them, joined by straight lines: close enough for what a
         * clip lets through and for a box, and {@link #curved()} says a curve was drawn (the page pass).
         */
        CONTROL_POINTS,
        /** As the Bézier curves they are (a pattern cell, whose painted area must be exact). */
        EXACT
    }

    /** Maps a point of user space to device space (the caller's current transformation). */
    interface Transform {
        Point2D.Float apply(float x, float y);
    }

    private final Curves curves;
    private GeneralPath shape = new GeneralPath();
    /**
     * Every point an operator named, in device space, in order: also a {@code m} that the next
     * {@code m} replaced in {@link #shape}, so a box taken from them spans all the operators drew.
     */
    private final List<float[]> points = new ArrayList<>();
    private boolean curved;
    /** The winding rule of a {@code W} (non-zero) or {@code W*} (even-odd) waiting for the path to end, or -1. */
    private int clipRule = -1;

    CurrentPath(Curves curves) {
        this.curves = curves;
    }

    /**
     * Follows {@code operator} when it builds the path or marks it as a clip; false for any other
     * operator, which is the caller's.
     */
    boolean follow(String operator, List<COSBase> operands, Transform ctm) {
        switch (operator) {
            case "re" -> {
                if (operands.size() >= 4) {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    float w = number(operands, 2);
                    float h = number(operands, 3);
                    moveTo(at(ctm, x, y));
                    lineTo(at(ctm, x + w, y));
                    lineTo(at(ctm, x + w, y + h));
                    lineTo(at(ctm, x, y + h));
                    shape.closePath();
                }
            }
            case "m" -> {
                if (operands.size() >= 2) {
                    moveTo(at(ctm, number(operands, 0), number(operands, 1)));
                }
            }
            case "l" -> {
                if (operands.size() >= 2) {
                    lineTo(at(ctm, number(operands, 0), number(operands, 1)));
                }
            }
            case "c", "v", "y" -> curve(operator, operands, ctm);
            case "h" -> {
                if (shape.getCurrentPoint() != null) {
                    shape.closePath();
                }
            }
            case "W" -> clipRule = Path2D.WIND_NON_ZERO;
            case "W*" -> clipRule = Path2D.WIND_EVEN_ODD;
            default -> {
                return false;
            }
        }
        return true;
    }

    private void curve(String operator, List<COSBase> o, Transform ctm) {
        if (curves == Curves.CONTROL_POINTS) {
            curved = true;
            for (int i = 0; i + 1 < o.size(); i += 2) {
                lineTo(at(ctm, number(o, i), number(o, i + 1)));
            }
            return;
        }
        if (shape.getCurrentPoint() == null || o.size() < (operator.equals("c") ? 6 : 4)) {
            return;
        }
        // v: the first control point is the current point; y: the second is the end point
        Point2D a = operator.equals("v") ? shape.getCurrentPoint() : at(ctm, number(o, 0), number(o, 1));
        Point2D b = operator.equals("v") ? at(ctm, number(o, 0), number(o, 1))
                : operator.equals("c") ? at(ctm, number(o, 2), number(o, 3)) : null;
        Point2D e = operator.equals("c") ? at(ctm, number(o, 4), number(o, 5)) : at(ctm, number(o, 2), number(o, 3));
        b = b == null ? e : b;
        shape.curveTo((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY(), (float) e.getX(),
                (float) e.getY());
    }

    private Point2D.Float at(Transform ctm, float x, float y) {
        Point2D.Float p = ctm.apply(x, y);
        points.add(new float[] {p.x, p.y});
        return p;
    }

    private void moveTo(Point2D.Float p) {
        shape.moveTo(p.x, p.y);
    }

    /** A line to {@code p}; where the path has no current point yet, it starts there. */
    private void lineTo(Point2D.Float p) {
        if (shape.getCurrentPoint() == null) {
            shape.moveTo(p.x, p.y);
        } else {
            shape.lineTo(p.x, p.y);
        }
    }

    /** The path built so far, in device space. */
    GeneralPath shape() {
        return shape;
    }

    /** True when a curve was drawn into the path kept by its control points ({@link Curves#CONTROL_POINTS}). */
    boolean curved() {
        return curved;
    }

    /** The points the path's operators named (curves' control points among them), in device space, in order. */
    List<float[]> points() {
        return points;
    }

    /**
     * The path is painted, or ended by {@code n}: the clip a pending {@code W}/{@code W*} adds from
     * now on (the path with that winding rule), or null when none; the next path starts empty.
     */
    GeneralPath end() {
        GeneralPath clip = null;
        if (clipRule >= 0) {
            shape.setWindingRule(clipRule);
            clip = shape;
            clipRule = -1;
        }
        shape = new GeneralPath();
        points.clear();
        curved = false;
        return clip;
    }

    private static float number(List<COSBase> operands, int i) {
        return operands.get(i) instanceof COSNumber n ? n.floatValue() : 0;
    }
}
