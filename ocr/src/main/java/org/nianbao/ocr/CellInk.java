package org.nianbao.ocr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.model.Location;

/**
 * The ink inside a cell of a ruled table, a little in from its borders (clear of its ruling lines),
 * as blobs of touching pixels: what tells a blank cell from one whose text OCR could not read, and
 * a printed {@code 1} from a slash or the edge of a ruling line that the engine read as one.
 */
final class CellInk {

    /** A blob this tall (points) may be a digit: the smallest tables print 8 pt digits 5.7 pt tall. */
    private static final float MARK_HEIGHT = 2.5f;
    /** The cell is looked at this far (points) in from its borders. */
    private static final float INSET = 2f;

    /**
     * A blob of ink: its height in pixels, whether it runs along most of the cell (what the inset
     * leaves of a border turned a little), whether it reaches a side of the part looked at (it may
     * go on into a vertical ruling line, whose edge the engine reads as a 1), how it leans, and whether
     * it is a ring (see {@link #ring}).
     */
    private record Blob(int left, int top, int height, int width, int widestRow, int topRow, boolean border,
                        boolean atEdge, double lean, boolean ring) {
    }

    /**
     * What a lone stroke the engine read as {@code 1} is: a printed 1, a slash ({@code /}) or a dash
     * ({@code –}), which the form prints for "none" and the engine reads as 1, or none of these for
     * certain (the edge of a ruling line, a speck, a stroke leaning a little, a 7's bar); or
     * {@link #FIGURES}: the cell holds more than one figure side by side, so the engine read one figure
     * of several ({@code 1} for {@code 11}).
     */
    enum Stroke { ONE, SLASH, DASH, FIGURES, UNKNOWN }

    /**
     * How far the top of a stroke stands right of its foot, per unit of its height: a printed 1
     * leans -0.1 to 0 (its flag is on the left), a slash 0.35 to 0.4 (measured at 150 dpi).
     */
    private static final double ONE_LEAN = 0.12;
    private static final double SLASH_LEAN = 0.25;
    /**
     * A slash is a thin stroke: no row of it wider than this share of its height (2 or 3 px of 18
     * at 150 dpi; 6 or 7 px of 21 on a noisy 150 dpi scan rendered at 200 dpi, in faint ink), where a
     * 7, leaning as much, has its bar (more than half its height).
     */
    private static final double SLASH_ROW = 0.4;
    /**
     * A 7's top quarter holds its bar: as wide as the glyph (its widest row) and more than half as
     * wide as the glyph is high. A printed 1's top quarter (flag and stem) is narrower than its foot
     * (measured on a noisy 150 dpi scan rendered at 200 dpi, in faint ink: a 1's top quarter 6 to 9
     * px of a 12 to 14 px foot, 0.32 to 0.53 of its height; a 7's 12 or 13 px, its whole width, 0.63
     * to 0.72 of its height). Such a 7 stands upright enough for a 1 and was read as one, confidently
     * and twice: a silent error in table 二 of the scanned corpus (session ocr7).
     */
    private static final double BAR_OF_WIDEST = 0.85;
    /**
     * A printed 1 is at most this many times as wide as it is high: a 1 with its flag and foot, blurred,
     * 13 px of 18 (0.72) on a noisy 150 dpi scan rendered at 200 dpi, and 0.8 once straightened there (a
     * limit of 0.8 flagged that table 四 cell's right 1); two 1s a blur ran together, 20 px of 14 (1.43).
     */
    private static final double ONE_WIDTH = 1.1;
    private static final double BAR_OF_HEIGHT = 0.55;

    /**
     * A dash for none is at least this many times as wide as it is high (a full-width {@code －} at
     * 150 dpi, blurred: 12 × 5 px once rendered at 200 dpi, in faint ink).
     */
    private static final double FLAT = 1.5;
    /**
     * Specks of a noisy scan's paper in faint ink: up to 2 × 2 px (0.7 pt at 200 dpi); the strokes of
     * a digit are as thick and many times as tall.
     */
    private static final int SPECK = 2;
    /**
     * A stroke through figures is at least this long (points; a pen's stroke through a 2-digit figure
     * at 200 dpi, 46 to 76 px: 17 to 27 pt) and lies within this slope of horizontal, searched in this
     * many steps each way.
     */
    private static final float STRIKE_LENGTH = 12f;
    /**
     * ... and goes on past the figures at one end at least this far (points; 4 to 33 px at 200 dpi in
     * the corrected scan).
     */
    private static final float STRIKE_BEYOND = 1.5f;
    private static final double STRIKE_SLOPE = 0.15;
    /**
     * Each stroke of an X over figures is at least this long (points; corner to corner over a 2-digit
     * figure 7.5 pt high: 12 to 20 pt), at an angle from horizontal between these (degrees), searched
     * in steps of this many. A digit's longest diagonal (a 7's) is about its height, 8 pt at most here.
     */
    private static final float CROSS_LENGTH = 11f;
    /** ... and a pen's stroke, at most this deep across (points; a 3 or 4 px pen at 200 dpi) over half its length. */
    private static final float CROSS_THICK = 1.8f;
    private static final int CROSS_FROM = 20;
    private static final int CROSS_TO = 70;
    private static final int CROSS_STEP = 2;
    private static final int STRIKE_STEPS = 15;

