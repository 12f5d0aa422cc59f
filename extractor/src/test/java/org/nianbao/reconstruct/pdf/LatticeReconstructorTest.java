package org.nianbao.reconstruct.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class LatticeReconstructorTest {

    /**
     * A 3-row × 3-column ruled table whose first row is one cell spanning all columns:
     * <pre>
     * | Review              |
     * | kept | fixed | sum  |
     * | 3    | 4     | 7    |
     * </pre>
     */
    private static PageLayout page() {
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {100, 120, 140, 160}) {
            r.add(Ruling.between(50, y, 200, y));
        }
        r.add(Ruling.between(50, 100, 50, 160));
        r.add(Ruling.between(200, 100, 200, 160));
        for (float x : new float[] {100, 150}) {
            r.add(Ruling.between(x, 120, x, 160)); // not through the merged first row
        }
        List<Glyph> g = new ArrayList<>(Glyphs.word("Review", 55, 115, 10));
        g.addAll(Glyphs.word("kept", 55, 135, 10));
        g.addAll(Glyphs.word("fixed", 105, 135, 10));
        g.addAll(Glyphs.word("sum", 155, 135, 10));
        g.addAll(Glyphs.word("3", 55, 155, 10));
        g.addAll(Glyphs.word("4", 105, 155, 10));
        g.addAll(Glyphs.word("7", 155, 155, 10));
        g.addAll(Glyphs.word("outside", 55, 300, 10));
        return new PageLayout(1, 595, 842, g, r);
    }

    @Test
    void readsMergedHeaderCellsAsSpanned() {
        List<PageTable> tables = new LatticeReconstructor().reconstruct(page());
        assertEquals(1, tables.size());
        PageTable t = tables.get(0);
        assertEquals(Positions.EXACT, t.positions());
        List<GridCell> header = t.rows().get(0);
        assertEquals("Review", header.get(0).text());
        assertFalse(header.get(0).spanned());
        assertTrue(header.get(1).spanned());
        assertTrue(header.get(2).spanned());
        assertEquals(new Location.PageBox(1, 50, 100, 200, 120), header.get(1).where());
    }

    @Test
    void placesEachValueInTheCellItsGlyphsFallIn() {
        PageTable t = new LatticeReconstructor().reconstruct(page()).get(0);
        assertEquals(List.of("kept", "fixed", "sum"), t.rows().get(1).stream().map(GridCell::text).toList());
        assertEquals(List.of("3", "4", "7"), t.rows().get(2).stream().map(GridCell::text).toList());
        assertEquals(new Location.PageBox(1, 100, 140, 150, 160), t.rows().get(2).get(1).where());
    }

    @Test
    void ignoresAFrameAroundText() {
        List<Ruling> box = List.of(Ruling.between(50, 100, 200, 100), Ruling.between(50, 130, 200, 130),
                Ruling.between(50, 100, 50, 130), Ruling.between(200, 100, 200, 130));
        PageLayout p = new PageLayout(1, 595, 842, Glyphs.word("Title", 60, 120, 10), box);
        assertTrue(new LatticeReconstructor().reconstruct(p).isEmpty());
    }

    /** One row: a label cell from x 50 to 100 and a value cell from 100 to {@code right}, holding {@code lines}. */
    private static PageLayout valueCell(float right, String... lines) {
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {100, 140}) {
            r.add(Ruling.between(50, y, right, y));
        }
        for (float x : new float[] {50, 100, right}) {
            r.add(Ruling.between(x, 100, x, 140));
        }
        List<Glyph> g = new ArrayList<>(Glyphs.word("n", 55, 115, 10));
        for (int i = 0; i < lines.length; i++) {
            g.addAll(Glyphs.word(lines[i], 100.5f, 112 + 12 * i, 10));
        }
        return new PageLayout(1, 595, 842, g, r);
    }

    private static String valueText(PageLayout page) {
        return new LatticeReconstructor().reconstruct(page).get(0).rows().get(0).get(1).text();
    }

    @Test
    void readsANumberANarrowCellWrappedAsOne() {
        // Chromium breaks full-width digits anywhere: １８５ in a 20 pt column prints １８ over ５, and
        // １８ with ５ beside it (30 pt) is wider than the cell: the ５ cannot have stood on the first line
        assertEquals("１８５", valueText(valueCell(120, "１８", "５")));
        assertEquals("２４６", valueText(valueCell(112, "２", "４", "６")));
    }

    @Test
    void keepsTwoFiguresOnTwoLinesOfACellWideEnoughForBothApart() {
        assertEquals("１８\n５", valueText(valueCell(140, "１８", "５")));
        assertEquals("１８\n说明", valueText(valueCell(120, "１８", "说明")));
    }
}
