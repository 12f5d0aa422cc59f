package org.nianbao.read.pdf;

import java.awt.BasicStroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The outline a Type 3 font's glyph paints: what its glyph procedure fills, and its strokes as the
 * areas they cover. Chromium prints a page's CFF fonts (Nimbus Sans, a web font) as Type 3 fonts
 * whose glyphs are filled paths, so their digits can be judged by shape like any other font's. A
 * glyph that paints an image (a bitmap font) or a shading has no outline: null.
 */
final class Type3Outline extends PDFGraphicsStreamEngine {

    private final GeneralPath painted = new GeneralPath();
    private final GeneralPath current = new GeneralPath();
    private boolean picture;

    private Type3Outline(PDPage page) {
        super(page);
    }

    /**
     * The outline of the glyph for {@code code} in text space (its procedure's coordinates through
     * the font matrix, which PDFBox applies as the procedure's own matrix), y up; null when it has none.
     */
    static GeneralPath of(PDType3Font font, int code) throws IOException {
        PDType3CharProc proc = font.getCharProc(code);
        if (proc == null) {
            return null;
        }
        PDPage page = new PDPage();
        Type3Outline engine = new Type3Outline(page);
        engine.processChildStream(proc, page);
        return engine.picture || engine.painted.getCurrentPoint() == null ? null : engine.painted;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        current.moveTo(p0.getX(), p0.getY());
        current.lineTo(p1.getX(), p1.getY());
        current.lineTo(p2.getX(), p2.getY());
        current.lineTo(p3.getX(), p3.getY());
        current.closePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        picture = true;
    }

    @Override
    public void clip(int windingRule) {
        // the outline is judged whole
    }

    @Override
    public void moveTo(float x, float y) {
        current.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current.getCurrentPoint() == null) {
            current.moveTo(x, y);
        }
        current.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (current.getCurrentPoint() == null) {
            current.moveTo(x1, y1);
        }
        current.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current.getCurrentPoint();
    }

    @Override
    public void closePath() {
        if (current.getCurrentPoint() != null) {
            current.closePath();
        }
    }

    @Override
    public void endPath() {
        current.reset();
    }

    @Override
    public void strokePath() {
        float width = Math.max(getGraphicsState().getLineWidth(), 1e-3f);
        painted.append(new BasicStroke(width).createStrokedShape(current), false);
        current.reset();
    }

    @Override
    public void fillPath(int windingRule) {
        painted.append(current, false);
        current.reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        GeneralPath path = (GeneralPath) current.clone();
        strokePath();
        painted.append(path, false);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        picture = true;
    }
}
