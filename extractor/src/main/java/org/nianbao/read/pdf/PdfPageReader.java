package org.nianbao.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.util.Optional;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.nianbao.read.Subscript;
import org.nianbao.read.Superscript;
import org.nianbao.reconstruct.pdf.Glyph;
import org.nianbao.reconstruct.pdf.PageLayout;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * Reads one page of an open document into plain geometry, and decides whether its text can be
 * believed. A page whose fonts cannot be believed gives no glyphs at all: blanked cells of an
 * exact table would read as blank values. One instance per document.
 */
public final class PdfPageReader {

    /** Images covering this much of a page without text make it a scan. */
    private static final double SCAN_COVERAGE = 0.2;
    /** Unmapped glyphs above this share of a page's glyphs make its text untrustworthy. */
    private static final double UNMAPPED_SHARE = 0.01;

    private final GlyphCollector glyphs = new GlyphCollector();

    /** Reads page {@code pageNo} (1-based). */
    public PageReading read(PDDocument document, int pageNo) throws IOException {
        PDPage page = document.getPage(pageNo - 1);
        PDRectangle box = page.getCropBox();
        GlyphCollector.PageGlyphs text = glyphs.collect(document, pageNo);
        // read the way the text stands upright, whatever /Rotate turns the display by (qpdf --rotate=180 turns
        // only the display; a page printed upside down draws its glyphs at 180°)
        PageTurn turn = PageTurn.of(box, text.positions());
        float width = turn.width();
        float height = turn.height();
        DisplayedFrame displayed = new DisplayedFrame(turn.degrees(), DisplayedFrame.quarterTurn(page.getRotation()),
                box.getWidth(), box.getHeight());
        if (!text.distrust().isEmpty()) {
            return new PageReading(new PageLayout(pageNo, width, height, List.of(), List.of()),
                    PageReading.Verdict.UNTRUSTED, String.join("; ", text.distrust()), displayed);
        }
        if (text.unmapped() > 0 && text.unmapped() >= UNMAPPED_SHARE * text.drawn()) {
            return new PageReading(new PageLayout(pageNo, width, height, List.of(), List.of()),
                    PageReading.Verdict.UNTRUSTED, "glyphs without a Unicode mapping", displayed);
        }
        List<Glyph> out = new ArrayList<>(text.positions().size());
        List<PageReading.UnseenText> unseen = new ArrayList<>();
        List<PageReading.Doubt> doubts = new ArrayList<>();
        float doubtEnd = Float.NaN; // where the last doubted glyph ends on its line
        List<PageReading.Reread> rereads = new ArrayList<>();
        float rereadEnd = Float.NaN;
        Glyph previous = null;
        DuplicateGlyphs seen = new DuplicateGlyphs(text.operations());
        List<PageReading.Overlay> overlays = PageAnnotations.of(page);
        List<PageReading.Overlay> onGlyphs = overlays.stream().filter(o -> o.effect() == PageReading.Overlay.Effect.STRIKE
                || o.effect() == PageReading.Overlay.Effect.DOUBT).toList();
        GlyphVisibility visibility = text.visibility();
        Set<GlyphVisibility.Image> overText = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<GlyphVisibility.Image> underText = Collections.newSetFromMap(new IdentityHashMap<>());
        int scanLayer = 0;
        List<Ruling> rulings = text.lines().stream().map(r -> turned(r, turn)).toList();
        Set<TextPosition> across = AcrossPageText.of(text.positions(), turn, rulings);
        Set<TextPosition> overRulings = RunOverRulings.digits(text.positions(), turn, rulings);
        float usual = usualSize(text.positions());
        for (TextPosition p : text.positions()) {
            if (across.contains(p)) {
                // a watermark or stamp written down the page or turned, laid across its tables: not their text
                float[] b = turn.box(p);
                unseen.add(new PageReading.UnseenText(p.getUnicode(), ACROSS, b[0], b[1], b[2], b[3]));
                continue;
            }
            GlyphVisibility.Sight sight = visibility.sight(p);
            Optional<String> why = Optional.ofNullable(sight.unseen());
            for (GlyphVisibility.Image i : visibility.images(p, true)) {
                (i.seeThrough() ? underText : overText).add(i);
            }
            if (why.isEmpty()) {
                underText.addAll(visibility.images(p, false));
            }
            if (why.isPresent() && !p.getUnicode().isBlank() && (why.get().startsWith(GlyphVisibility.INVISIBLE)
                    || why.get().equals(GlyphVisibility.UNDER_IMAGE))) {
                scanLayer++;
            }
            PageReading.Overlay over = why.isEmpty() ? over(p, box, onGlyphs) : null;
            if (over != null && over.effect() == PageReading.Overlay.Effect.STRIKE) {
                why = Optional.of(GlyphVisibility.STRUCK);
            }
            if (why.isPresent()) {
                unseen(p, turn, why.get(), unseen);
                continue;
            }
            if (slanted(p)) {
                // diagonal text is a watermark laid across the page, not part of its lines or cells; a
                // digit of it inside a cell could be taken for part of the value there
                if (digit(p)) {
                    doubtEnd = doubt(p, turn, SLANTED_DIGIT, doubts, doubtEnd);
                } else {
                    unseen(p, turn, SLANTED, unseen);
                }
                continue;
            }
            if (overRulings.contains(p)) {
                // a digit of a line of words laid over the table through its rulings (a tiled watermark in a colour
                // that stands out): not the text of the cell it falls in, but which digits there are its, unknown
                doubtEnd = doubt(p, turn, OVER_RULINGS_DIGIT, doubts, doubtEnd);
                continue;
            }
            if (Math.abs(p.getYScale()) > OVERSIZED * usual && digit(p)) {
                // a digit many times the page's usual text (a year laid over every page, upright and pale): not a
                // cell's value, which is printed in the table's size; a heading is never this much larger
                doubtEnd = doubt(p, turn, OVERSIZED_DIGIT, doubts, doubtEnd);
                continue;
            }
            if (turn.dir(p) != 0 && digit(p)) {
                // a digit on its side on an upright page (a turned watermark's year): not a cell's value,
                // which is never turned against its page; a vertical header's digit is no value either
                float[] b = turn.box(p);
                doubts.add(new PageReading.Doubt(p.getUnicode(), TURNED_DIGIT, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2,
                        (b[0] + b[2]) / 2));
                doubtEnd = Float.NaN;
                continue;
            }
            if (seen.repeats(p)) {
                continue;
            }
            doubtEnd = doubt(p, turn, over != null ? "under " + over.what() : text.doubts().getOrDefault(p, sight.doubt()),
                    doubts, doubtEnd);
            GlyphCollector.DrawnDigit reread = text.rereads().get(p);
            if (reread != null) {
                rereadEnd = along(p, turn, reread.digit(), reread.why(), rereads, rereadEnd,
                        (t, w, x, y, toX) -> new PageReading.Reread(t, w, x, y));
            }
            Optional<Glyph> g = glyph(p, turn, reread == null ? p.getUnicode() : reread.digit(),
                    besideNumber(p, turn, previous, out));
            if (g.isPresent()) {
                out.add(g.get());
                previous = g.get();
            }
        }
        PageLayout layout = new PageLayout(pageNo, width, height, out, rulings);
        String damage = ContentDamage.of(page);
        long shown = out.stream().filter(g -> !g.isSpace()).count();
        boolean scanned = text.imageCoverage() >= SCAN_COVERAGE;
        if (shown == 0) {
            return new PageReading(layout, scanned ? PageReading.Verdict.SCANNED : PageReading.Verdict.EMPTY, "",
                    unseen, damage, List.of(), List.of(), List.of(), List.of(), List.of(), displayed);
        }
        if (scanned && scanLayer > shown) {
            // a scan whose text layer is drawn under the image or invisibly, with a few words drawn on
            // top (a page number, a stamp): what shows is the image, read by OCR as a whole
            return new PageReading(new PageLayout(pageNo, width, height, List.of(), List.of()),
                    PageReading.Verdict.SCANNED, "", unseen, damage, List.of(), List.of(), List.of(), List.of(), List.of(),
                    displayed);
        }
        List<PageReading.Overlay> covering = overlays.stream().filter(o -> !onGlyphs.contains(o))
                .map(o -> turned(o, turn)).toList();
        List<PageReading.Drawing> drawings = drawings(box, visibility, overText, underText, text.marks()).stream()
                .map(d -> turned(d, turn)).toList();
        return new PageReading(layout, PageReading.Verdict.TEXT, "", unseen, damage, covering, cuts(unseen, out),
                doubts, drawings, rereads, displayed);
    }

