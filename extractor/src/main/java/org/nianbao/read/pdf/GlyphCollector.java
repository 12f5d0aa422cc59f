package org.nianbao.read.pdf;

import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.state.SetLineCapStyle;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Reads one page in one pass through its content stream: collects its glyphs as PDFBox positions
 * them, counts the glyphs whose text cannot be believed, and hands the paths and images it draws
 * to a {@link RulingCollector} (through {@link RulingOperators}) for its ruling lines.
 * Only the positions are used: PDFBox's text output interleaves the lines of multi-line cells.
 * It also follows the colours, the filled and thickly stroked areas and the images (their boxes) in
 * drawing order, the paths that draw marks rather than lines ({@link DrawnMarks}), and the clipping path
 * ({@code W}/{@code W*}; PDFBox itself clips to the crop box and to each form XObject's BBox, but
 * its text stripper ignores {@code W}), so that {@link GlyphVisibility} can tell which glyphs a
 * reader of the page sees.
 * One instance per document; not thread-safe (PDFTextStripper is not).
 */
final class GlyphCollector extends PDFTextStripper {

    /** Why a glyph drawn under a soft mask is in doubt. */
    static final String SOFT_MASK = "it is drawn under a soft mask (ExtGState /SMask), which may hide it: its opacity"
            + " is not worked out";
    /** What a shading whose colour over the text is not known is called where it is drawn over text. */
    static final String SHADING = "colours not worked out (a shading painted with sh)";
    private final FontTrust trust = new FontTrust();
    private final DrawnDigits digits = new DrawnDigits();
    private final PatternPaint patterns = new PatternPaint();
    /** The layers of the document read last, and that document. */
    private Layers layers;
    private PDDocument layersOf;
    /** The marked-content sequences and forms the pass is inside, innermost last. */
    private final Deque<Marked> marked = new ArrayDeque<>();
    /**
     * The opacity, blend mode and soft mask the transparency groups being drawn apply as a whole.
     * PDFBox resets them inside a group, as the spec says, so what a group's content paints would
     * look opaque: Chromium prints CSS {@code opacity:.25} as {@code /ca .25} outside the group of
     * an image and {@code /ca 1} inside it.
     */
    private final Deque<Group> groups = new ArrayDeque<>(List.of(Group.NONE));
    /** Glyphs whose text contradicts what is drawn, or whose showing cannot be decided: why, in words. */
    private final Map<TextPosition, String> doubts = new IdentityHashMap<>();
    /** Why the glyph now drawn is in doubt, or null; set around PDFBox's handling of one glyph. */
    private String doubting;
    /** Digits read as drawn where the font's map is proved to give them other digits: the digit drawn and why. */
    private final Map<TextPosition, DrawnDigit> rereads = new IdentityHashMap<>();
    /** The digit drawn by the glyph now drawn, when it is read in place of its map's; set like {@link #doubting}. */
    private DrawnDigit rereading;
    private final Map<PDFont, String> verdicts = new IdentityHashMap<>();
    private final List<TextPosition> positions = new ArrayList<>();
    /** The text object ({@code BT} … {@code ET}) each glyph was drawn in, counted from 1. */
    private final Map<TextPosition, Integer> shows = new IdentityHashMap<>();
    /** What each text object drew, by its number. */
    private final Map<Integer, StringBuilder> shown = new java.util.HashMap<>();
    private int show;
    private final Set<String> distrust = new LinkedHashSet<>();
    private final Map<TextPosition, GlyphVisibility.Paint> paints = new IdentityHashMap<>();
    /** What the page paints besides text, in drawing order. */
    private final List<GlyphVisibility.Painted> painted = new ArrayList<>();
    private DrawnMarks marks;
    /** The current path in PDF space, curves by their control points: close enough for what a clip lets through. */
    private CurrentPath path = new CurrentPath(CurrentPath.Curves.CONTROL_POINTS);
    private Area clipSeen;
    private Rectangle2D clipBounds;
    private boolean clipRectangular;
    private GlyphVisibility.Paint painting;
    private int drawn;
    private int unmapped;
    /** Where the pass hands the page's paths and images, for its ruling lines. */
    private RulingOperators rulingOperators;

