package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
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

    /** 200 dpi. */
    private static final float PPP = 72f / 200;

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

    /**
     * A 0 as Java2D draws it at the size a 200 dpi scan prints table figures (10.5 pt: 29 px), on white
     * paper; the engine's box for it stands tight on the glyph, as its boxes for a lone character do.
     */
    private static GrayPage zeroOnPaper() {
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 29));
        g.drawString("0", 300, 150);
        g.dispose();
        return GrayPage.of(img);
    }

    @Test
    void aLoneLetterOOffTheRuledCellsWhoseInkIsARingIsAZeroInDoubtOneInARuledCellIsLeftForItsInk() {
        GrayPage page = zeroOnPaper();
        boolean[] ink = page.ink(page.inkThreshold());
        int[] k = inkBounds(page, ink);
        // the engine's box: the glyph's ink, in points
        TextBox o = new TextBox("o", k[0] * PPP, k[1] * PPP, k[2] * PPP, k[3] * PPP, 0.7f, 0.9f, -1);
        TextBox seven = new TextBox("7", (k[0] - 60) * PPP, k[1] * PPP, (k[2] - 60) * PPP, k[3] * PPP, 0.7f, 0.9f, -1);
        List<RapidPageOcr.ReadAgain> zeros = RapidPageOcr.zerosReadAsO(List.of(o, seven), List.of(), ink, page.width,
                PPP);
        assertEquals(1, zeros.size(), "the 7 is no o");
        assertEquals("0", zeros.get(0).box().text());
        PageTable t = RapidPageOcr.doubtedAgain(row("2.其他法律行政法规禁止公开", "0"), List.of(new RapidPageOcr.ReadAgain(
                new TextBox("0", 465.8f, 99.4f, 475.2f, 110.5f, 0.7f, 0.9f, -1), "o", zeros.get(0).doubt())));
        Location.PageBox where = (Location.PageBox) t.rows().get(0).get(1).where();
        assertEquals(List.of("'o' on the page", "a 0 read as the letter o"),
                ((OcrRecheck.Differed) where.ocrRecheck()).readings(),
                "believed only where an identity it is part of holds");
        float mid = (o.x0() + o.x1()) / 2;
        List<Ruling> sides = List.of(new Ruling(mid - 20, 0, mid - 20, 72), new Ruling(mid + 20, 0, mid + 20, 72));
        assertEquals(List.of(), RapidPageOcr.zerosReadAsO(List.of(o), sides, ink, page.width, PPP),
                "in a ruled cell its ink decides");
    }

    /**
     * A borderless table's blank, halftoned (the real pixels of {@code halftoned-blank-cell.png}: a blank
     * cell of Chromium's 2019 print dithered o4x4, looked at in ink at 128), read as a lone o: its dots are
     * no ring, so it stays as read (unreadable, flagged), where before the session of 3 Dec 12:33 (ocr5) it
     * became a 0 in doubt that an identity would vouch for (blank counts as 0 in a sum).
     */
    @Test
    void aLoneLetterOOffTheRuledCellsWhoseInkIsNoRingStaysAsRead() throws IOException {
        GrayPage page;
        try (InputStream in = ReadAgainTest.class.getResourceAsStream("halftoned-blank-cell.png")) {
            page = GrayPage.of(ImageIO.read(in));
        }
        boolean[] ink = page.ink(128);
        // the box an engine would give a lone character in the middle of the 132 x 112 px cell at (12, 12)
        TextBox o = new TextBox("o", 60 * PPP, 50 * PPP, 90 * PPP, 80 * PPP, 0.7f, 0.9f, -1);
        assertEquals(List.of(), RapidPageOcr.zerosReadAsO(List.of(o), List.of(), ink, page.width, PPP));
    }

    /** The ink's extent on the page, pixels: {x0, y0, x1, y1}, ends exclusive. */
    private static int[] inkBounds(GrayPage page, boolean[] ink) {
        int[] k = {page.width, page.height, 0, 0};
        for (int i = 0; i < ink.length; i++) {
            if (ink[i]) {
                k[0] = Math.min(k[0], i % page.width);
                k[1] = Math.min(k[1], i / page.width);
                k[2] = Math.max(k[2], i % page.width + 1);
                k[3] = Math.max(k[3], i / page.width + 1);
            }
        }
        return k;
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