    /** A ruling of the page's space as it stands in the reading frame. */
    private static Ruling turned(Ruling r, PageTurn turn) {
        float[] b = turn.box(r.x0(), r.y0(), r.x1(), r.y1());
        return new Ruling(b[0], b[1], b[2], b[3]);
    }

    /** An annotation's box of the page's space as it stands in the reading frame. */
    private static PageReading.Overlay turned(PageReading.Overlay o, PageTurn turn) {
        float[] b = turn.box(o.x0(), o.y0(), o.x1(), o.y1());
        return new PageReading.Overlay(o.effect(), o.what(), b[0], b[1], b[2], b[3]);
    }

    /** A drawing's box of the page's space as it stands in the reading frame. */
    private static PageReading.Drawing turned(PageReading.Drawing d, PageTurn turn) {
        float[] b = turn.box(d.x0(), d.y0(), d.x1(), d.y1());
        return new PageReading.Drawing(d.kind(), d.what(), b[0], b[1], b[2], b[3]);
    }

    /**
     * The images and vector marks the page draws, in page space: an image drawn over text it hides
     * (or may hide, having transparency) shows instead of that text; other images and marks may
     * stand where text would (a number pasted as a picture, or converted to outlines). Images under
     * text that shows (backgrounds) are none of these.
     */
    private static List<PageReading.Drawing> drawings(PDRectangle box, GlyphVisibility visibility,
                                                      Set<GlyphVisibility.Image> overText,
                                                      Set<GlyphVisibility.Image> underText, List<DrawnMarks.Mark> marks) {
        List<PageReading.Drawing> out = new ArrayList<>();
        float left = box.getLowerLeftX();
        float top = box.getUpperRightY();
        for (GlyphVisibility.Image i : visibility.images()) {
            boolean over = overText.contains(i);
            if (!over && (underText.contains(i) || !i.picture())) {
                continue;
            }
            String what = !over ? i.what() : i.transparency().isEmpty() ? i.what() + " drawn over its text"
                    : i.what() + " with " + i.transparency() + " drawn over its text: whether the text shows through"
                            + " is not known";
            out.add(new PageReading.Drawing(over ? PageReading.Drawing.Kind.IMAGE_OVER_TEXT : PageReading.Drawing.Kind.IMAGE,
                    what, i.x0() - left, top - i.y1(), i.x1() - left, top - i.y0()));
        }
        for (DrawnMarks.Mark m : marks) {
            out.add(new PageReading.Drawing(PageReading.Drawing.Kind.MARK, "lines or curves that are not borders (a figure drawn as outlines?)",
                    m.x0() - left, top - m.y1(), m.x1() - left, top - m.y0()));
        }
        return out;
    }