    GlyphCollector() {
        setSortByPosition(false);
        // duplicates are removed after visibility is known (PdfPageReader): PDFBox would keep the
        // first of two equal glyphs at one place, which for a typewriter correction is the covered one
        setSuppressDuplicateOverlappingText(false);
        // the text stripper follows no colours: these keep the graphics state's colours current
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        // nor line widths: a thick white stroke covers like a white box
        addOperator(new SetLineWidth(this));
        addOperator(new SetLineCapStyle(this));
    }

    /** What page {@code pageNo} (1-based) shows. */
    PageGlyphs collect(PDDocument document, int pageNo) throws IOException {
        positions.clear();
        shows.clear();
        shown.clear();
        show = 0;
        distrust.clear();
        paints.clear();
        painted.clear();
        marks = new DrawnMarks();
        path = new CurrentPath(CurrentPath.Curves.CONTROL_POINTS);
        clipSeen = null;
        drawn = 0;
        unmapped = 0;
        marked.clear();
        doubts.clear();
        rereads.clear();
        if (layersOf != document) {
            layers = new Layers(document);
            layersOf = document;
        }
        rulingOperators = new RulingOperators(this, new RulingCollector(document.getPage(pageNo - 1).getCropBox()),
                this::image);
        setStartPage(pageNo);
        setEndPage(pageNo);
        writeText(document, Writer.nullWriter());
        for (TextPosition p : positions) {
            if (!doubts.containsKey(p)) {
                String lie = digits.lie(p.getFont(), p.getUnicode());
                if (!lie.isEmpty()) {
                    doubts.put(p, lie);
                }
            }
        }
        RulingCollector rulings = rulingOperators.collected();
        List<Ruling> between = rulings.inPageSpace(new BackgroundGaps().lines(painted));
        Map<Integer, String> texts = new java.util.HashMap<>();
        shown.forEach((n, t) -> texts.put(n, t.toString()));
        return new PageGlyphs(List.copyOf(positions), drawn, unmapped, List.copyOf(distrust),
                new GlyphVisibility(paints, painted), rulings.rulings(), between, rulings.imageCoverage(), marks.marks(),
                new IdentityHashMap<>(doubts), new IdentityHashMap<>(rereads),
                new ShowOperations(new IdentityHashMap<>(shows), texts));
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        rulingOperators.enterForm();
        enter(COSName.OC, form.getOptionalContent() == null ? null : form.getOptionalContent().getCOSObject(), null);
        try {
            super.showForm(form);
        } finally {
            marked.removeLast();
            rulingOperators.leaveForm();
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        rulingOperators.enterForm();
        enter(COSName.OC, form.getOptionalContent() == null ? null : form.getOptionalContent().getCOSObject(), null);
        groups.push(new Group(fillAlpha(), strokeAlpha(), blendMode(), softMasked()));
        try {
            super.showTransparencyGroup(form);
        } finally {
            groups.pop();
            marked.removeLast();
            rulingOperators.leaveForm();
        }
    }

    /** What the groups being drawn apply to everything in them (see {@link #groups}). */
    private record Group(float fillAlpha, float strokeAlpha, BlendMode blend, boolean softMask) {
        static final Group NONE = new Group(1, 1, BlendMode.NORMAL, false);
    }

    /** The non-stroking opacity things are painted with: the graphics state's times its groups'. */
    private float fillAlpha() {
        return (float) getGraphicsState().getNonStrokeAlphaConstant() * groups.peek().fillAlpha();
    }

    private float strokeAlpha() {
        return (float) getGraphicsState().getAlphaConstant() * groups.peek().strokeAlpha();
    }

    /** The blend mode: the graphics state's, or an enclosing group's where the state's is Normal. */
    private BlendMode blendMode() {
        BlendMode own = getGraphicsState().getBlendMode();
        return own == BlendMode.NORMAL || own == BlendMode.COMPATIBLE ? groups.peek().blend() : own;
    }

    private boolean softMasked() {
        return getGraphicsState().getSoftMask() != null || groups.peek().softMask();
    }

    /**
     * The glyphs are what the page shows: PDFBox would put a span's {@code /ActualText} in their
     * place, so it is kept from PDFBox and compared with them instead ({@link Marked#close}).
     */
    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        if (properties != null && properties.containsKey(COSName.ACTUAL_TEXT)) {
            properties = new COSDictionary(properties);
            properties.removeItem(COSName.ACTUAL_TEXT);
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    /**
     * Follows marked content ({@code BMC}/{@code BDC} … {@code EMC}) here rather than in
     * {@link #beginMarkedContentSequence}, which PDFBox skips for a {@code BDC} whose properties it
     * cannot find while still calling {@link #endMarkedContentSequence} at its {@code EMC}.
     */
    private void markedContent(String operator, List<COSBase> operands) throws IOException {
        switch (operator) {
            case "BMC" -> enter(null, null, null);
            case "BDC" -> {
                COSName tag = operands.size() >= 1 && operands.get(0) instanceof COSName n ? n : null;
                COSBase p = operands.size() >= 2 ? operands.get(1) : null;
                COSDictionary properties = p instanceof COSDictionary d ? d : null;
                if (p instanceof COSName name && getResources() != null) {
                    PDPropertyList list = getResources().getProperties(name);
                    properties = list == null ? null : list.getCOSObject();
                }
                String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
                enter(tag, properties, actual);
            }
            case "EMC" -> {
                if (!marked.isEmpty()) {
                    marked.removeLast().close(doubts);
                }
            }
            default -> {
                // not marked content
            }
        }
    }

    /** Enters marked content (or a form) with its optional-content properties and its ActualText, either null. */
    private void enter(COSName tag, COSDictionary layer, String actualText) {
        Layers.Verdict own = layer == null ? Layers.Verdict.SHOWN : layers.of(tag, layer);
        Layers.Verdict outer = marked.isEmpty() ? Layers.Verdict.SHOWN : marked.getLast().shown();
        Layers.Verdict shown = outer.shown() == Layers.Shown.NO || own.shown() == Layers.Shown.YES
                || outer.shown() == Layers.Shown.UNSURE && own.shown() != Layers.Shown.NO ? outer : own;
        marked.addLast(new Marked(shown, actualText));
    }

    /** The layer state of what is drawn now: shown unless some enclosing layer is off or undecided. */
    private Layers.Verdict shown() {
        return marked.isEmpty() ? Layers.Verdict.SHOWN : marked.getLast().shown();
    }

    private boolean hiddenLayer() {
        return shown().shown() == Layers.Shown.NO;
    }

    /** Follows the paths the page fills (their boxes in PDF space) and the order they are drawn in. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        markedContent(operator.getName(), operands);
        if (!hiddenLayer()) { // a switched-off layer draws no lines and no images
            rulingOperators.process(operator, operands);
        }
        path.follow(operator.getName(), operands, getGraphicsState().getCurrentTransformationMatrix()::transformPoint);
        switch (operator.getName()) {
            case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                fill(operator.getName().endsWith("*"));
                endPath();
            }
            case "S", "s" -> {
                stroke();
                endPath();
            }
            case "n" -> endPath();
            case "sh" -> shading(operands);
            default -> {
                // everything else as PDFBox does it
            }
        }
        super.processOperator(operator, operands);
    }

    /** The path is painted (or not, {@code n}): a pending {@code W} makes it part of the clipping path from now on. */
    private void endPath() {
        GeneralPath clip = path.end();
        if (clip != null) {
            getGraphicsState().intersectClippingPath(clip);
        }
    }

    /**
     * Whether the clipping path lets through the middle of a glyph (its advance's middle, a third of
     * an em above the baseline): a glyph whose middle is clipped away does not show.
     */
    private boolean insideClip(Matrix textRenderingMatrix, Vector displacement) {
        Area clip = clip();
        Point2D.Float mid = textRenderingMatrix.transformPoint(displacement.getX() / 2, 0.35f);
        return clipRectangular ? clipBounds.contains(mid.x, mid.y) : clip.contains(mid.x, mid.y);
    }

    /** The clipping path; its bounds and whether it is a rectangle are worked out once per clip. */
    private Area clip() {
        Area clip = getGraphicsState().getCurrentClippingPath();
        if (clip != clipSeen) { // the same Area until the clip changes
            clipSeen = clip;
            clipBounds = clip.getBounds2D();
            clipRectangular = clip.isRectangular();
        }
        return clip;
    }

    /**
     * An image is drawn (told by {@link RulingOperators}, which looks it up): the box the current
     * transformation puts its unit square in, within the clip's bounds, and whether it is opaque,
     * from its dictionary and the graphics state alone: images are never decoded here.
     */
    private void image(PDImage image) {
        PDGraphicsState state = getGraphicsState();
        float alpha = fillAlpha();
        if (alpha <= 0.05f) {
            return;
        }
        Matrix ctm = state.getCurrentTransformationMatrix();
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
            x0 = Math.min(x0, p.x);
            y0 = Math.min(y0, p.y);
            x1 = Math.max(x1, p.x);
            y1 = Math.max(y1, p.y);
        }
        clip();
        x0 = Math.max(x0, (float) clipBounds.getMinX());
        y0 = Math.max(y0, (float) clipBounds.getMinY());
        x1 = Math.min(x1, (float) clipBounds.getMaxX());
        y1 = Math.min(y1, (float) clipBounds.getMaxY());
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        BlendMode blend = blendMode();
        boolean darkens = blend == BlendMode.MULTIPLY || blend == BlendMode.DARKEN;
        painted.add(new GlyphVisibility.Image(x0, y0, x1, y1, transparency(image, softMasked(), alpha, blend),
                alpha <= 0.5f || darkens, drawn, GlyphVisibility.Image.PICTURE));
    }

    /** Why the image may let what is under it show, "" when it is opaque. */
    private static String transparency(PDImage image, boolean softMasked, float alpha, BlendMode blend) {
        if (image.isStencil()) {
            return "a stencil mask: only its ink is painted";
        }
        if (image instanceof PDImageXObject x) {
            COSDictionary d = x.getCOSObject();
            if (d.containsKey(COSName.SMASK)) {
                return "a soft mask";
            }
            if (d.containsKey(COSName.MASK)) {
                return "a mask";
            }
            if (d.getInt(COSName.getPDFName("SMaskInData"), 0) != 0) {
                return "an alpha channel";
            }
        }
        return transparency(softMasked, alpha, blend);
    }

    /** Why what the graphics state paints may let what is under it show, "" when it paints opaquely. */
    private static String transparency(boolean softMasked, float alpha, BlendMode blend) {
        if (softMasked) {
            return "a soft mask in its graphics state";
        }
        if (alpha < 0.95f) {
            return "opacity " + Math.round(alpha * 100) + " %";
        }
        if (blend != BlendMode.NORMAL && blend != BlendMode.COMPATIBLE) {
            return "blend mode " + blend;
        }
        return "";
    }

    /**
     * A shading painted with {@code sh}: it paints the whole clip (within its own BBox). One colour
     * all over (every sampled point of its function alike) paints like a fill of that box; any other
     * (a gradient, a mesh, a colour that cannot be worked out) is not known to hide or show what it
     * is drawn over: it counts like an image with transparency, which flags the text under it.
     * Shadings painted as a pattern fill ({@code scn} then {@code f}) are judged by {@link PatternPaint}.
     */
    private void shading(List<COSBase> operands) {
        if (hiddenLayer() || operands.isEmpty() || !(operands.get(0) instanceof COSName name) || getResources() == null) {
            return;
        }
        PDShading shading;
        try {
            shading = getResources().getShading(name);
        } catch (IOException | RuntimeException e) {
            shading = null;
        }
        PDGraphicsState state = getGraphicsState();
        clip();
        float x0 = (float) clipBounds.getMinX();
        float y0 = (float) clipBounds.getMinY();
        float x1 = (float) clipBounds.getMaxX();
        float y1 = (float) clipBounds.getMaxY();
        if (shading != null && shading.getBBox() != null) {
            PDRectangle b = shading.getBBox();
            Matrix ctm = state.getCurrentTransformationMatrix();
            float bx0 = Float.MAX_VALUE;
            float by0 = Float.MAX_VALUE;
            float bx1 = -Float.MAX_VALUE;
            float by1 = -Float.MAX_VALUE;
            for (float[] c : new float[][] {{b.getLowerLeftX(), b.getLowerLeftY()}, {b.getUpperRightX(), b.getLowerLeftY()},
                    {b.getLowerLeftX(), b.getUpperRightY()}, {b.getUpperRightX(), b.getUpperRightY()}}) {
                Point2D.Float p = ctm.transformPoint(c[0], c[1]);
                bx0 = Math.min(bx0, p.x);
                by0 = Math.min(by0, p.y);
                bx1 = Math.max(bx1, p.x);
                by1 = Math.max(by1, p.y);
            }
            x0 = Math.max(x0, bx0);
            y0 = Math.max(y0, by0);
            x1 = Math.min(x1, bx1);
            y1 = Math.min(y1, by1);
        }
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        float alpha = fillAlpha();
        if (alpha <= 0.05f) {
            return;
        }
        int[] rgb = shading == null ? null : uniform(shading);
        BlendMode blend = blendMode();
        if (rgb != null && !softMasked()) {
            painted.add(new GlyphVisibility.Fill(x0, y0, x1, y1, rgb, alpha, drawn, null, blend));
        } else {
            painted.add(new GlyphVisibility.Image(x0, y0, x1, y1, SHADING, alpha <= 0.5f, drawn,
                    GlyphVisibility.Image.PICTURE));
        }
    }

    /**
     * The one colour an axial, radial or function-based shading paints, or null when it paints
     * more than one (sampled at 129 points of its function's domain; a mesh is never one colour here)
     * or its colour cannot be worked out.
     */
    static int[] uniform(PDShading shading) {
        int type = shading.getShadingType();
        if (type != PDShading.SHADING_TYPE2 && type != PDShading.SHADING_TYPE3) {
            return null;
        }
        try {
            float t0 = 0;
            float t1 = 1;
            if (shading instanceof PDShadingType2 axial && axial.getDomain() != null && axial.getDomain().size() >= 2
                    && axial.getDomain().get(0) instanceof COSNumber a && axial.getDomain().get(1) instanceof COSNumber b) {
                t0 = a.floatValue();
                t1 = b.floatValue();
            }
            int[] first = null;
            for (int i = 0; i <= 128; i++) {
                float[] rgb = shading.getColorSpace().toRGB(shading.evalFunction(t0 + (t1 - t0) * i / 128f));
                int[] c = {Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math.round(rgb[2] * 255)};
                if (first == null) {
                    first = c;
                } else if (Math.abs(c[0] - first[0]) + Math.abs(c[1] - first[1]) + Math.abs(c[2] - first[2]) > 6) {
                    return null;
                }
            }
            return first;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A stroked path, as thick as it is drawn. A thin straight line is a rule, a border or a
     * strike-through; a thick one (a white pen stroke over a number) covers what it crosses, each
     * straight piece of it (curves by their control points) as wide as the line.
     */
    private void stroke() {
        if (hiddenLayer()) {
            return;
        }
        PDGraphicsState state = getGraphicsState();
        PDColor color = state.getStrokingColor();
        int[] rgb = rgb(color);
        float alpha = strokeAlpha();
        // a pattern stroke covers like its pattern: one proved opaque in one colour as that colour,
        // any other like an image along each piece of the line
        PatternPaint.Verdict pattern = rgb == null && color.isPattern() ? patterns.of(color) : null;
        if (pattern != null && pattern.opaque()) {
            rgb = pattern.rgb();
        }
        GeneralPath shape = path.shape();
        marks.paint(shape, path.curved(), false, rgb, alpha);
        Matrix ctm = state.getCurrentTransformationMatrix();
        float half = (float) Math.max(0.25, state.getLineWidth() * Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY()
                - ctm.getShearX() * ctm.getShearY())) / 2);
        if (2 * half > GlyphVisibility.THIN) {
            boolean capped = state.getLineCap() != 0;
            float[] c = new float[6];
            float[] start = null;
            float[] at = null;
            for (java.awt.geom.PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                float[] to = type == java.awt.geom.PathIterator.SEG_CLOSE ? start : new float[] {c[0], c[1]};
                if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                    start = to;
                } else if (at != null && to != null && pattern != null && rgb == null) {
                    // the piece's box widened by half the line width (past its ends too, to be safe)
                    patternImage(Math.min(at[0], to[0]) - half, Math.min(at[1], to[1]) - half,
                            Math.max(at[0], to[0]) + half, Math.max(at[1], to[1]) + half, pattern, alpha);
                } else if (at != null && to != null) {
                    painted.add(new GlyphVisibility.Stroke(at[0], at[1], to[0], to[1], half, capped, rgb, alpha, drawn,
                            blendMode()));
                }
                at = to;
            }
            return;
        }
        List<float[]> points = path.points();
        if (points.size() != 2 || Math.abs(points.get(0)[1] - points.get(1)[1]) > GlyphVisibility.THIN) {
            return; // only a line across the text can strike it; a slanted one (a "/") covers nothing
        }
        float[] a = points.get(0);
        float[] b = points.get(1);
        painted.add(new GlyphVisibility.Fill(Math.min(a[0], b[0]), Math.min(a[1], b[1]) - half, Math.max(a[0], b[0]),
                Math.max(a[1], b[1]) + half, rgb, alpha, drawn));
    }

