package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/**
 * A halftoned scan's dots become the grey they stood for, and its print stays dark; a scan that is
 * no halftone is left as it is. Real pixels: {@code halftoned-row-150dpi.png} is 320 × 160 px of page 2
 * of LibreOffice's print of seed 3131's 0008-2019 scanned at 150 dpi in a halftone mode (ImageMagick's
 * ordered dither o3x3 over grey paper, bi-level: {@code tools/ocr-fixtures/make-phone-photos.sh} #4),
 * as the PDF's image holds it: table 三's row 4.保护第三方合法权益 with its 32 and 7, a cell border at
 * x = 129 px and the row's top border at y = 46 px; the cell below the 32 is blank.
 */
class HalftoneTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"), "ocr");
    /** 150 dpi. */
    private static final float PPP = 72f / 150;

    private static GrayPage image(String name) throws IOException {
        try (InputStream in = HalftoneTest.class.getResourceAsStream(name)) {
            return GrayPage.of(ImageIO.read(in));
        }
    }

    /** The lightest and darkest grey of the page in the rectangle (pixels, ends exclusive): {min, max}. */
    private static int[] range(GrayPage page, int x0, int y0, int x1, int y1) {
        int min = 255;
        int max = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                min = Math.min(min, page.at(x, y));
                max = Math.max(max, page.at(x, y));
            }
        }
        return new int[] {min, max};
    }

    @Test
    void aHalftonedBlankIsGreyPaperOnceDescreenedAndItsFiguresStayInk() throws IOException {
        GrayPage scan = image("halftoned-row-150dpi.png");
        assertTrue(range(scan, 150, 90, 210, 150)[0] == 0, "the blank's dots are black before");
        GrayPage even = Halftone.descreened(scan, PPP);
        assertNotSame(scan, even);
        int threshold = even.inkThreshold();
        int[] blank = range(even, 150, 90, 210, 150);
        assertTrue(blank[0] > threshold, "no ink in the blank: " + blank[0] + " against " + threshold);
        assertTrue(blank[1] - blank[0] <= 12, "the blank's grey is even: " + blank[0] + "–" + blank[1]);
        assertTrue(range(even, 135, 48, 180, 72)[0] <= threshold, "the 32 is ink");
        assertTrue(range(even, 127, 90, 132, 150)[0] <= threshold, "the cell's border is ink");
    }

    /**
     * A page whose paper dithered to white: only its print's grey edges became dots, touching the strokes,
     * so there are no specks to count. Real pixels: {@code dithered-print-150dpi.png} is 480 × 240 px of
     * page 1 of {@code tools/ocr-fixtures/make-borderless-scans.sh}'s halftone scan (Chromium's print of
     * seed 3131's 0001-2021 without table borders, 150 dpi grey, grey paper, ordered dither o3x3, bi-level)
     * as the PDF's image holds it, its 第二十条第（一）项 heading at the top: the lower stroke of 二 runs
     * along y = 73 px from x = 44 to 66, broken by the dither every third pixel.
     */
    @Test
    void printDitheredAtItsEdgesIsDescreenedAtTheDithersPeriodAndItsStrokesJoin() throws IOException {
        GrayPage scan = image("dithered-print-150dpi.png");
        assertTrue(Halftone.specks(scan, PPP) < 100, "few specks: the dots touch the strokes");
        assertEquals(OptionalInt.of(3), Halftone.inkPeriod(scan));
        assertTrue(IntStream.range(44, 61).anyMatch(x -> scan.at(x, 73) >= 128), "the stroke is broken before");
        GrayPage even = Halftone.descreened(scan, PPP);
        assertNotSame(scan, even);
        int threshold = even.inkThreshold();
        assertTrue(IntStream.range(44, 61).allMatch(x -> even.at(x, 73) <= threshold), "the stroke is whole after");
    }

    /** The same measure finds no period in solid print: the share of ink finding ink only falls with the lag. */
    @Test
    void solidPrintHasNoInkPeriod() throws IOException {
        assertEquals(OptionalInt.empty(), Halftone.inkPeriod(image("zero-flush-left-phone-photo.png")));
        ImageReader reader = ImageIO.getImageReadersBySuffix("tif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(
                FIXTURES.resolve("bordered-2019.scan-150-bilevel.tif").toFile())) {
            reader.setInput(in);
            assertEquals(OptionalInt.empty(), Halftone.inkPeriod(GrayPage.of(reader.read(0))));
        } finally {
            reader.dispose();
        }
    }

    /**
     * The bi-level fixture scans, every frame as the image reader reads it: a 150 dpi scan thresholded at
     * 80 % (9 and 14 specks a page) and a 100 dpi fax (969 and 861, its broken strokes' pieces), where a
     * halftone has one for every 9 pt² (157,000 to 476,000 a page at 200 dpi). Every PDF fixture scan and
     * the phone photos were measured alike (at most 1,903 a page: the dark photocopy's).
     */
    @Test
    void aBiLevelScanAndAFaxAreNoHalftone() throws IOException {
        for (String[] scan : List.of(new String[] {"bordered-2019.scan-150-bilevel.tif", "150"},
                new String[] {"bordered-2019.fax-100.tif", "100"})) {
            ImageReader reader = ImageIO.getImageReadersBySuffix("tif").next();
            try (ImageInputStream in = ImageIO.createImageInputStream(FIXTURES.resolve(scan[0]).toFile())) {
                reader.setInput(in);
                for (int i = 0; i < reader.getNumImages(true); i++) {
                    GrayPage page = GrayPage.of(reader.read(i));
                    assertSame(page, Halftone.descreened(page, 72f / Float.parseFloat(scan[1])), scan[0] + " " + i);
                }
            } finally {
                reader.dispose();
            }
        }
    }

    @Test
    void aPhotographedCellIsNoHalftone() throws IOException {
        // zero-flush-left-phone-photo.png: a phone photo's JPEG noise (ZeroReadAsACircleTest), grey, no dots
        GrayPage photo = image("zero-flush-left-phone-photo.png");
        assertSame(photo, Halftone.descreened(photo, 72f / 200));
    }
}