    /**
     * The annotation drawn over glyph {@code p} that strikes or doubts it, or null: a StrikeOut over
     * its centre, one that may hide it (an icon, a dim highlight) over a quarter of it or more.
     */
    private static PageReading.Overlay over(TextPosition p, PDRectangle box, List<PageReading.Overlay> overlays) {
        // annotations stand in the page's space, unturned
        float x0 = p.getTextMatrix().getTranslateX();
        float x1 = x0 + p.getWidthDirAdj();
        float y1 = box.getHeight() - p.getTextMatrix().getTranslateY();
        float y0 = y1 - p.getHeightDir();
        PageReading.Overlay doubt = null;
        for (PageReading.Overlay o : overlays) {
            if (o.effect() == PageReading.Overlay.Effect.STRIKE && o.holds((x0 + x1) / 2, (y0 + y1) / 2)) {
                return o;
            }
            if (o.effect() == PageReading.Overlay.Effect.DOUBT && o.share(x0, y0, x1, y1) >= 0.25f) {
                doubt = o;
            }
        }
        return doubt;
    }

    /**
     * Adds a visible glyph whose Unicode contradicts what is drawn, or whose layer may or may not
     * show ({@code why}; nothing when null), to the doubt it continues (same reason, next on its
     * line right after the glyph that ended at {@code end}), or starts a new one at its centre.
     * Returns where the last doubted glyph now ends.
     */
    private static float doubt(TextPosition p, PageTurn turn, String why, List<PageReading.Doubt> doubts, float end) {
        return why == null ? end : along(p, turn, p.getUnicode() == null ? "" : p.getUnicode(), why, doubts, end,
                PageReading.Doubt::new);
    }