    private void fill(boolean evenOdd) {
        if (path.points().isEmpty() || hiddenLayer()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] p : path.points()) {
            x0 = Math.min(x0, p[0]);
            y0 = Math.min(y0, p[1]);
            x1 = Math.max(x1, p[0]);
            y1 = Math.max(y1, p[1]);
        }
        PDColor color = getGraphicsState().getNonStrokingColor();
        int[] rgb = rgb(color);
        float alpha = fillAlpha();
        if (rgb == null && color.isPattern()) {
            patternFill(x0, y0, x1, y1, patterns.of(color), alpha);
            return;
        }
        marks.paint(path.shape(), path.curved(), true, rgb, alpha);
        painted.add(new GlyphVisibility.Fill(x0, y0, x1, y1, rgb, alpha, drawn, boxed() ? null : area(evenOdd),
                blendMode()));
    }

    /** True when the current path is one piece without curves, four corners or fewer: all of its box, or near enough. */
    private boolean boxed() {
        if (path.curved()) {
            return false;
        }
        int moves = 0;
        int corners = 0;
        float[] c = new float[6];
        for (java.awt.geom.PathIterator it = path.shape().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            moves += type == java.awt.geom.PathIterator.SEG_MOVETO ? 1 : 0;
            corners += type == java.awt.geom.PathIterator.SEG_CLOSE ? 0 : 1;
        }
        return moves <= 1 && corners <= 5;
    }

    /** The current path as the area a fill paints, by its rule. */
    private java.awt.Shape area(boolean evenOdd) {
        GeneralPath area = new GeneralPath(path.shape());
        area.setWindingRule(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        return area;
    }

    /**
     * An area filled with a pattern: a pattern proved to paint it opaquely in one colour is a box of
     * that colour; one proved opaque in colours not worked out (a texture) covers like an opaque
     * image; any other may or may not hide what is under it, like an image with transparency.
     */
    private void patternFill(float x0, float y0, float x1, float y1, PatternPaint.Verdict pattern, float alpha) {
        if (alpha <= 0.05f) {
            return;
        }
        if (pattern.rgb() != null && pattern.opaque() && transparency(softMasked(), alpha, blendMode()).isEmpty()) {
            marks.paint(path.shape(), path.curved(), true, pattern.rgb(), alpha);
            painted.add(new GlyphVisibility.Fill(x0, y0, x1, y1, pattern.rgb(), alpha, drawn));
            return;
        }
        patternImage(x0, y0, x1, y1, pattern, alpha);
    }

    /**
     * An area painted with a pattern of colours not worked out (or not proved opaque): like an image,
     * opaque when the pattern and the graphics state are.
     */
    private void patternImage(float x0, float y0, float x1, float y1, PatternPaint.Verdict pattern, float alpha) {
        BlendMode blend = blendMode();
        String doubt = pattern.opaque() ? transparency(softMasked(), alpha, blend) : pattern.doubt();
        boolean darkens = blend == BlendMode.MULTIPLY || blend == BlendMode.DARKEN;
        painted.add(new GlyphVisibility.Image(x0, y0, x1, y1, doubt, alpha <= 0.5f || darkens, drawn, pattern.what()));
    }

    /** The colour as RGB 0–255, or null when its colour space cannot say (patterns, separations). */
    private static int[] rgb(PDColor color) {
        try {
            int v = color.toRGB();
            return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        drawn++;
        String why = verdicts.computeIfAbsent(font, trust::distrust);
        if (!why.isEmpty()) {
            distrust.add(why);
        }
        String unicode = font.toUnicode(code);
        if (why.isEmpty() && (unicode == null || unicode.indexOf('\uFFFD') >= 0)) {
            unmapped++;
        }
        for (Marked m : marked) {
            m.drew(unicode);
        }
        Layers.Verdict layer = shown();
        String drawnDigit = why.isEmpty() ? digits.reread(font, code, unicode) : null;
        rereading = drawnDigit == null ? null : new DrawnDigit(drawnDigit, digits.rereadWhy(font));
        doubting = layer.shown() == Layers.Shown.UNSURE ? "it is on a layer whose showing cannot be told: "
                + layer.name() : why.isEmpty() && drawnDigit == null
                ? emptyToNull(digits.contradiction(font, code, unicode)) : null;
        if (doubting == null && softMasked()) {
            // a soft mask (ExtGState /SMask) may make it anything from opaque to invisible: only
            // rendering the mask's group would tell, which this reader does not do
            doubting = SOFT_MASK;
        }
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        // outline text (modes 1, 2, 5, 6: LibreOffice's outline effect, -webkit-text-stroke) shows its
        // stroke, whatever colour its fill is: a white fill with a black outline is read
        float fillAlpha = mode.isFill() ? fillAlpha() : 0;
        float strokeAlpha = mode.isStroke() ? strokeAlpha() : 0;
        List<int[]> colours = new ArrayList<>(2);
        if (fillAlpha > 0.05f) {
            colours.add(rgb(getGraphicsState().getNonStrokingColor()));
        }
        if (strokeAlpha > 0.05f) {
            colours.add(rgb(getGraphicsState().getStrokingColor()));
        }
        painting = new GlyphVisibility.Paint(colours, mode.isFill() || mode.isStroke(), mode.intValue(),
                Math.max(fillAlpha, strokeAlpha), blendMode(), drawn - 1, !insideClip(textRenderingMatrix, displacement),
                layer.shown() == Layers.Shown.NO ? layer.name() : null);
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        painting = null;
        doubting = null;
        rereading = null;
    }

    @Override
    public void beginText() throws IOException {
        show++; // Chromium shows a number glyph by glyph (Tj, Td, Tj) in one text object, its shadow in the next
        super.beginText();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        shows.put(text, show);
        shown.computeIfAbsent(show, n -> new StringBuilder()).append(text.getUnicode() == null ? "" : text.getUnicode());
        if (painting != null) {
            paints.put(text, painting);
        }
        if (doubting != null) {
            doubts.put(text, doubting);
        }
        if (rereading != null) {
            rereads.put(text, rereading);
        }
        for (Marked m : marked) {
            m.positioned(text);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            positions.addAll(article);
        }
    }

    /**
     * @param drawn glyphs drawn on the page
     * @param unmapped glyphs of trusted fonts with no Unicode (PDFBox drops or invents them)
     * @param distrust why fonts used on the page cannot be believed, one line each
     * @param rulings the page's ruling lines in page space ({@link RulingCollector})
     * @param betweenCells the lines no operator draws that a table's background shows between its cells ({@link
     *                     BackgroundGaps}), in page space
     * @param imageCoverage the fraction of the page images cover
     * @param marks paths that draw something other than lines and boxes (PDF space)
     */
    record PageGlyphs(List<TextPosition> positions, int drawn, int unmapped, List<String> distrust,
                      GlyphVisibility visibility, List<Ruling> rulings, List<Ruling> betweenCells, double imageCoverage,
                      List<DrawnMarks.Mark> marks, Map<TextPosition, String> doubts,
                      Map<TextPosition, DrawnDigit> rereads, ShowOperations operations) {

        /** Every line the page shows: those drawn and those its tables' backgrounds show between cells. */
        List<Ruling> lines() {
            List<Ruling> all = new java.util.ArrayList<>(rulings);
            all.addAll(betweenCells);
            return all;
        }
    }

    /**
     * Which text object ({@code BT} … {@code ET}) drew each glyph, and what each drew: a browser prints a CSS
     * {@code text-shadow} as the same text drawn again by the next text object, moved a few pixels
     * ({@link DuplicateGlyphs}).
     *
     * @param of each glyph's text object, numbered in drawing order from 1
     * @param texts the text each text object drew, by number
     */
    record ShowOperations(Map<TextPosition, Integer> of, Map<Integer, String> texts) {

        /** The text object that drew {@code p}; 0 when not known. */
        int of(TextPosition p) {
            return of.getOrDefault(p, 0);
        }

        /** What text object {@code n} drew; "" when not known. */
        String text(int n) {
            return texts.getOrDefault(n, "");
        }
    }

    /**
     * A digit read as its glyph is drawn, not as the font's map gives it (the map proved to shuffle
     * the font's digits, {@link DrawnDigits#reread}).
     *
     * @param digit the digit drawn
     * @param why what proves the map wrong, in words
     */
    record DrawnDigit(String digit, String why) {
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /**
     * A marked-content sequence or form the pass is in: the layer state of what it draws, and, for a
     * span with an {@code /ActualText}, the glyphs it draws.
     */
    private static final class Marked {
        private final Layers.Verdict shown;
        private final String actualText;
        private final StringBuilder drawnText = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();

        Marked(Layers.Verdict shown, String actualText) {
            this.shown = shown;
            this.actualText = actualText;
        }

        Layers.Verdict shown() {
            return shown;
        }

        void drew(String unicode) {
            if (actualText != null) {
                drawnText.append(unicode == null ? "\uFFFD" : unicode);
            }
        }

        void positioned(TextPosition p) {
            if (actualText != null) {
                positions.add(p);
            }
        }

        /**
         * At the span's end: an ActualText whose digits are not the digits of the glyphs drawn (a
         * figure changed by editing the glyphs, the tag left stale) puts every glyph of the span in
         * doubt, naming both readings; neither is preferred.
         */
        void close(Map<TextPosition, String> doubts) {
            if (actualText == null || digitsOf(actualText).equals(digitsOf(drawnText))) {
                return;
            }
            String why = "the page draws '" + drawnText.toString().strip() + "' but its ActualText says '"
                    + actualText.strip() + "'";
            for (TextPosition p : positions) {
                doubts.putIfAbsent(p, why);
            }
        }

        private static String digitsOf(CharSequence s) {
            StringBuilder d = new StringBuilder();
            s.codePoints().filter(Character::isDigit).forEach(c -> d.append(Character.digit(c, 10)));
            return d.toString();
        }
    }
}