    /**
     * A piece of a vertical ruling line left in a cell (a fax breaks its thin lines into pieces that
     * the lattice's borders, inferred, do not cover exactly) is a stroke no wider than this (points:
     * 1 or 2 px at 100 dpi), standing this near the cell's left side (points), and reaching this far
     * (points) above or below the figures beside it, as no printed 1 does: it stands as tall as the
     * other figures.
     */
    private static final float RULE_WIDTH = 1.5f;
    private static final float RULE_NEAR = 3f;
    private static final float RULE_BEYOND = 1f;
    /** A column at a cell's side whose ink runs down this share of the rows looked at is a vertical ruling line. */
    private static final double LINE_RUN = 0.8;

    private final double share;
    private final List<Blob> blobs;
    private final int tall;
    /** The cell's left side (page pixels) and the points a pixel. */
    private final int side;
    private final float ppp;

    private CellInk(double share, List<Blob> blobs, int tall, int side, float ppp) {
        this.share = share;
        this.blobs = blobs;
        this.tall = tall;
        this.side = side;
        this.ppp = ppp;
    }

    /**
     * The ink of the cell at {@code b} (points) on a page whose ink pixels are {@code ink}, {@code width}
     * pixels a row, each pixel {@code ppp} points.
     */
    static CellInk of(Location.PageBox b, boolean[] ink, int width, float ppp) {
        return of(b, ink, width, ppp, Math.round(INSET / ppp));
    }

    /**
     * The same, looked at from side to side: a stroke close to a vertical ruling line (numbers set
     * flush left stand 1.5 pt from it) is seen whole and apart from the line, and what touches the
     * line is one blob with it.
     */
    static CellInk toSides(Location.PageBox b, boolean[] ink, int width, float ppp) {
        return of(b, ink, width, ppp, 0);
    }