    /** Makes a piece of text with something said about it ({@link PageReading.Doubt}, {@link PageReading.Reread}). */
    private interface Piece<T extends PageReading.Said> {
        /** The piece {@code text}, its first glyph centred at ({@code x}, {@code y}), its last at ({@code toX}, {@code y}). */
        T make(String text, String why, float x, float y, float toX);
    }

    /**
     * Adds glyph {@code p}, read as {@code u}, to the last piece of {@code pieces} when that piece
     * says the same {@code why} and {@code p} comes next on its line right after the glyph that ended
     * at {@code end}; else starts a new piece at its centre. Returns where {@code p} ends.
     */
    private static <T extends PageReading.Said> float along(TextPosition p, PageTurn turn, String u, String why,
                                                            List<T> pieces, float end, Piece<T> piece) {
        float w = p.getWidthDirAdj();
        float px = turn.x(p);
        float x = px + w / 2;
        float y = turn.y(p) - p.getHeightDir() / 2;
        if (!pieces.isEmpty()) {
            T last = pieces.get(pieces.size() - 1);
            if (last.why().equals(why) && Math.abs(last.y() - y) < 1 && px >= end - 0.2f * w
                    && px - end < 0.5f * w) {
                pieces.set(pieces.size() - 1, piece.make(last.text() + u, why, last.x(), last.y(), x));
                return px + w;
            }
        }
        pieces.add(piece.make(u, why, x, y, x));
        return px + w;
    }

    /**
     * Clipped-away text that touches visible text on its line, just before or after it (not on top
     * of it): a number or a word cut off by its cell's clip rectangle ({@code 272} shows, {@code 69}
     * does not).
     */
    private static List<PageReading.Cut> cuts(List<PageReading.UnseenText> unseen, List<Glyph> visible) {
        List<PageReading.Cut> cuts = new ArrayList<>();
        for (PageReading.UnseenText u : unseen) {
            if (!u.how().equals(GlyphVisibility.CLIPPED) || u.text().isBlank()) {
                continue;
            }
            for (Glyph g : visible) {
                // beyond the visible glyph, not on top of it (hidden text drawn over a value is not a cut)
                float reach = 0.5f * g.size();
                float overlap = 0.2f * g.size();
                float after = u.x0() - g.x1();
                float before = g.x0() - u.x1();
                if (g.dir() == 0 && !g.isSpace() && Math.abs(g.y1() - u.y1()) < 1
                        && (after >= -overlap && after <= reach || before >= -overlap && before <= reach)) {
                    cuts.add(new PageReading.Cut(u.text().strip(), g.centerX(), g.centerY()));
                    break;
                }
            }
        }
        return cuts;
    }

