package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "1 px table" ({@code <table bgcolor="#000000" cellspacing="1">}, white cells) as Chromium prints it: the
 * table's black box filled first, each cell's white box over it 0.75 pt apart (sizes from its prints, PDF space).
 */
class BackgroundGapsTest {

    private static final int[] BLACK = {0, 0, 0};
    private static final int[] WHITE = {255, 255, 255};

    private static GlyphVisibility.Fill box(float x0, float y0, float x1, float y1, int[] rgb) {
        return new GlyphVisibility.Fill(x0, y0, x1, y1, rgb, 1f, 0);
    }

    /** A black table with two rows of two white cells, 0.75 pt apart and 0.75 pt in from its edge. */
    private static List<GlyphVisibility.Painted> table(float bottomOfTable) {
        List<GlyphVisibility.Painted> painted = new ArrayList<>();
        painted.add(box(100, bottomOfTable, 300, 500, BLACK));
        painted.add(box(100.75f, 460, 199.6f, 499.25f, WHITE));
        painted.add(box(200.4f, 460, 299.25f, 499.25f, WHITE));
        float y0 = Math.max(bottomOfTable, 420.75f);
        painted.add(box(100.75f, y0, 199.6f, 459.25f, WHITE));
        painted.add(box(200.4f, y0, 299.25f, 459.25f, WHITE));
        return painted;
    }

    @Test
    void drawsEachCellsFourSidesWhereTheBackgroundShowsRoundIt() {
        assertEquals(16, new BackgroundGaps().lines(table(420)).size());
    }

    @Test
    void drawsNoLineWhereAPageBreakCutsTheTableAndItsCellsTogether() {
        // the lower row runs past the page's foot: table and cells end at the cut together, the row left open
        List<float[]> lines = new BackgroundGaps().lines(table(440));
        assertEquals(14, lines.size());
        assertEquals(0, lines.stream().filter(l -> l[1] == 440 && l[3] == 440).count());
    }

    @Test
    void takesNoLineFromStripesThatTouchOrBoxesOfTheBackgroundsOwnColour() {
        List<GlyphVisibility.Painted> stripes = new ArrayList<>();
        stripes.add(box(100, 400, 300, 500, WHITE));
        stripes.add(box(100, 480, 300, 500, new int[] {240, 240, 240}));
        stripes.add(box(100, 460, 300, 480, WHITE));
        stripes.add(box(100, 440, 300, 460, new int[] {240, 240, 240}));
        assertEquals(List.of(), new BackgroundGaps().lines(stripes));
        List<GlyphVisibility.Painted> same = new ArrayList<>();
        same.add(box(100, 400, 300, 500, WHITE));
        same.add(box(100.75f, 460, 199.6f, 499.25f, WHITE));
        same.add(box(200.4f, 460, 299.25f, 499.25f, WHITE));
        assertEquals(List.of(), new BackgroundGaps().lines(same));
    }

    @Test
    void takesNoLineFromALoneBoxOnAnotherColour() {
        // a white content box on a grey page: no cell beside it across a narrow gap
        List<GlyphVisibility.Painted> page = List.of(box(0, 0, 600, 800, new int[] {200, 200, 200}),
                box(50, 50, 550, 750, WHITE));
        assertEquals(List.of(), new BackgroundGaps().lines(page));
    }

    @Test
    void takesNoLineFromZebraStripesThatLeaveHalfTheTableBare() {
        // rth's spaced zebra (border-spacing 0 2px, borderless): the even rows' cells tinted on a white table, a
        // row-spanning stripe 1.5 pt above the next stripe; the odd rows show the table's own white
        int[] tint = {232, 238, 247};
        List<GlyphVisibility.Painted> zebra = new ArrayList<>();
        zebra.add(box(100, 300, 400, 500, WHITE));
        zebra.add(box(100, 457.5f, 250, 500, tint));
        zebra.add(box(250, 457.5f, 400, 500, tint));
        zebra.add(box(100, 371.5f, 250, 456, tint)); // spans an odd row
        zebra.add(box(250, 414.5f, 400, 456, tint));
        zebra.add(box(100, 300, 250, 370, tint));
        zebra.add(box(250, 328.5f, 400, 370, tint));
        assertEquals(List.of(), new BackgroundGaps().lines(zebra));
    }

    @Test
    void takesNoLineFromParagraphBoxesStackedInOneColumn() {
        // tinted <p> boxes 1.5 pt apart filling a tinted body in a 2 pt margin: covered, but never side by side
        List<GlyphVisibility.Painted> page = new ArrayList<>();
        page.add(box(0, 0, 600, 800, new int[] {250, 250, 250}));
        for (float top = 798; top > 60; top -= 61.5f) {
            page.add(box(2, top - 60, 598, top, new int[] {243, 243, 243}));
        }
        assertEquals(List.of(), new BackgroundGaps().lines(page));
    }

    @Test
    void drawsTheLinesOfATableWithACellMissing() {
        // a row short of a cell shows the black table there (malformed HTML, a header cut by a page break):
        // the other cells still cover most of the table, and each still has its four sides drawn
        List<GlyphVisibility.Painted> painted = table(420);
        painted.remove(4);
        assertEquals(12, new BackgroundGaps().lines(painted).size());
    }
}
