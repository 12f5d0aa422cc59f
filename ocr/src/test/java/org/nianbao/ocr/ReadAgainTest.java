package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.pdf.PageTable;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A borderless row's box read again from its ink: where the page read a sign there ({@code #}), the
 * cell names both readings, so the value is believed only where an identity holds; where the page
 * read nothing, the ink's reading is the only one.
 */
class ReadAgainTest {

    private static PageTable row(String label, String value) {
        GridCell l = GridCell.of(label, new Location.PageBox(2, 2, 178.6f, 99.0f, 300f, 111.2f, 0.7f));
        GridCell v = GridCell.of(value, new Location.PageBox(2, 2, 465.8f, 99.4f, 475.2f, 110.5f, 0.9f));
        return new PageTable(2, List.of(List.of(l, v)), Positions.FLATTENED, 99f, 111f, List.of(), false, false);
    }

    private static TextBox seven() {
        return new TextBox("7", 465.8f, 99.4f, 475.2f, 110.5f, 0.7f, 0.9f, -1);
    }

    @Test
    void aSignThePageReadWhereTheInkReadsANumberLeavesBothReadingsOnTheCell() {
        PageTable t = RapidPageOcr.doubtedAgain(row("2.其他法律行政法规禁止公开", "7"),
                List.of(new RapidPageOcr.ReadAgain(seven(), "#")));
        Location.PageBox where = (Location.PageBox) t.rows().get(0).get(1).where();
        assertTrue(where.ocrRecheck() instanceof OcrRecheck.Differed, where.toString());
        assertEquals(List.of("'#' on the page", "'7' in its ink read 3 times over"),
                ((OcrRecheck.Differed) where.ocrRecheck()).readings());
        assertEquals(OcrRecheck.NONE, ((Location.PageBox) t.rows().get(0).get(0).where()).ocrRecheck());
    }

    @Test
    void aBoxThePageReadNothingInKeepsTheInksReadingAlone() {
        PageTable before = row("2.没有现成信息需要另行制作", "7");
        assertEquals(before, RapidPageOcr.doubtedAgain(before, List.of(new RapidPageOcr.ReadAgain(seven(), ""))));
    }

    @Test
    void aLoneLetterOOffTheRuledCellsIsAZeroInDoubtOneInARuledCellIsLeftForItsInk() {
        TextBox o = new TextBox("o", 465.8f, 99.4f, 475.2f, 110.5f, 0.7f, 0.9f, -1);
        List<RapidPageOcr.ReadAgain> zeros = RapidPageOcr.zerosReadAsO(List.of(o, seven()), List.of());
        assertEquals(1, zeros.size(), "the 7 is no o");
        assertEquals("0", zeros.get(0).box().text());
        PageTable t = RapidPageOcr.doubtedAgain(row("2.其他法律行政法规禁止公开", "0"), zeros);
        Location.PageBox where = (Location.PageBox) t.rows().get(0).get(1).where();
        assertEquals(List.of("'o' on the page", "a 0 read as the letter o, its ring not looked for (no cell's borders"
                + " around it)"), ((OcrRecheck.Differed) where.ocrRecheck()).readings(),
                "believed only where an identity it is part of holds");
        List<Ruling> sides = List.of(new Ruling(460, 90, 460, 120), new Ruling(480, 90, 480, 120));
        assertEquals(List.of(), RapidPageOcr.zerosReadAsO(List.of(o), sides), "in a ruled cell its ink decides");
    }

    @Test
    void aFewSignsInANumbersPlaceAreReadAgainButNotTheMarksForNoneOrText() {
        assertTrue(UnreadBoxes.misread("#"));
        assertTrue(UnreadBoxes.misread("$"));
        for (String s : List.of("-", "/", "—", "一", "7", "#7", "规章", "(", "abcd")) {
            assertEquals(false, UnreadBoxes.misread(s), s);
        }
    }
}