    /**
     * The same, looked at from side to side with the vertical ruling lines at the cell's sides taken out:
     * within {@link #RULE_NEAR} of either side, every column whose ink runs down at least
     * {@link #LINE_RUN} of the rows looked at is the line, not the cell's ink. On a phone photo at JPEG
     * q45 Chromium's 0, set flush left 1 pt from the border, was one blob with the line (the blur fills
     * the pixel of paper between them to grey 150 against a threshold of 157) and so taken for the border:
     * none of the photo's twelve 0s read {@code 。} was seen as a ring (session of 3 Dec 09:19, ocr4).
     * A figure's stroke runs down at most about half of a row (a digit is 5.7 to 7 pt of rows at least
     * 13 pt looked at), so it stays. Only for the ring test: a lone 1 is judged with the line joined to
     * what touches it ({@link #toSides}), for the line's ragged edge, taken out, would stand as a 1.
     */
    static CellInk withoutSideLines(Location.PageBox b, boolean[] ink, int width, float ppp) {
        int inset = Math.round(INSET / ppp);
        int x0 = Math.max(0, Math.round(b.x0() / ppp));
        int x1 = Math.min(width, Math.round(b.x1() / ppp));
        int y0 = Math.max(0, Math.round(b.y0() / ppp) + inset);
        int y1 = Math.min(ink.length / width, Math.round(b.y1() / ppp) - inset);
        int near = Math.round(RULE_NEAR / ppp);
        boolean[] line = new boolean[Math.max(0, x1 - x0)];
        for (int x = x0; x < x1 && y1 > y0; x++) {
            if (x - x0 >= near && x1 - 1 - x >= near) {
                continue;
            }
            int run = 0;
            for (int y = y0; y < y1; y++) {
                run += ink[y * width + x] ? 1 : 0;
            }
            line[x - x0] = run >= LINE_RUN * (y1 - y0);
        }
        boolean[] cleared = ink.clone();
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                int i = y * width + x;
                // the line, and its ragged edge: a pixel beside it whose row goes no further into the cell (a
                // JPEG's edge leaves slivers a pixel wide along it, each a blob of its own once the line is gone)
                boolean edge = x > x0 && line[x - 1 - x0] && x + 1 < x1 && !line[x + 1 - x0] && !ink[i + 1]
                        || x + 1 < x1 && line[x + 1 - x0] && x > x0 && !line[x - 1 - x0] && !ink[i - 1];
                cleared[i] = ink[i] && !line[x - x0] && !edge;
            }
        }
        return of(b, cleared, width, ppp, 0);
    }

    /**
     * Whether a piece of the cell's left ruling line stands before its figures, as a blob of its own
     * (see {@link #RULE_WIDTH}), in the cell or just outside its left side (where the border inferred
     * for a fax's broken line is a pixel or two off the line): what the engine reads as a leading 1
     * on a fax ({@code 182} for 82, {@code 120} for 20).
     */
    static boolean ruleBeforeFigures(Location.PageBox b, boolean[] ink, int width, float ppp) {
        return of(b, ink, width, ppp, -Math.round(RULE_NEAR / ppp), 0).ruleAtLeft().isPresent();
    }

    private static CellInk of(Location.PageBox b, boolean[] ink, int width, float ppp, int sideInset) {
        return of(b, ink, width, ppp, sideInset, sideInset);
    }

    private static CellInk of(Location.PageBox b, boolean[] ink, int width, float ppp, int leftInset, int rightInset) {
        int inset = Math.round(INSET / ppp);
        int side = Math.round(b.x0() / ppp);
        int x0 = Math.max(0, side + leftInset);
        int x1 = Math.min(width, Math.round(b.x1() / ppp) - rightInset);
        int y0 = Math.max(0, Math.round(b.y0() / ppp) + inset);
        int y1 = Math.min(ink.length / width, Math.round(b.y1() / ppp) - inset);
        int tall = Math.max(3, Math.round(MARK_HEIGHT / ppp));
        if (x1 - x0 < 3 || y1 - y0 < 3) {
            return new CellInk(0, List.of(), tall, side, ppp);
        }
        int w = x1 - x0;
        int h = y1 - y0;
        long inked = 0;
        List<Blob> blobs = new ArrayList<>();
        boolean[] seen = new boolean[w * h];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (!ink[y * width + x] || seen[(y - y0) * w + x - x0]) {
                    continue;
                }
                // one blob (8-connected): its extent and pixels
                List<Integer> pixels = new ArrayList<>();
                int top = y;
                int bottom = y;
                int left = x;
                int right = x;
                seen[(y - y0) * w + x - x0] = true;
                todo.add(y * width + x);
                while (!todo.isEmpty()) {
                    int p = todo.poll();
                    pixels.add(p);
                    inked++;
                    int px = p % width;
                    int py = p / width;
                    top = Math.min(top, py);
                    bottom = Math.max(bottom, py);
                    left = Math.min(left, px);
                    right = Math.max(right, px);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = px + dx;
                            int ny = py + dy;
                            if (nx >= x0 && nx < x1 && ny >= y0 && ny < y1 && ink[ny * width + nx]
                                    && !seen[(ny - y0) * w + nx - x0]) {
                                seen[(ny - y0) * w + nx - x0] = true;
                                todo.add(ny * width + nx);
                            }
                        }
                    }
                }
                boolean border = bottom - top + 1 >= 0.8 * h || right - left + 1 >= 0.8 * w;
                // a side: it may go on into a vertical ruling line (the top and foot may be near a row's border)
                boolean atEdge = left == x0 || right == x1 - 1;
                blobs.add(new Blob(left, top, bottom - top + 1, right - left + 1, widestRow(pixels, width, top, bottom),
                        widestRow(pixels, width, top, top + Math.max(1, (bottom - top + 1) / 4) - 1), border, atEdge,
                        lean(pixels, width, top, bottom),
                        bottom - top + 1 >= tall && ring(pixels, width, left, top, right - left + 1, bottom - top + 1)));
            }
        }
        return new CellInk((double) inked / ((long) w * h), List.copyOf(blobs), tall, side, ppp);
    }

    /**
     * Whether the blob is a ring: it encloses one hole (paper that no path of paper joins to the
     * outside of its extent, 4-connected), and that hole spans at least half its height. A 0 is such a
     * ring; a 6 or a 9 holds its hole in one half, an 8 two holes, a 4 a small one, and a halftone's dots
     * or a 1 none. Needs its pixels: {@code width} is the page's, the extent ({@code left}, {@code top},
     * {@code w}, {@code h}) the blob's.
     */
    private static boolean ring(List<Integer> pixels, int width, int left, int top, int w, int h) {
        // 0 paper, 1 the blob, 2 paper joined to the outside, 3.. the holes, one number each
        int[] at = new int[w * h];
        for (int p : pixels) {
            at[(p / width - top) * w + p % width - left] = 1;
        }
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int i = 0; i < at.length; i++) {
            int x = i % w;
            int y = i / w;
            if (at[i] == 0 && (x == 0 || y == 0 || x == w - 1 || y == h - 1)) {
                at[i] = 2;
                todo.add(i);
            }
        }
        fillFrom(at, w, h, todo, 2);
        int holes = 0;
        int span = 0;
        for (int i = 0; i < at.length; i++) {
            if (at[i] != 0) {
                continue;
            }
            holes++;
            at[i] = 2 + holes;
            todo.add(i);
            int[] rows = fillFrom(at, w, h, todo, 2 + holes);
            span = Math.max(span, rows[1] - rows[0] + 1);
        }
        return holes == 1 && 2 * span >= h;
    }

    /** Marks {@code mark} on the paper (0) 4-connected to what {@code todo} holds; the rows it reached, first and last. */
    private static int[] fillFrom(int[] at, int w, int h, ArrayDeque<Integer> todo, int mark) {
        int first = h;
        int last = -1;
        while (!todo.isEmpty()) {
            int i = todo.poll();
            int x = i % w;
            int y = i / w;
            first = Math.min(first, y);
            last = Math.max(last, y);
            int[] next = {x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1};
            for (int n : next) {
                if (n >= 0 && at[n] == 0) {
                    at[n] = mark;
                    todo.add(n);
                }
            }
        }
        return new int[] {first, last};
    }

    /** The most pixels the blob has in one row from {@code top} to {@code bottom}. */
    private static int widestRow(List<Integer> pixels, int width, int top, int bottom) {
        int[] rows = new int[bottom - top + 1];
        int widest = 0;
        for (int p : pixels) {
            int y = p / width;
            if (y >= top && y <= bottom) {
                widest = Math.max(widest, ++rows[y - top]);
            }
        }
        return widest;
    }

    /**
     * The mean x of the blob's top quarter less that of its bottom quarter, per pixel of its height:
     * positive when it leans right as a slash does.
     */
    private static double lean(List<Integer> pixels, int width, int top, int bottom) {
        int height = bottom - top + 1;
        int quarter = Math.max(1, height / 4);
        double topX = 0;
        double footX = 0;
        int topN = 0;
        int footN = 0;
        for (int p : pixels) {
            int y = p / width;
            if (y < top + quarter) {
                topX += p % width;
                topN++;
            } else if (y > bottom - quarter) {
                footX += p % width;
                footN++;
            }
        }
        return topN == 0 || footN == 0 ? 0 : (topX / topN - footX / footN) / height;
    }

    /** Whether the blob's top quarter is a bar as wide as the glyph: a 7's, never a printed 1's flag. */
    private static boolean barred(Blob b) {
        return b.topRow() >= BAR_OF_WIDEST * b.widestRow() && b.topRow() >= BAR_OF_HEIGHT * b.height();
    }

    /**
     * What the tallest blob clear of the cell's sides is, taken as a lone stroke: a dash when it is
     * the only blob but specks and lies flat; {@link Stroke#UNKNOWN} when there is none as tall as a small digit (what the engine read may be the
     * edge of a ruling line, which goes on into the line, or a speck), it leans between a 1 and a
     * slash, or its top is a 7's bar.
     */
    Stroke loneStroke() {
        if (alone().filter(this::flat).isPresent()) {
            return Stroke.DASH; // one flat stroke as wide as a digit is tall, and nothing else but specks
        }
        if (figuresSideBySide() > 1) {
            return Stroke.FIGURES;
        }
        return blobs.stream().filter(b -> b.height() >= tall && !b.border() && !b.atEdge())
                .max(java.util.Comparator.comparingInt(Blob::height))
                .map(b -> b.lean() >= SLASH_LEAN && b.widestRow() <= SLASH_ROW * b.height() ? Stroke.SLASH
                        : Math.abs(b.lean()) <= ONE_LEAN && !barred(b) ? Stroke.ONE
                        : Stroke.UNKNOWN)
                .orElse(Stroke.UNKNOWN);
    }

    /**
     * How many figures stand side by side in the cell: blobs clear of its sides, as tall as a small
     * digit and at least half as tall as the tallest, those whose extents across overlap counted once
     * (a stroke the scan broke in two, one piece above the other, is one figure). A noisy 150 dpi
     * scan's {@code 11} in table 二 was read {@code 1}, confidently, and each of its strokes is an
     * upright 1: taken for a lone 1, a silent error (generated corpus, seed 2031, session ocr20). There
     * its two 1s, blurred, touch: one blob 20 px wide and 14 high, which counts as two figures (see
     * {@link #ONE_WIDTH}).
     */
    int figuresSideBySide() {
        List<Blob> clear = blobs.stream().filter(b -> b.height() >= tall && !b.border() && !b.atEdge()).toList();
        int tallest = clear.stream().mapToInt(Blob::height).max().orElse(0);
        List<Blob> figures = clear.stream().filter(b -> 2 * b.height() >= tallest)
                .sorted(java.util.Comparator.comparingInt(Blob::left)).toList();
        // each figure: the extent of blobs whose extents across overlap; one as wide as two is two a blur ran together
        int count = 0;
        int left = 0;
        int reach = Integer.MIN_VALUE;
        int top = 0;
        int bottom = 0;
        for (Blob b : figures) {
            if (b.left() >= reach) {
                count += reach == Integer.MIN_VALUE ? 0 : twoRunTogether(reach - left, bottom - top) ? 2 : 1;
                left = b.left();
                top = b.top();
                bottom = b.top() + b.height();
            }
            reach = Math.max(reach, b.left() + b.width());
            top = Math.min(top, b.top());
            bottom = Math.max(bottom, b.top() + b.height());
        }
        return count + (reach == Integer.MIN_VALUE ? 0 : twoRunTogether(reach - left, bottom - top) ? 2 : 1);
    }

    /** Whether a figure's extent is as wide as two figures: more than {@link #ONE_WIDTH} times its height. */
    private static boolean twoRunTogether(int width, int height) {
        return width > ONE_WIDTH * height;
    }

    /**
     * What the cell holds when the engine read nothing in it, where its ink alone proves it is the
     * form's mark for none: {@link Stroke#DASH} or {@link Stroke#SLASH} when that stroke is the only
     * blob clear of the sides (specks aside); else {@link Stroke#UNKNOWN} (a digit the engine missed,
     * or anything else: the cell stays unreadable). A noisy 150 dpi scan's dash (a full-width {@code －},
     * 4 pt across and 2 pt high, or a {@code —}) is too faint and small for the engine, and was the
     * cause of most of its cells taken for unreadable marks. No digit of these forms is lower than
     * 5.7 pt, so a flat stroke lower than {@link #MARK_HEIGHT} with nothing beside it is no digit.
     */
    Stroke noneMark() {
        return alone().map(b -> flat(b) ? Stroke.DASH
                : b.height() >= tall && b.lean() >= SLASH_LEAN && b.widestRow() <= SLASH_ROW * b.height() ? Stroke.SLASH
                : Stroke.UNKNOWN).orElse(Stroke.UNKNOWN);
    }

    /**
     * Whether a minus sign stands before the cell's figures: a flat stroke (as {@link #flat}) whose
     * middle lies in the middle half of the leftmost figure's height, ending left of it within that
     * figure's height, with nothing as tall as a digit left of it. The engine drops the short hyphen
     * of {@code -3} on a 150 dpi JPEG scan (quality 30): table 二's 本年增/减 read {@code 3}, twice,
     * confidently, in no identity — a silent error (session ocr14). The figure is the leftmost blob at
     * least half as tall as the tallest: a 100 dpi fax breaks a {@code 3} into pieces, and its lower
     * left piece, 3 px high, is as tall as a digit must be there (2.5 pt) but stands lower than the
     * figure's middle, beside the minus — taken for the figure, it hid the minus of table 二's
     * {@code -3} read {@code 3}, silent once the fax's misread row label was placed (session ocr18).
     */
    boolean minusBefore() {
        List<Blob> clear = blobs.stream().filter(b -> !b.border() && !b.atEdge() && !speck(b)).toList();
        int tallest = clear.stream().mapToInt(Blob::height).max().orElse(0);
        Optional<Blob> first = clear.stream().filter(b -> b.height() >= tall && 2 * b.height() >= tallest)
                .min(java.util.Comparator.comparingInt(Blob::left));
        if (first.isEmpty()) {
            return false;
        }
        Blob digit = first.get();
        return clear.stream().anyMatch(b -> flat(b) && b.left() + b.width() <= digit.left()
                && digit.left() - (b.left() + b.width()) <= digit.height()
                && 2 * b.top() + b.height() >= 2 * digit.top() + digit.height() / 2
                && 2 * b.top() + b.height() <= 2 * digit.top() + 3 * digit.height() / 2);
    }

    /**
     * Whether a stroke runs through the cell's figures: a straight line of ink within ±{@link #STRIKE_SLOPE}
     * of horizontal, at least {@link #STRIKE_LENGTH} long and unbroken, through the middle
     * half of the height of a blob as tall as a digit, going on past the figures at one end by
     * {@link #STRIKE_BEYOND} at least — a printed figure struck through by hand and
     * corrected beside it ({@code 42} struck, {@code 24} written above its end), which the engine reads
     * as one number ({@code 4224}). No stroke of a digit of these forms is that long (a 7's or a 4's
     * bar, a 2's foot: under 5 pt), nor is a minus sign; a row border is no blob of the cell
     * ({@link #of}: inset, and running along most of the cell). {@code ink} is the page's,
     * {@code width} pixels a row.
     */
    static boolean struckThrough(Location.PageBox b, boolean[] ink, int width, float ppp) {
        CellInk cell = of(b, ink, width, ppp);
        int length = Math.round(STRIKE_LENGTH / ppp);
        int beyond = Math.round(STRIKE_BEYOND / ppp);
        for (Blob blob : cell.blobs) {
            if (blob.border() || blob.height() < cell.tall || blob.width() < length) {
                continue;
            }
            for (int k = -STRIKE_STEPS; k <= STRIKE_STEPS; k++) {
                double slope = STRIKE_SLOPE * k / STRIKE_STEPS;
                for (int y = blob.top() + blob.height() / 4; y <= blob.top() + 3 * blob.height() / 4; y++) {
                    int[] run = longestRun(ink, width, blob, y, slope);
                    if (run[1] >= length && beyondFigures(ink, width, blob, y, slope, run) >= beyond) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the cell holds coloured ink of its own beside or over its figures: in the coloured
     * marks the drop-out took off the page ({@code marks}, {@link GrayPage#marks}), a blob as tall as
     * a digit inside the cell, with no coloured ink in the rows above and below it (as high as the
     * cell, over its width; specks aside) — a figure struck through and corrected by hand in a blue
     * ballpoint or a red pen ({@code 271} struck, {@code 217} written beside it), whose correction the
     * drop-out takes away with the pen and the engine does not see. A seal's ring, star and
     * characters, a reader's ring round a figure or a stroke down a column run into the rows above
     * or below; they are ink the drop-out is right to take away.
     */
    static boolean colouredBeside(Location.PageBox b, boolean[] marks, int width, float ppp) {
        CellInk cell = of(b, marks, width, ppp);
        if (cell.blobs.stream().noneMatch(k -> k.height() >= cell.tall && !k.border())) {
            return false;
        }
        int x0 = Math.max(0, Math.round(b.x0() / ppp));
        int x1 = Math.min(width, Math.round(b.x1() / ppp));
        int top = Math.round(b.y0() / ppp);
        int foot = Math.round(b.y1() / ppp);
        int high = foot - top;
        int rows = marks.length / width;
        int outside = 0;
        for (int y = Math.max(0, top - high); y < Math.min(rows, foot + high); y++) {
            if (y >= top && y < foot) {
                continue;
            }
            for (int x = x0; x < x1; x++) {
                outside += marks[y * width + x] ? 1 : 0;
            }
        }
        return outside <= 2 * SPECK * SPECK;
    }

    /**
     * Whether the cell's figures are crossed out with an X: in a blob as tall as a digit, two
     * straight, unbroken lines of ink at least {@link #CROSS_LENGTH} long, one falling and one rising
     * from left to right, each between {@link #CROSS_FROM} and {@link #CROSS_TO} degrees from
     * horizontal — two pen strokes drawn corner to corner over a printed figure that a corrected one
     * is written beside (session ocr16). A digit's diagonals (a 7's, a 4's, a 2's), a slash for none
     * and a sloping hand's figures are shorter than a digit is high and a half; a single stroke is
     * {@link #struckThrough}'s.
     */
    static boolean crossedOut(Location.PageBox b, boolean[] ink, int width, float ppp) {
        CellInk cell = of(b, ink, width, ppp);
        int length = Math.round(CROSS_LENGTH / ppp);
        int thick = Math.max(2, Math.round(CROSS_THICK / ppp));
        for (Blob blob : cell.blobs) {
            // an X drawn corner to corner over a figure fills the cell's height, as a border remnant would
            // (Blob.border): it is told from one by its two diagonals, which no ruling line has
            if (blob.height() >= cell.tall && Math.max(blob.width(), blob.height()) >= length / 2
                    && diagonal(ink, width, blob, length, 1, thick) && diagonal(ink, width, blob, length, -1, thick)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an unbroken straight run of ink at least {@code length} pixels long lies in the blob's
     * box, falling ({@code sign} 1: down as it goes right) or rising, at an angle in
     * [{@link #CROSS_FROM}, {@link #CROSS_TO}] degrees from horizontal.
     */
    private static boolean diagonal(boolean[] ink, int width, Blob blob, int length, int sign, int thick) {
        int right = blob.left() + blob.width();
        int bottom = Math.min(blob.top() + blob.height(), ink.length / width);
        for (int degrees = CROSS_FROM; degrees <= CROSS_TO; degrees += CROSS_STEP) {
            double dx = Math.cos(Math.toRadians(degrees));
            double dy = sign * Math.sin(Math.toRadians(degrees));
            for (int y = blob.top(); y < bottom; y++) {
                for (int x = blob.left(); x < right; x++) {
                    // a run starts where the pixel before it along the line is paper
                    if (!ink[y * width + x] || inkAt(ink, width, blob, x - dx, y - dy)) {
                        continue;
                    }
                    int steps = 1;
                    while (inkAt(ink, width, blob, x + steps * dx, y + steps * dy)) {
                        steps++;
                    }
                    if (steps >= length && thin(ink, width, blob, x, y, dx, dy, steps, thick)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the run from (x, y) along (dx, dy) is a pen's stroke: across it, the ink is at most
     * {@code thick} pixels deep over half its length. A run through bold figures set close or a
     * dense character ({@code 增} of a dark photocopy) stays in ink that is deep all along.
     */
    private static boolean thin(boolean[] ink, int width, Blob blob, int x, int y, double dx, double dy, int steps,
                                int thick) {
        int thinSteps = 0;
        for (int i = 0; i < steps; i++) {
            double px = x + i * dx;
            double py = y + i * dy;
            int depth = 1;
            for (int side = -1; side <= 1; side += 2) {
                for (int k = 1; k <= thick && inkAt(ink, width, blob, px - side * k * dy, py + side * k * dx); k++) {
                    depth++;
                }
            }
            thinSteps += depth <= thick ? 1 : 0;
        }
        return 2 * thinSteps >= steps;
    }

    private static boolean inkAt(boolean[] ink, int width, Blob blob, double fx, double fy) {
        int x = (int) Math.round(fx);
        int y = (int) Math.round(fy);
        return x >= blob.left() && x < blob.left() + blob.width() && y >= blob.top() && y < blob.top() + blob.height()
                && y * width + x < ink.length && ink[y * width + x];
    }

    /**
     * The longest unbroken run of ink along the line through (the blob's middle, {@code y}) at
     * {@code slope}, within the blob's box: {start x, length}. Unbroken: a pen's stroke is; the bars
     * of figures set side by side ({@code 4444}) stand a pixel or more apart.
     */
    private static int[] longestRun(boolean[] ink, int width, Blob blob, int y, double slope) {
        int best = 0;
        int bestStart = 0;
        int run = 0;
        for (int x = blob.left(); x < blob.left() + blob.width(); x++) {
            run = inkOnLine(ink, width, blob, y, slope, x) ? run + 1 : 0;
            if (run > best) {
                best = run;
                bestStart = x - run + 1;
            }
        }
        return new int[] {bestStart, best};
    }

    private static boolean inkOnLine(boolean[] ink, int width, Blob blob, int y, double slope, int x) {
        int ly = lineY(blob, y, slope, x);
        return ly >= blob.top() && ly < blob.top() + blob.height() && ly < ink.length / width && ink[ly * width + x];
    }

    private static int lineY(Blob blob, int y, double slope, int x) {
        return (int) Math.round(y + slope * (x - (blob.left() + blob.width() / 2)));
    }

    /**
     * How far the run goes on past the figures at its longer end (pixels): the columns from either end
     * of the run that is an end of the blob inwards whose ink in the blob's box is one stroke across the line, no thicker than the
     * run's thinnest column and a pixel. A pen's stroke through a figure starts before it or ends after
     * it; the bars of 4s that touch end at their stems or in the next 4's diagonal, whose columns hold
     * more ink.
     */
    private static int beyondFigures(boolean[] ink, int width, Blob blob, int y, double slope, int[] run) {
        int thinnest = Integer.MAX_VALUE;
        for (int x = run[0]; x < run[0] + run[1]; x++) {
            thinnest = Math.min(thinnest, across(ink, width, blob, lineY(blob, y, slope, x), x));
        }
        // only at an end of the blob: a run that stops inside it (the line left a bar) has figures beyond it
        int left = 0;
        while (run[0] <= blob.left() + 1 && left < run[1]
                && strokeOnly(ink, width, blob, y, slope, run[0] + left, thinnest + 1)) {
            left++;
        }
        int end = run[0] + run[1] - 1;
        int right = 0;
        while (end >= blob.left() + blob.width() - 2 && right < run[1]
                && strokeOnly(ink, width, blob, y, slope, end - right, thinnest + 1)) {
            right++;
        }
        return Math.max(left, right);
    }

    /** The rows of ink in column {@code x} unbroken through row {@code ly}. */
    private static int across(boolean[] ink, int width, Blob blob, int ly, int x) {
        int top = ly;
        while (top > blob.top() && ink[(top - 1) * width + x]) {
            top--;
        }
        int bottom = ly;
        while (bottom < blob.top() + blob.height() - 1 && ink[(bottom + 1) * width + x]) {
            bottom++;
        }
        return bottom - top + 1;
    }

    /** Whether the column's only ink in the blob's box is the stroke across the line, at most {@code thick} rows. */
    private static boolean strokeOnly(boolean[] ink, int width, Blob blob, int y, double slope, int x, int thick) {
        int ly = lineY(blob, y, slope, x);
        int rows = 0;
        for (int py = blob.top(); py < blob.top() + blob.height(); py++) {
            rows += ink[py * width + x] ? 1 : 0;
        }
        return rows <= thick && rows == across(ink, width, blob, ly, x);
    }

    /** The cell's only blob clear of its borders and sides, specks aside; empty when there are none or more. */
    /**
     * Whether the cell's only ink, specks aside, is one ring as tall as a digit and clear of its sides
     * ({@link #ring}): a 0. A phone photo's narrow column of 0s reads them as {@code 。}
     * (session of 3 Dec, ocr3), and a halftoned blank cell's dots read {@code 。} or {@code .} too: the
     * dots are specks or blobs with no hole, so only a ring lets such a reading stand for a 0.
     */
    boolean loneRing() {
        return alone().filter(b -> b.height() >= tall && b.ring()).isPresent();
    }

    private Optional<Blob> alone() {
        List<Blob> clear = blobs.stream().filter(b -> !b.border() && !b.atEdge() && !speck(b)).toList();
        return clear.size() == 1 ? Optional.of(clear.get(0)) : Optional.empty();
    }

    /** A dash: lower than a small digit, at least as wide as one is tall, and lying flat. */
    private boolean flat(Blob b) {
        return b.height() < tall && b.width() >= tall && b.width() >= FLAT * b.height();
    }

    /**
     * Where the cell's ink lies (page pixels: left, top, right, bottom, exclusive), its blobs but
     * borders, what reaches a side (it may go on into a vertical ruling line) and specks; empty when
     * there is none.
     */
    Optional<int[]> inkBounds() {
        Optional<Blob> rule = ruleAtLeft();
        List<Blob> clear = blobs.stream().filter(b -> !b.border() && !b.atEdge() && !speck(b)
                && rule.filter(b::equals).isEmpty()).toList();
        if (clear.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {
            clear.stream().mapToInt(Blob::left).min().orElseThrow(),
            clear.stream().mapToInt(Blob::top).min().orElseThrow(),
            clear.stream().mapToInt(b -> b.left() + b.width()).max().orElseThrow(),
            clear.stream().mapToInt(b -> b.top() + b.height()).max().orElseThrow()});
    }

    /**
     * The leftmost blob as tall as a small digit, where it is a piece of the cell's left ruling line:
     * a thin stroke within {@link #RULE_NEAR} of the cell's left side, left of every other blob as tall
     * as a digit (there must be one), that runs along most of the cell or reaches above or below those
     * figures.
     */
    private Optional<Blob> ruleAtLeft() {
        List<Blob> tallEnough = blobs.stream().filter(b -> b.height() >= tall && !speck(b)).toList();
        Optional<Blob> first = tallEnough.stream().min(java.util.Comparator.comparingInt(Blob::left));
        if (first.isEmpty() || first.get().widestRow() > Math.max(2, Math.round(RULE_WIDTH / ppp))
                || Math.abs(first.get().left() - side) > Math.round(RULE_NEAR / ppp)) {
            return Optional.empty();
        }
        Blob rule = first.get();
        List<Blob> figures = tallEnough.stream().filter(b -> b != rule).toList();
        if (figures.isEmpty() || figures.stream().anyMatch(b -> b.left() < rule.left() + rule.width())) {
            return Optional.empty();
        }
        int top = figures.stream().mapToInt(Blob::top).min().orElseThrow();
        int bottom = figures.stream().mapToInt(b -> b.top() + b.height()).max().orElseThrow();
        int beyond = Math.max(2, Math.round(RULE_BEYOND / ppp));
        return rule.border() || rule.top() <= top - beyond || rule.top() + rule.height() >= bottom + beyond
                ? Optional.of(rule) : Optional.empty();
    }

    /** Noise, not a stroke: a blob no more than {@link #SPECK} pixels either way. */
    private static boolean speck(Blob b) {
        return b.height() <= SPECK && b.width() <= SPECK;
    }

    /** The share of the part looked at that is ink. */
    double share() {
        return share;
    }

    /**
     * Whether the cell holds a blob as tall as a small digit that is not the remains of a border: one
     * small digit in a wide cell is little ink for its area (a 4 at 150 dpi in a 124 pt cell of table 二
     * was taken for a blank, a silent error), while specks of noise are lower and the remains of a
     * border run along most of the cell. A digit set against the cell's side counts.
     */
    boolean hasMark() {
        return blobs.stream().anyMatch(b -> b.height() >= tall && !b.border());
    }
}
