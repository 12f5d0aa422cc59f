package org.nianbao.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.EmptyGraphicsStackException;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.filter.MissingImageReaderException;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;

/**
 * Hands the path and image operators of a page's content stream, as the text pass meets them, to
 * a {@link RulingCollector}: so that the page is parsed once, not once for its text and once more
 * for its lines (parsing was about a fifth of the PDF path's CPU). What reaches the collector, and
 * when a page fails, is what PDFBox's {@code PDFGraphicsStreamEngine} (which collected the lines
 * before) made of the same stream: the same operand checks (an operator whose operands are missing
 * or are not numbers does nothing), points through the same transform, and the same errors:
 * those PDFBox only logs are passed over; any other error makes the page unreadable, reported once
 * the text pass is done (the text pass's own errors come first, as they did), except inside a form
 * XObject, where PDFBox's {@code Do} swallows it and the rest of that form draws no lines.
 */
final class RulingOperators {

    private static final int NOT_STOPPED = Integer.MAX_VALUE;

    private final PDFStreamEngine engine;
    private final RulingCollector lines;
    /** Told of each image drawn, while the graphics state is the one it is drawn in. */
    private final Consumer<PDImage> images;
    /** How deep in form XObjects the pass is (0: the page's own content). */
    private int formDepth;
    /** From this form depth down, operators reach no line until the pass is out of that form. */
    private int stoppedFrom = NOT_STOPPED;
    /** The error that makes the page unreadable, if any. */
    private Exception failure;

    RulingOperators(PDFStreamEngine engine, RulingCollector lines, Consumer<PDImage> images) {
        this.engine = engine;
        this.lines = lines;
        this.images = images;
    }

    /** The collector, or the error that makes the page unreadable. */
    RulingCollector collected() throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        return lines;
    }

    void enterForm() {
        formDepth++;
    }

    void leaveForm() {
        formDepth--;
        if (stoppedFrom != NOT_STOPPED && stoppedFrom > formDepth) {
            stoppedFrom = NOT_STOPPED; // the form's Do swallowed the error: drawing goes on after it
        }
    }

    void process(Operator operator, List<COSBase> operands) {
        if (formDepth >= stoppedFrom) {
            return;
        }
        String name = operator.getName();
        try {
            apply(name, operator, operands);
        } catch (IOException e) {
            if (!onlyLogged(name, e)) {
                stop(e, formDepth);
            }
        } catch (RuntimeException e) {
            stop(e, 0); // nothing in PDFBox catches these: the whole page fails
        }
    }

    private void stop(Exception e, int depth) {
        stoppedFrom = depth;
        if (depth == 0) {
            failure = e;
        }
    }

    /** The errors {@code PDFStreamEngine.operatorException} logs and goes on after. */
    private static boolean onlyLogged(String operator, IOException e) {
        return e instanceof MissingResourceException || e instanceof MissingImageReaderException
                || e instanceof EmptyGraphicsStackException || operator.equals("Do")
                || e.getCause() instanceof DataFormatException;
    }

    private void apply(String name, Operator operator, List<COSBase> operands) throws IOException {
        switch (name) {
            case "m", "l" -> {
                if (operands.size() >= 2 && operands.get(0) instanceof COSNumber x && operands.get(1) instanceof COSNumber y) {
                    Point2D.Float p = engine.transformedPoint(x.floatValue(), y.floatValue());
                    if (name.equals("m")) {
                        lines.moveTo(p.x, p.y);
                    } else {
                        lines.lineTo(p.x, p.y);
                    }
                }
            }
            case "c" -> curve(operands, 6, 4);
            case "v", "y" -> curve(operands, 4, 2);
            case "re" -> {
                if (operands.size() >= 4 && numbers(operands)) {
                    float x1 = number(operands, 0);
                    float y1 = number(operands, 1);
                    float x2 = number(operands, 2) + x1;
                    float y2 = number(operands, 3) + y1;
                    lines.appendRectangle(engine.transformedPoint(x1, y1), engine.transformedPoint(x2, y1),
                            engine.transformedPoint(x2, y2), engine.transformedPoint(x1, y2));
                }
            }
            case "h" -> lines.closePath();
            case "S" -> lines.strokePath();
            case "s" -> {
                lines.closePath();
                lines.strokePath();
            }
            case "f", "F", "f*" -> lines.fillPath();
            case "B", "B*" -> lines.fillAndStrokePath();
            case "b", "b*" -> {
                lines.closePath();
                lines.fillAndStrokePath();
            }
            case "n" -> lines.endPath();
            case "Do" -> image(operands);
            case "BI" -> inlineImage(operator);
            default -> {
                // W, W* (a clipping path is not drawn), sh (shading is background), text, state
            }
        }
    }

    /** A curve ends where its last point is; {@code size} operands, the end point at {@code end}. */
    private void curve(List<COSBase> operands, int size, int end) {
        if (operands.size() >= size && numbers(operands)) {
            Point2D.Float p = engine.transformedPoint(number(operands, end), number(operands, end + 1));
            lines.curveTo(p.x, p.y);
        }
    }

    /** An image XObject covers the unit square of the current transformation; forms are followed by the text pass. */
    private void image(List<COSBase> operands) throws IOException {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
            return;
        }
        PDResources resources = engine.getResources();
        if (!resources.isImageXObject(name)) {
            return;
        }
        PDXObject x = resources.getXObject(name);
        if (x instanceof PDImageXObject image && (image.isStencil() || engine.isShouldProcessColorOperators())) {
            lines.drawImage(engine.getGraphicsState().getCurrentTransformationMatrix());
            images.accept(image);
        }
    }

    /** An inline image, decoded as PDFBox does (an image whose data decodes to nothing is not drawn). */
    private void inlineImage(Operator operator) throws IOException {
        if (operator.getImageData() == null || operator.getImageData().length == 0) {
            return;
        }
        PDImage image = new PDInlineImage(operator.getImageParameters(), operator.getImageData(), engine.getResources());
        if (!image.isEmpty() && (image.isStencil() || engine.isShouldProcessColorOperators())) {
            lines.drawImage(engine.getGraphicsState().getCurrentTransformationMatrix());
            images.accept(image);
        }
    }

    private static boolean numbers(List<COSBase> operands) {
        return operands.stream().allMatch(COSNumber.class::isInstance);
    }

    private static float number(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }
}