    /** Adds the glyph to the unseen text it continues (same reason, next on the line), or starts a new one. */
    private static void unseen(TextPosition p, PageTurn turn, String how, List<PageReading.UnseenText> unseen) {
        float x0 = turn.x(p);
        float x1 = x0 + p.getWidthDirAdj();
        float y1 = turn.y(p);
        float y0 = y1 - p.getHeightDir();
        if (!unseen.isEmpty()) {
            PageReading.UnseenText last = unseen.get(unseen.size() - 1);
            if (last.how().equals(how) && Math.abs(last.y1() - y1) < 1 && x0 - last.x1() < p.getWidthDirAdj() * 1.5
                    && x0 >= last.x0()) {
                unseen.set(unseen.size() - 1, new PageReading.UnseenText(last.text() + p.getUnicode(), how,
                        last.x0(), Math.min(last.y0(), y0), Math.max(last.x1(), x1), last.y1()));
                return;
            }
        }
        unseen.add(new PageReading.UnseenText(p.getUnicode(), how, x0, y0, x1, y1));
    }

    /** Glyphs turned further than this (degrees) from the page's axes are slanted: a watermark. */
    private static final double SLANT = 10;
    static final String SLANTED = "diagonal text (a watermark) laid across the page";
    private static final String SLANTED_DIGIT = "a digit of diagonal text (a watermark) is drawn across it";
    static final String ACROSS = "text written another way than the page's (a watermark or a stamp) laid across it";
    private static final String TURNED_DIGIT = "a digit turned against the page's text (a watermark?) is drawn across it";
    private static final String OVER_RULINGS_DIGIT = "a digit of a line of text laid over the table through its"
            + " ruling lines (a watermark?) is drawn across it";
    private static final String OVERSIZED_DIGIT = "a digit many times the size of the page's text (a watermark?) is drawn across it";
    /**
     * How many times the page's usual glyph size a digit must be to be a watermark's: a report's title is at most about
     * twice its body text; a year laid over the page is five to ten times (red team rty: 90 px over 10.5 pt cells).
     */
    private static final float OVERSIZED = 3.5f;

    /**
     * The median size of the page's printed glyphs, the size its body and tables are set in (the font's height as
     * drawn: a glyph's own height differs between Han characters and digits of the same size, and its width with the
     * character scaling LibreOffice writes).
     */
    private static float usualSize(List<TextPosition> positions) {
        float[] h = new float[positions.size()];
        int n = 0;
        for (TextPosition p : positions) {
            if (p.getUnicode() != null && !p.getUnicode().isBlank() && p.getYScale() != 0) {
                h[n++] = Math.abs(p.getYScale());
            }
        }
        if (n == 0) {
            return Float.MAX_VALUE;
        }
        java.util.Arrays.sort(h, 0, n);
        return h[n / 2];
    }

    /** The glyph is a digit: the one kind of glyph a watermark or stamp could lend a cell's value. */
    private static boolean digit(TextPosition p) {
        return p.getUnicode() != null && !p.getUnicode().isEmpty() && Character.isDigit(p.getUnicode().codePointAt(0));
    }

    /** The glyph is drawn turned away from the page's axes (not 0°, 90°, 180° or 270°, give or take {@value #SLANT}°). */
    private static boolean slanted(TextPosition p) {
        Matrix m = p.getTextMatrix();
        double angle = Math.toDegrees(Math.atan2(m.getShearY(), m.getScaleX()));
        double off = Math.abs(angle - 90 * Math.round(angle / 90));
        return off > SLANT && p.getUnicode() != null && !p.getUnicode().isBlank();
    }

    /**
     * The glyph's box in page space, from its origin and its writing direction. A small glyph
     * raised (or lowered) right after a digit ({@code 56¹}, {@code 746₁}: a footnote marker) is
     * written as a superscript (subscript) character and set on the digit's baseline, so that it
     * stays in the digit's line and cell.
     */
    private static Optional<Glyph> glyph(TextPosition p, PageTurn turn, String text, Glyph previous) {
        String u = text;
        if (u == null || u.isEmpty()) {
            return Optional.empty();
        }
        float size = PageTurn.size(p);
        float w = Math.max(p.getWidthDirAdj(), 0.01f);
        float up = 0.8f * size; // ascent: the box sits on the baseline, the origin being on it
        float x = turn.x(p);
        float y = turn.y(p);
        int dir = turn.dir(p);
        float lineY = p.getYDirAdj();
        float lift = shift(p, turn, size, previous);
        if (lift != 0) {
            u = lift > 0 ? Superscript.of(u) : Subscript.of(u);
            y = previous.y1();
            lineY = previous.lineY();
            size = previous.size();
            up = 0.8f * size;
        }
        float[] b = PageTurn.box(x, y, w, up, dir);
        return Optional.of(new Glyph(u, b[0], b[1], b[2], b[3], p.getXDirAdj(), lineY, w, size, dir));
    }

