package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Location;
import org.nianbao.model.OcrRecheck;
import org.nianbao.reconstruct.GridCell;

/**
 * A cell of a ruled table that the engine read as a small circle ({@code 。}) or a lone letter o is a 0
 * in doubt only where the cell's one mark is a ring as tall as a digit, looked at with the ruling lines
 * at its sides taken out; anything else (a halftoned blank cell's dots) stays as read, unreadable.
 * Checked on real pixels: crops of straightened pages as {@link RapidPageOcr} sees them (grey, at the
 * page's own ink threshold), each cell at 12 px from the crop's left and top edges.
 */
class ZeroReadAsACircleTest {

    /** 200 dpi. */
    private static final float PPP = 72f / 200;
    /** Where each crop's cell starts (pixels from the crop's left and top edges). */
    private static final int AT = 12;

    /** A crop, its page's ink threshold, and the cell's box in the crop (points). */
    private record Crop(GrayPage gray, int threshold, Location.PageBox cell) {

        static Crop of(String name, int threshold, int cellWidth, int cellHeight) throws IOException {
            try (InputStream in = ZeroReadAsACircleTest.class.getResourceAsStream(name)) {
                GrayPage g = GrayPage.of(ImageIO.read(in));
                return new Crop(g, threshold, new Location.PageBox(1, AT * PPP, AT * PPP, (AT + cellWidth) * PPP,
                        (AT + cellHeight) * PPP));
            }
        }

        boolean[] ink() {
            return gray.ink(threshold);
        }
    }

    /**
     * Table 三's 其他 column of Chromium's 2021 print photographed by a phone (keystone, light falling off,
     * JPEG q45: {@code tools/ocr-fixtures/make-county-scans.sh} #3, page 2, row 5.属于四类过程性信息): a 0 set
     * flush left 1 pt from the border, which the engine read {@code 。}; the page's threshold is 157.
     */
    private static Crop flushLeftZero() throws IOException {
        return Crop.of("zero-flush-left-phone-photo.png", 157, 49, 114);
    }

    @Test
    void aZeroTheBlurJoinedToTheBorderBesideItIsARingOnceTheBorderIsTakenOut() throws IOException {
        Crop c = flushLeftZero();
        assertFalse(CellInk.toSides(c.cell(), c.ink(), c.gray().width, PPP).loneRing(),
                "with the border: one blob running the cell's height, taken for the border (session ocr3's miss)");
        assertTrue(CellInk.withoutSideLines(c.cell(), c.ink(), c.gray().width, PPP).loneRing());
    }

    @Test
    void aRingReadAsACircleOrTheLetterOIsAZeroInDoubtNamingWhatTheEngineRead() throws IOException {
        Crop c = flushLeftZero();
        for (String read : List.of("。", "o")) {
            GridCell cell = RapidPageOcr.ringRead(GridCell.of(read, c.cell()), c.cell(), c.cell().readByOcr(0.9f),
                    c.ink(), c.gray().width, PPP);
            assertEquals("0", cell.text(), read);
            Location.PageBox where = (Location.PageBox) cell.where();
            assertTrue(where.ocrRecheck() instanceof OcrRecheck.Differed, "believed only where an identity holds");
            assertEquals(List.of("'" + read + "' on the page", read.equals("o") ? "a 0 read as the letter o"
                    : "a 0 read as a small circle"), ((OcrRecheck.Differed) where.ocrRecheck()).readings());
        }
    }

    /**
     * A blank cell of table 三 (社会公益组织 of 3.本年度办理结果/（一）予以公开) of Chromium's 2019 print with blank
     * cells, scanned in a halftone mode (grey paper, ImageMagick's ordered dither o4x4, bi-level:
     * {@code tools/ocr-fixtures/make-phone-photos.sh} #3, page 2), as the straightened page holds it: a dot
     * every 4 px. Looked at in ink at 128 (the page's own Otsu threshold on its straightened bi-level pixels
     * is 0, which leaves only the dots' cores), so every dot is there whole.
     */
    private static Crop halftonedBlank() throws IOException {
        return Crop.of("halftoned-blank-cell.png", 128, 132, 112);
    }

    @Test
    void aHalftonedBlankCellReadAsTheLetterOOrACircleStaysAsReadNoZero() throws IOException {
        // the engine read none of 16 such cells of the page, nor 96 cells dithered by ImageMagick, as a lone o
        // (it read nothing, '.', '...', '+' or runs of 0s and signs): the reading is given here, the pixels are real
        Crop c = halftonedBlank();
        assertFalse(CellInk.withoutSideLines(c.cell(), c.ink(), c.gray().width, PPP).loneRing());
        for (String read : List.of("o", "O", "。")) {
            Location at = c.cell().readByOcr(0.95f);
            GridCell cell = RapidPageOcr.ringRead(GridCell.of(read, c.cell()), c.cell(), at, c.ink(), c.gray().width,
                    PPP);
            assertEquals(read, cell.text(), "left as read: not a number, flagged unreadable; a blank taken for a 0"
                    + " would pass every identity");
            assertEquals(at, cell.where());
        }
    }
}
