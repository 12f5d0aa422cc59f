package org.nianbao.reconstruct.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellNote;
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

    /**
     * LibreOffice's page after a break in a DOCX whose first row repeats: the note cell, merged down into
     * rows that do not repeat, is cut to the repeated row, and the rest of its text is drawn over the first
     * row below, through its column borders, on a line grid of its own:
     * <pre>
     * | （本列数据的勾稽关系         | 申请 |
     * | 为：  |       | 3、补       | 0    |
     * | 第一项加第二项之和，等申     |      |
     * | 于第三项加第四项之和）容     |      |
     * </pre>
     */
    private static PageLayout cutNoteRunningOn(String secondLine) {
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {100, 130, 200}) {
            r.add(Ruling.between(50, y, 230, y));
        }
        for (float x : new float[] {50, 185, 230}) {
            r.add(Ruling.between(x, 100, x, 200));
        }
        for (float x : new float[] {95, 140}) {
            r.add(Ruling.between(x, 130, x, 200)); // the label columns, under the merged note
        }
        List<Glyph> g = new ArrayList<>(Glyphs.word("（本列数据的勾稽关系", 52, 115, 10));
        g.addAll(Glyphs.word("申请", 187, 115, 10));
        g.addAll(Glyphs.word("为：", 52, 145, 10));
        g.addAll(Glyphs.word(secondLine, 52, 160, 10));
        g.addAll(Glyphs.word("于第三项加第四项之和）", 52, 175, 10));
        g.addAll(Glyphs.word("3、补", 142, 145.7f, 10));
        g.addAll(Glyphs.word("正后申", 142, 160.7f, 10));
        g.addAll(Glyphs.word("请内容", 142, 175.7f, 10));
        g.addAll(Glyphs.word("0", 187, 145.7f, 10));
        return new PageLayout(1, 595, 842, g, r);
    }

    @Test
    void keepsTextRunningAcrossColumnBordersOutOfTheCellsItCrosses() {
        PageTable t = new LatticeReconstructor().reconstruct(cutNoteRunningOn("第一项加第二项之和，等")).get(0);
        List<GridCell> row = t.rows().get(1);
        assertEquals(List.of("", "", "3、补\n正后申\n请内容", "0"), row.stream().map(GridCell::text).toList());
        // the cells it ran over say so; the value cell beside them, which it did not reach, does not
        assertEquals(CellNote.Kind.COVERED, row.get(0).notes().get(0).kind());
        assertEquals(CellNote.Kind.COVERED, row.get(2).notes().get(0).kind());
        assertTrue(row.get(3).notes().isEmpty());
        assertEquals("（本列数据的勾稽关系", t.rows().get(0).get(0).text());
    }

    @Test
    void leavesANumberRunningAcrossAColumnBorderInTheCellsItFallsIn() {
        // a figure too wide for its cell is a value: split between the cells its digits fall in, as before,
        // for the checks on the row to flag, never dropped
        PageTable t = new LatticeReconstructor().reconstruct(cutNoteRunningOn("第一项加第二项之和，等1")).get(0);
        String row = String.join("|", t.rows().get(1).stream().map(GridCell::text).toList());
        assertTrue(row.contains("1"), row);
        assertTrue(row.contains("第一项加"), row);
    }

    @Test
    void doubtsACellWhereADigitFarLargerThanTheTablesStands() {
        // a pale 2020 laid over the page at 2.5 times the text: its 2 and 0 fall in the cell beside the cell's own 0
        PageLayout plain = page();
        List<Glyph> glyphs = new ArrayList<>(plain.glyphs());
        glyphs.addAll(Glyphs.word("2", 112, 158, 25));
        PageTable t = new LatticeReconstructor().reconstruct(new PageLayout(1, 595, 842, glyphs, plain.rulings())).get(0);
        List<GridCell> values = t.rows().get(2);
        assertEquals(CellNote.Kind.COVERED, values.get(1).notes().get(0).kind());
        assertTrue(values.get(0).notes().isEmpty());
        assertTrue(values.get(2).notes().isEmpty());
    }

    @Test
    void trustsCellsWhoseDigitsAreAllTheTablesSize() {
        PageTable t = new LatticeReconstructor().reconstruct(page()).get(0);
        assertTrue(t.rows().stream().flatMap(List::stream).allMatch(c -> c.notes().isEmpty()));
    }

    /** {@link #page()} with table 三's last cell of the figures' row replaced by {@code figure}, set at {@code x}, 9 pt. */
    private static PageLayout lastCellHolding(String figure, float x, String outside, float outsideX) {
        PageLayout p = page();
        List<Glyph> g = new ArrayList<>(p.glyphs().stream().filter(c -> !(c.text().equals("7") && c.lineY() == 155)).toList());
        g.addAll(Glyphs.word(figure, x, 155, 9));
        g.addAll(Glyphs.word(outside, outsideX, 155, 9));
        return new PageLayout(1, 595, 842, g, p.rulings());
    }

    @Test
    void aFigureTypedAsTextRunOnPastTheTablesRightRulingIsItsCells() {
        // Calc prints a text too wide for its cell over the empty cells beyond the table: １９９２９ inside, ４ past
        // the last ruling, touching (red team rti, calc-rti-text-figure-over-ruling-mixed.pdf: read 19929)
        PageLayout p = lastCellHolding("１９９２９", 152, "４", 197);
        PageTable t = new LatticeReconstructor().reconstruct(p).get(0);
        assertEquals("１９９２９４", t.rows().get(2).get(2).text());
        PageReconstructor.PageContent content = new PageReconstructor(s -> s.matches("[0-9０-９]+")).reconstruct(p);
        assertTrue(content.text().stream().noneMatch(l -> l.text().contains("４")), content.text().toString());
    }

    @Test
    void textBesideTheTableWithAGapStaysOutOfItsCells() {
        PageLayout p = lastCellHolding("１９９２９", 152, "４", 203);
        PageTable t = new LatticeReconstructor().reconstruct(p).get(0);
        assertEquals("１９９２９", t.rows().get(2).get(2).text());
        PageReconstructor.PageContent content = new PageReconstructor(s -> s.matches("[0-9０-９]+")).reconstruct(p);
        assertTrue(content.text().stream().anyMatch(l -> l.text().contains("４")), content.text().toString());
    }
}