    /**
     * The glyph a possible marker follows on the page: the one drawn before it, or, when that one
     * does not stand just before it on its line, the digit drawn earlier that does. Browsers paint
     * a positioned element ({@code position:relative}, a home-made superscript) after the flow it
     * stands in, so its glyphs come long after the number they mark.
     */
    private static Glyph besideNumber(TextPosition p, PageTurn turn, Glyph previous, List<Glyph> drawn) {
        String u = p.getUnicode();
        if (u == null || !u.matches("[0-9*]") || turn.dir(p) != 0 || previous != null
                && Math.abs(p.getXDirAdj() - previous.lineEnd()) < 0.5f * previous.size()
                && Math.abs(p.getYDirAdj() - previous.lineY()) <= previous.size()) {
            return previous;
        }
        Glyph best = previous;
        float bestGap = Float.MAX_VALUE;
        for (Glyph q : drawn) {
            float gap = Math.abs(p.getXDirAdj() - q.lineEnd());
            if (q.dir() == 0 && q.text().length() == 1 && Character.isDigit(q.text().charAt(0))
                    && gap < 0.3f * q.size() && gap < bestGap && Math.abs(p.getYDirAdj() - q.lineY()) <= q.size()) {
                best = q;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * How far a marker glyph stands off the line of the digit before it: positive when raised,
     * negative when lowered, 0 when it is not such a marker. A marker is smaller than the glyph
     * before it (browsers print {@code <sup>} and {@code <sub>} at 83 %), right after a digit or
     * another marker, and raised by a quarter em or more (at most one em), or lowered by 0.06 em
     * or more (at most 0.6 em: Chromium lowers {@code <sub>} by a fifth of an em, LibreOffice a
     * 58 % Word subscript by less than a tenth) — or a digit at four fifths of the size or less left
     * on the line, as in DOCX ({@link #ON_LINE}). Digits of one number do not change size. Sizes
     * are measured on the page (the text rendering matrix): Chromium scales its text by its
     * transformation matrix, where the font size alone would make an em a third too large.
     */
    private static float shift(TextPosition p, PageTurn turn, float size, Glyph previous) {
        if (previous == null || previous.dir() != 0 || turn.dir(p) != 0) {
            return 0;
        }
        String before = previous.text();
        boolean afterNumber = before.length() == 1 && (Character.isDigit(before.charAt(0))
                || "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉".indexOf(before.charAt(0)) >= 0);
        float onPage = Math.abs(p.getTextMatrix().getScalingFactorY());
        float scale = size > 0 && onPage > 0 ? onPage / size : 1; // the previous glyph is drawn under the same matrix
        float em = previous.size() * scale;
        float mine = size * scale;
        float lift = previous.lineY() - p.getYDirAdj();
        float gap = p.getXDirAdj() - previous.lineEnd();
        if (!afterNumber || mine > 0.9f * em || gap <= -0.3f * em || gap >= 0.5f * em) {
            return 0;
        }
        boolean raised = lift >= 0.25f * em && lift <= em;
        boolean lowered = lift <= -0.06f * em && lift >= -0.6f * em;
        if (raised || lowered) {
            return lift;
        }
        boolean smallDigit = mine <= 0.8f * em && Math.abs(lift) < 0.06f * em && p.getUnicode().matches("[0-9]");
        return smallDigit ? ON_LINE : 0;
    }

    /**
     * The shift of a smaller digit left on the line after a number ({@code 292} at 12 pt, {@code 2}
     * at 8 pt: a footnote mark whose raising was lost), written as raised: read as printed it would
     * be 2922.
     */
    private static final float ON_LINE = Float.MIN_VALUE;
}
