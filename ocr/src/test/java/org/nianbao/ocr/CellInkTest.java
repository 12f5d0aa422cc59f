package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;

/**
 * A cell OCR read as empty is believed blank only when it holds nothing like a digit; a lone 1 OCR
 * read is believed only when the cell holds an upright stroke of its own, clear of its borders, and
 * is a slash when that stroke leans right.
 */
class CellInkTest {

    /** 150 dpi: a 260 × 32 px cell of table 二, 124.8 × 15.4 pt. */
    private static final float PPP = 72f / 150;
    private static final int W = 260;
    private static final int H = 32;
    private static final Location.PageBox CELL = new Location.PageBox(1, 0, 0, W * PPP, H * PPP);

    private static void fill(boolean[] ink, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                ink[y * W + x] = true;
            }
        }
    }

    /** A stroke from (x, top) down to (x - run, bottom), thick pixels wide: a slash, or the stem of a 7 or a 4. */
    private static void leaning(boolean[] ink, int x, int top, int bottom, int run, int thick) {
        for (int y = top; y < bottom; y++) {
            int at = x - (y - top) * run / (bottom - top);
            fill(ink, at, y, at + thick, y + 1);
        }
    }

    /** A 3 drawn as three bars and a right side, 14 px (6.7 pt) tall, its left at {@code x}. */
    private static void three(boolean[] ink, int x) {
        fill(ink, x, 9, x + 8, 11);
        fill(ink, x + 2, 15, x + 8, 17);
        fill(ink, x, 21, x + 8, 23);
        fill(ink, x + 7, 9, x + 9, 23);
    }

    @Test
    void aMinusSignBeforeTheFiguresIsSeenInTheInk() {
        // -3 as a 150 dpi scan prints it flush left: a hyphen 5 × 2 px at mid-height, 2 px before the 3
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        fill(ink, 5, 15, 10, 17);
        three(ink, 12);
        assertTrue(CellInk.toSides(CELL, ink, W, PPP).minusBefore());
    }

    @Test
    void aMinusSignBeforeAFigureAFaxBrokeIntoPiecesIsSeen() {
        // -3 of the 100 dpi fax fixture's table 二 (fees/change) as its straightened page's ink shows it,
        // the 3's lower left piece (3 px high) apart from the rest, lower than the figure's middle
        String[] fax = {
            ".........##.##..",
            "........#######.",
            "........##..###.",
            "............###.",
            "............###.",
            "...........###..",
            "....###.....###.",
            "...####......##.",
            "........#....##.",
            ".......####..##.",
            "........###..##."};
        float ppp = 0.72f;
        int w = 40;
        boolean[] ink = new boolean[w * 24];
        for (int y = 0; y < fax.length; y++) {
            for (int x = 0; x < fax[y].length(); x++) {
                ink[(y + 6) * w + x + 4] = fax[y].charAt(x) == '#';
            }
        }
        Location.PageBox cell = new Location.PageBox(1, 0, 0, w * ppp, 24 * ppp);
        assertTrue(CellInk.toSides(cell, ink, w, ppp).minusBefore());
        for (int y = 12; y < 14; y++) {
            java.util.Arrays.fill(ink, y * w, y * w + 11, false); // the minus taken away
        }
        assertFalse(CellInk.toSides(cell, ink, w, ppp).minusBefore(), "the broken 3 alone");
    }

    @Test
    void noMinusWhereTheFlatStrokeIsNotAtMidHeightBeforeTheFiguresOrThereIsNone() {
        boolean[] plain = new boolean[W * H];
        three(plain, 12);
        assertFalse(CellInk.toSides(CELL, plain, W, PPP).minusBefore(), "3");
        boolean[] underscore = new boolean[W * H];
        fill(underscore, 5, 22, 10, 24); // at the foot of the figures
        three(underscore, 12);
        assertFalse(CellInk.toSides(CELL, underscore, W, PPP).minusBefore(), "_3");
        boolean[] after = new boolean[W * H];
        three(after, 12);
        fill(after, 24, 15, 29, 17); // after the figure
        assertFalse(CellInk.toSides(CELL, after, W, PPP).minusBefore(), "3-");
        boolean[] far = new boolean[W * H];
        fill(far, 5, 15, 10, 17);
        three(far, 60); // a dash far from the figure is no sign of it
        assertFalse(CellInk.toSides(CELL, far, W, PPP).minusBefore(), "-      3");
    }

    /** A 4 drawn as a stem, a leaning stroke and a bar across the glyph's width, 14 px tall, its left at {@code x}. */
    private static void four(boolean[] ink, int x) {
        leaning(ink, x + 5, 9, 19, 5, 2);
        fill(ink, x, 18, x + 8, 20);
        fill(ink, x + 5, 9, x + 7, 23);
    }

    @Test
    void aStrokeThroughAFigureIsSeenInTheInk() {
        // 33 struck through by hand: a pen's stroke 2 px thick, 30 px (14 pt) long, rising 3 px across the figures
        boolean[] ink = new boolean[W * H];
        three(ink, 40);
        three(ink, 52);
        for (int x = 34; x < 64; x++) {
            int y = 17 - (x - 34) / 10;
            fill(ink, x, y, x + 1, y + 2);
        }
        assertTrue(CellInk.struckThrough(CELL, ink, W, PPP));
    }

    @Test
    void figuresSetSideBySideWithTheirBarsInLineAreNotStruck() {
        // 4444, the bars at one height a pixel apart, and touching (a JPEG at quality 30 joined them: 1444
        // was taken for struck); a minus before a figure; a dash alone; a row border
        boolean[] fours = new boolean[W * H];
        boolean[] touching = new boolean[W * H];
        for (int i = 0; i < 4; i++) {
            four(fours, 40 + 9 * i);
            four(touching, 40 + 8 * i);
        }
        assertFalse(CellInk.struckThrough(CELL, fours, W, PPP), "4444");
        assertFalse(CellInk.struckThrough(CELL, touching, W, PPP), "4444 touching");
        boolean[] minus = new boolean[W * H];
        fill(minus, 5, 15, 10, 17);
        three(minus, 12);
        assertFalse(CellInk.struckThrough(CELL, minus, W, PPP), "-3");
        boolean[] dash = new boolean[W * H];
        fill(dash, 40, 15, 80, 17);
        assertFalse(CellInk.struckThrough(CELL, dash, W, PPP), "a dash, lower than a digit");
        boolean[] border = new boolean[W * H];
        fill(border, 0, 30, W, 32);
        three(border, 40);
        assertFalse(CellInk.struckThrough(CELL, border, W, PPP), "a row border");
    }

    /** A pen's straight stroke 2 px thick from (x0, y0) to (x1, y1). */
    private static void stroke(boolean[] ink, int x0, int y0, int x1, int y1) {
        int n = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
        for (int i = 0; i <= n; i++) {
            int x = x0 + (x1 - x0) * i / n;
            int y = y0 + (y1 - y0) * i / n;
            fill(ink, x, y, x + 2, y + 2);
        }
    }

    @Test
    void figuresCrossedOutWithAnXAreSeenInTheInk() {
        // 33 crossed out corner to corner: two strokes 26 px across and 17 px down (15 pt long) at 150 dpi
        boolean[] ink = new boolean[W * H];
        three(ink, 40);
        three(ink, 52);
        stroke(ink, 36, 7, 62, 24);
        stroke(ink, 36, 24, 62, 7);
        assertTrue(CellInk.crossedOut(CELL, ink, W, PPP));
        assertFalse(CellInk.struckThrough(CELL, ink, W, PPP), "no stroke runs along the figures");
    }

    @Test
    void oneDiagonalAStruckFigureAndDigitsDiagonalsAreNoX() {
        // one stroke over the figures (a slash through them), a stroke along them, a 4's diagonal and a
        // slash for none; 4444; 7s whose long stems lean; a block of deep ink
        boolean[] one = new boolean[W * H];
        three(one, 40);
        three(one, 52);
        stroke(one, 36, 24, 62, 7);
        assertFalse(CellInk.crossedOut(CELL, one, W, PPP), "one diagonal");
        boolean[] struck = new boolean[W * H];
        three(struck, 40);
        three(struck, 52);
        stroke(struck, 34, 16, 64, 14);
        assertFalse(CellInk.crossedOut(CELL, struck, W, PPP), "struck along");
        boolean[] fours = new boolean[W * H];
        for (int i = 0; i < 4; i++) {
            four(fours, 40 + 8 * i);
        }
        assertFalse(CellInk.crossedOut(CELL, fours, W, PPP), "4444");
        boolean[] sevens = new boolean[W * H];
        for (int i = 0; i < 3; i++) {
            fill(sevens, 40 + 10 * i, 9, 49 + 10 * i, 11);
            leaning(sevens, 47 + 10 * i, 9, 23, 5, 2);
        }
        stroke(sevens, 80, 23, 88, 9); // and a slash
        assertFalse(CellInk.crossedOut(CELL, sevens, W, PPP), "777/");
        // bold figures set close, or a dense character, on a dark photocopy: deep ink along every diagonal
        boolean[] dense = new boolean[W * H];
        fill(dense, 40, 6, 72, 26);
        assertFalse(CellInk.crossedOut(CELL, dense, W, PPP), "a solid block");
    }

    /** The cell in the middle of three rows of a page 260 px wide, 96 px high (its coloured marks and its neighbours'). */
    private static final Location.PageBox MIDDLE = new Location.PageBox(1, 0, H * PPP, W * PPP, 2 * H * PPP);

    /** A page of three rows whose middle row holds {@code cell}'s ink (a 260 × 32 px cell's). */
    private static boolean[] inMiddleRow(boolean[] cell) {
        boolean[] page = new boolean[W * 3 * H];
        System.arraycopy(cell, 0, page, W * H, W * H);
        return page;
    }

    @Test
    void aFigureCorrectedInColouredInkBesideItIsSeenInTheMarks() {
        // 271 struck in a blue ballpoint and 217 written beside it: the drop-out took both off the page
        boolean[] pen = new boolean[W * H];
        stroke(pen, 36, 16, 64, 14);
        three(pen, 80);
        three(pen, 92);
        boolean[] marks = inMiddleRow(pen);
        assertTrue(CellInk.colouredBeside(MIDDLE, marks, W, PPP));
        // a speck of colour in the row below is noise, not a mark running on
        fill(marks, 200, 2 * H + 10, 202, 2 * H + 12);
        assertTrue(CellInk.colouredBeside(MIDDLE, marks, W, PPP), "a speck below");
    }

    @Test
    void aSealOrARingRunningIntoTheRowsAboveOrBelowIsNoCorrectionOfTheCell() {
        boolean[] written = new boolean[W * H];
        three(written, 80);
        boolean[] seal = inMiddleRow(written);
        stroke(seal, 150, 4, 170, 3 * H - 4); // the seal's ring going down through the three rows
        assertFalse(CellInk.colouredBeside(MIDDLE, seal, W, PPP), "a seal");
        boolean[] ring = new boolean[W * 3 * H];
        stroke(ring, 30, H - 6, 120, H - 6); // a reader's ring round the figures, above and below the cell
        stroke(ring, 30, 2 * H + 6, 120, 2 * H + 6);
        stroke(ring, 30, H - 6, 30, 2 * H + 6);
        stroke(ring, 120, H - 6, 120, 2 * H + 6);
        assertFalse(CellInk.colouredBeside(MIDDLE, ring, W, PPP), "a ring");
        boolean[] dot = new boolean[W * H];
        stroke(dot, 150, 14, 152, 16); // a dot of the pen, lower than a digit
        assertFalse(CellInk.colouredBeside(MIDDLE, inMiddleRow(dot), W, PPP), "a dot");
        assertFalse(CellInk.colouredBeside(MIDDLE, new boolean[W * 3 * H], W, PPP), "no marks");
    }

    @Test
    void aSmallDigitInAWideCellIsAMarkThoughItIsLittleInkForTheCell() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 20, 10, 22, 22); // the upright of a 4, 12 px (5.8 pt) tall
        fill(ink, 14, 18, 24, 20); // its bar
        assertTrue(CellInk.of(CELL, ink, W, PPP).hasMark());
    }

    @Test
    void aDigitSetAgainstTheCellsSideIsAMarkToo() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 4, 10, 6, 22); // a 1 touching what the inset leaves of the cell
        assertTrue(CellInk.of(CELL, ink, W, PPP).hasMark());
    }

    @Test
    void specksOfNoiseAndTheRemainsOfABorderAreNot() {
        boolean[] ink = new boolean[W * H];
        for (int i = 0; i < 40; i++) {
            fill(ink, 10 + 6 * i, 8 + i % 15, 12 + 6 * i, 10 + i % 15); // 2 × 2 px specks
        }
        // what the 2 pt (4 px) inset leaves of a border turned a little: along the cell's left side and its foot
        fill(ink, 4, 4, 6, 28);
        fill(ink, 60, 26, 200, 28);
        assertFalse(CellInk.of(CELL, ink, W, PPP).hasMark());
    }

    @Test
    void aPrintedOneClearOfTheBordersIsAnUprightStrokeOfItsOwn() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 200, 9, 203, 23); // the stem of a 1, 14 px (6.7 pt) tall, right-aligned in the cell
        fill(ink, 198, 9, 200, 11); // its flag
        fill(ink, 197, 21, 206, 23); // its foot
        assertEquals(CellInk.Stroke.ONE, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void twoOnesSideBySideAreNoLoneOne() {
        // 11 set flush left as a noisy 150 dpi scan prints it, which the engine read '1' (table 二, seed 2031)
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        for (int x : new int[] {8, 16}) {
            fill(ink, x, 9, x + 3, 23); // each stem 14 px (6.7 pt) tall
            fill(ink, x - 2, 9, x, 11); // its flag
        }
        assertEquals(2, CellInk.toSides(CELL, ink, W, PPP).figuresSideBySide());
        assertEquals(CellInk.Stroke.FIGURES, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void twoOnesABlurRanTogetherAreTwoFigures() {
        // as measured on that scan in faint ink: one blob 20 px wide, 14 high, its flags and stems touching
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        for (int x : new int[] {10, 20}) {
            fill(ink, x, 9, x + 3, 23); // each stem
            fill(ink, x - 4, 9, x, 12); // its flag
        }
        fill(ink, 13, 15, 16, 17); // the blur between the stems
        assertEquals(2, CellInk.toSides(CELL, ink, W, PPP).figuresSideBySide());
        assertEquals(CellInk.Stroke.FIGURES, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aOneBrokenInTwoOnePieceAboveTheOtherIsOneFigure() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 200, 9, 203, 15); // the stem's top half
        fill(ink, 198, 9, 200, 11); // its flag
        fill(ink, 200, 17, 203, 23); // its lower half, a pixel of noise apart
        fill(ink, 197, 21, 206, 23); // its foot
        fill(ink, 120, 20, 121, 21); // a speck
        assertEquals(1, CellInk.toSides(CELL, ink, W, PPP).figuresSideBySide());
        assertNotEquals(CellInk.Stroke.FIGURES, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aSlashLeansRight() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        leaning(ink, 9, 4, 23, 6, 2); // the form's "/" for none, set flush left 3 px from it and near the row's top
        assertEquals(CellInk.Stroke.SLASH, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aSevenWithItsBarIsNeverTakenForASlash() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 104, 8, 113, 10); // the bar of a 7, 9 px across
        leaning(ink, 111, 10, 24, 10, 2); // its stem, leaning as a slash does, down to the left
        assertNotEquals(CellInk.Stroke.SLASH, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aSevenStandingUprightIsNeverTakenForAOneItsBarIsAsWideAsTheGlyph() {
        // as measured on a noisy 150 dpi scan (0026-2019 of the scanned corpus, table 二, read '1' twice):
        // 18 px tall, its top quarter 12 px wide, its whole width
        boolean[] ink = new boolean[W * H];
        fill(ink, 100, 9, 112, 12); // the bar
        leaning(ink, 109, 12, 27, 5, 3); // the stem, down to the left, about upright
        assertNotEquals(CellInk.Stroke.ONE, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aOneWithoutAFootIsStillAOneItsFlagIsNoBar() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 200, 9, 203, 27); // the stem, 18 px tall
        fill(ink, 197, 9, 200, 12); // the flag: the top quarter 6 px wide, a third of the height
        assertEquals(CellInk.Stroke.ONE, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aDashLiesFlat() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        fill(ink, 12, 15, 24, 17); // the form's "–" for none, 12 px across, 2 px high
        fill(ink, 60, 20, 61, 21); // a single pixel of noise
        assertEquals(CellInk.Stroke.DASH, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
        fill(ink, 40, 9, 42, 23); // a stroke beside it: not a dash alone
        assertEquals(CellInk.Stroke.ONE, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
    }

    @Test
    void aDashOrSlashAloneInACellTheEngineReadNothingInIsTheMarkForNone() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        fill(ink, 6, 14, 15, 17); // a full-width "－" for none, set flush left: 9 × 3 px (4.3 × 1.4 pt)
        fill(ink, 40, 8, 42, 10); // specks of a noisy scan's paper, 2 × 2 px and single
        fill(ink, 120, 22, 121, 23);
        assertEquals(CellInk.Stroke.DASH, CellInk.toSides(CELL, ink, W, PPP).noneMark());
        boolean[] em = new boolean[W * H];
        fill(em, 6, 15, 24, 17); // an em dash "—", 18 × 2 px
        assertEquals(CellInk.Stroke.DASH, CellInk.toSides(CELL, em, W, PPP).noneMark());
        boolean[] slash = new boolean[W * H];
        leaning(slash, 14, 6, 24, 6, 2); // "/" for none
        assertEquals(CellInk.Stroke.SLASH, CellInk.toSides(CELL, slash, W, PPP).noneMark());
        boolean[] blurred = new boolean[W * H];
        leaning(blurred, 16, 6, 24, 8, 5); // a noisy scan's slash in faint ink: 5 px wide rows, 18 px tall
        assertEquals(CellInk.Stroke.SLASH, CellInk.toSides(CELL, blurred, W, PPP).noneMark());
    }

    @Test
    void aDigitTheEngineMissedIsNeverTakenForTheMarkForNone() {
        boolean[] four = new boolean[W * H];
        fill(four, 12, 9, 14, 22); // a 4 flush left: its upright, 13 px (6.2 pt) tall
        fill(four, 6, 18, 16, 20); // its bar
        leaning(four, 12, 9, 18, 6, 2); // its diagonal
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, four, W, PPP).noneMark());
        boolean[] one = new boolean[W * H];
        fill(one, 10, 9, 12, 22); // a printed 1: upright, no dash
        assertEquals(CellInk.Stroke.ONE, CellInk.toSides(CELL, one, W, PPP).loneStroke());
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, one, W, PPP).noneMark());
        boolean[] seven = new boolean[W * H];
        fill(seven, 104, 8, 113, 10);
        leaning(seven, 111, 10, 24, 10, 2);
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, seven, W, PPP).noneMark());
        boolean[] minus = new boolean[W * H];
        fill(minus, 6, 14, 12, 16); // "-3": a minus sign beside a digit the engine missed
        fill(minus, 14, 9, 16, 22);
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, minus, W, PPP).noneMark());
        boolean[] dot = new boolean[W * H];
        fill(dot, 6, 14, 15, 17); // a flat stroke and a blob beside it larger than a speck: not a dash alone
        fill(dot, 20, 10, 23, 13);
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, dot, W, PPP).noneMark());
        boolean[] square = new boolean[W * H];
        fill(square, 6, 12, 10, 16); // a blob as high as it is wide (the remains of a faint 0 or 8) is no dash
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, square, W, PPP).noneMark());
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, new boolean[W * H], W, PPP).noneMark());
    }

    @Test
    void theInkReadAgainIsWhereTheDigitIsNotTheBordersNorSpecks() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        fill(ink, 20, 9, 28, 22); // a digit
        fill(ink, 60, 20, 62, 22); // a speck
        fill(ink, 252, 10, 260, 22); // what painting out missed of the right border, against the side
        assertArrayEquals(new int[] {20, 9, 28, 22}, CellInk.toSides(CELL, ink, W, PPP).inkBounds().orElseThrow());
        boolean[] paper = new boolean[W * H];
        fill(paper, 0, 0, 2, H);
        fill(paper, 60, 20, 62, 22);
        assertTrue(CellInk.toSides(CELL, paper, W, PPP).inkBounds().isEmpty());
    }

    @Test
    void theEdgeOfARulingLineOrASpeckIsNoStrokeOfItsOwn() {
        boolean[] ink = new boolean[W * H];
        // what painting out missed of the cell's right border: a stub 12 px tall against it
        fill(ink, 252, 10, 260, 22);
        fill(ink, 100, 14, 102, 16); // a speck
        assertTrue(CellInk.of(CELL, ink, W, PPP).hasMark(), "ink OCR could not read: a blank is not believed either");
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, ink, W, PPP).loneStroke());
        // the border whole, broken by noise into pieces shorter than the cell
        boolean[] broken = new boolean[W * H];
        fill(broken, 258, 0, 260, 12);
        fill(broken, 258, 14, 260, H);
        assertEquals(CellInk.Stroke.UNKNOWN, CellInk.toSides(CELL, broken, W, PPP).loneStroke());
    }

    @Test
    void aPieceOfTheLeftRulingLineBeforeTheFiguresIsNoFigure() {
        // a fax's column line broken into pieces: one, 2 px wide, 4 px in from the cell's side, from above
        // the figures to their middle (what the engine read as the 1 of 182 for 82)
        boolean[] ink = new boolean[W * H];
        fill(ink, 4, 3, 6, 17);
        three(ink, 10);
        three(ink, 22);
        CellInk cell = CellInk.toSides(CELL, ink, W, PPP);
        assertTrue(CellInk.ruleBeforeFigures(CELL, ink, W, PPP));
        assertArrayEquals(new int[] {10, 9, 31, 23}, cell.inkBounds().orElseThrow(), "the figures' ink alone is read again");
        // the same piece running the row's height (a border the inset did not cut)
        boolean[] whole = new boolean[W * H];
        fill(whole, 4, 0, 6, H);
        three(whole, 10);
        assertTrue(CellInk.ruleBeforeFigures(CELL, whole, W, PPP));
        // the piece a pixel or two left of the cell's side, where the border inferred for it stands off the line
        Location.PageBox inferred = new Location.PageBox(1, 8 * PPP, 0, W * PPP, H * PPP);
        boolean[] beside = new boolean[W * H];
        fill(beside, 6, 3, 8, 17);
        three(beside, 11);
        three(beside, 23);
        assertTrue(CellInk.ruleBeforeFigures(inferred, beside, W, PPP));
        assertArrayEquals(new int[] {11, 9, 32, 23}, CellInk.toSides(inferred, beside, W, PPP).inkBounds().orElseThrow());
    }

    @Test
    void aPrintedOneAsTallAsTheFiguresBesideItIsNoRulingLine() {
        boolean[] bare = new boolean[W * H];
        fill(bare, 4, 9, 6, 23); // a 1 without a foot, flush left, as tall as the 3 beside it
        three(bare, 10);
        assertFalse(CellInk.ruleBeforeFigures(CELL, bare, W, PPP));
        boolean[] footed = new boolean[W * H];
        fill(footed, 4, 7, 6, 23); // a 1 a little taller, with its foot: wider than a line's piece
        fill(footed, 2, 21, 9, 23);
        three(footed, 12);
        assertFalse(CellInk.ruleBeforeFigures(CELL, footed, W, PPP));
        boolean[] far = new boolean[W * H];
        fill(far, 30, 3, 32, 17); // a stroke well inside the cell is no piece of its side
        three(far, 36);
        assertFalse(CellInk.ruleBeforeFigures(CELL, far, W, PPP));
        boolean[] alone = new boolean[W * H];
        fill(alone, 4, 3, 6, 17); // the piece with no figure beside it
        assertFalse(CellInk.ruleBeforeFigures(CELL, alone, W, PPP));
    }

    @Test
    void aOneReadsAsAOneOrWhatTheEngineTakesForOne() {
        assertTrue(RapidPageOcr.loneOne(" 1 "));
        assertTrue(RapidPageOcr.loneOne("l"));
        assertTrue(RapidPageOcr.loneOne("|"));
        assertTrue(RapidPageOcr.loneOne("工"), "a footed 1 on a dim photo, checked against the ink as any 1");
        assertFalse(RapidPageOcr.loneOne("11"));
        assertFalse(RapidPageOcr.loneOne("7"));
        assertFalse(RapidPageOcr.loneOne(""));
    }

    /** A 0 drawn as a ring 8 px wide and 14 px (6.7 pt) tall, strokes 2 px, its left at {@code x}. */
    private static void zero(boolean[] ink, int x) {
        fill(ink, x + 2, 9, x + 6, 11);
        fill(ink, x + 2, 21, x + 6, 23);
        fill(ink, x, 10, x + 2, 22);
        fill(ink, x + 6, 10, x + 8, 22);
    }

    @Test
    void aZeroIsARingAsTallAsADigitAloneInTheCell() {
        boolean[] ink = new boolean[W * H];
        fill(ink, 0, 0, 2, H); // the cell's left border
        zero(ink, 120);
        ink[5 * W + 60] = true; // a speck of noise beside it
        assertTrue(CellInk.of(CELL, ink, W, PPP).loneRing());
        boolean[] flush = new boolean[W * H]; // Chromium's 0 set flush left, 2 px clear of the border
        fill(flush, 0, 0, 2, H);
        zero(flush, 4);
        assertTrue(CellInk.toSides(CELL, flush, W, PPP).loneRing(), "seen from side to side");
        assertFalse(CellInk.of(CELL, flush, W, PPP).loneRing(), "2 pt in from the border its left side is cut off");
        boolean[] touching = new boolean[W * H]; // a 0 one blob with the border: no 0 of the cell's own
        fill(touching, 0, 0, 2, H);
        zero(touching, 2);
        assertFalse(CellInk.toSides(CELL, touching, W, PPP).loneRing());
    }

    @Test
    void aHalftonedBlankCellsDotsAreNoZero() {
        // a grey blank cell through an ordered dither: a dot every 4 px, each 1 or 2 px, some touching diagonally
        boolean[] ink = new boolean[W * H];
        for (int y = 1; y < H - 1; y += 4) {
            for (int x = 1; x < W - 2; x += 4) {
                fill(ink, x, y, x + 1 + (x / 4 + y / 4) % 2, y + 1);
            }
        }
        assertFalse(CellInk.of(CELL, ink, W, PPP).loneRing());
    }

    @Test
    void aFigureWithAHoleInOneHalfOrTwoHolesIsNoZero() {
        boolean[] six = new boolean[W * H]; // a 6: a stem on the left, its loop in the lower half
        fill(six, 120, 9, 122, 23);
        fill(six, 120, 15, 128, 17);
        fill(six, 120, 21, 128, 23);
        fill(six, 126, 15, 128, 23);
        assertFalse(CellInk.of(CELL, six, W, PPP).loneRing());
        boolean[] eight = new boolean[W * H];
        zero(eight, 120);
        fill(eight, 120, 15, 128, 17); // the waist that makes two holes
        assertFalse(CellInk.of(CELL, eight, W, PPP).loneRing());
        boolean[] one = new boolean[W * H];
        fill(one, 124, 9, 126, 23);
        assertFalse(CellInk.of(CELL, one, W, PPP).loneRing());
        boolean[] small = new boolean[W * H]; // a ring lower than any digit: the full stop itself
        fill(small, 120, 18, 124, 19);
        fill(small, 120, 21, 124, 22);
        fill(small, 120, 18, 121, 22);
        fill(small, 123, 18, 124, 22);
        assertFalse(CellInk.of(CELL, small, W, PPP).loneRing());
        boolean[] two = new boolean[W * H]; // 00 is two figures, not one 0 read as a circle
        zero(two, 120);
        zero(two, 132);
        assertFalse(CellInk.of(CELL, two, W, PPP).loneRing());
    }

    @Test
    void whatTheEngineReadsForAZeroOnADimPhotoIsCheckedAsARing() {
        for (String s : new String[] {"。", " ° ", "ｏ", "Ｏ", "o", " O "}) {
            assertTrue(RapidPageOcr.ringLike(s), s);
        }
        assertFalse(RapidPageOcr.ringLike("0"), "a 0 is read as it is");
        assertFalse(RapidPageOcr.ringLike("。。"));
        assertFalse(RapidPageOcr.ringLike("."), "a point is what a halftone's dots read, never taken for a 0");
        assertFalse(RapidPageOcr.ringLike(""));
    }
}
