package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A colour scan in grey: the red of a seal and the blue of a pen dropped, print kept. */
class GrayPageTest {

    @Test
    void aRedSealAndABlueBallpointBecomePaperWhilePrintUnderThemStaysDark() {
        BufferedImage rgb = new BufferedImage(8, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xD7232D); // the seal's red
        rgb.setRGB(1, 0, 0x000000); // print under it
        rgb.setRGB(2, 0, 0x1E32A0); // blue ballpoint
        rgb.setRGB(3, 0, 0x7679A2); // its edge, smeared by JPEG
        rgb.setRGB(4, 0, 0xF4F2EE); // paper
        rgb.setRGB(5, 0, 0x140A3C); // print beside the seal, tinged blue by JPEG
        rgb.setRGB(6, 0, 0x202020); // print
        rgb.setRGB(7, 0, 0x303030); // print
        GrayPage gray = GrayPage.of(rgb);
        assertEquals(255, gray.at(0, 0));
        assertEquals(0, gray.at(1, 0));
        assertEquals(255, gray.at(2, 0), "blue pen");
        assertEquals(255, gray.at(3, 0), "blue pen's edge");
        assertTrue(gray.at(4, 0) > 235, "paper: " + gray.at(4, 0));
        assertTrue(gray.at(5, 0) < 40, "print tinged blue: " + gray.at(5, 0));
    }

    @Test
    void theColouredInkDroppedIsKeptAsTheMarksAndTurnsAndCropsWithThePage() {
        BufferedImage rgb = new BufferedImage(6, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 6; x++) {
            rgb.setRGB(x, 0, 0x202020); // print: most of the ink
            rgb.setRGB(x, 1, 0xFFFFFF);
        }
        rgb.setRGB(1, 1, 0x1F3FAE); // a blue ballpoint
        rgb.setRGB(4, 1, 0xC81E1E); // a red pen
        GrayPage gray = GrayPage.of(rgb);
        assertEquals(255, gray.at(1, 1), "the pen is off the page");
        assertTrue(gray.marks.at(1, 1) < 100 && gray.marks.at(4, 1) < 100, "and in its marks");
        assertEquals(255, gray.marks.at(1, 0), "print is no mark");
        GrayPage turned = gray.turnedClockwise(1);
        assertEquals(gray.marks.at(1, 1), turned.marks.at(0, 1));
        assertEquals(gray.marks.at(4, 1), gray.crop(3, 0, 6, 2).marks.at(1, 1));
        GrayPage grey = GrayPage.of(new BufferedImage(6, 2, BufferedImage.TYPE_BYTE_GRAY));
        assertNull(grey.marks, "a grey scan has no coloured marks");
    }

    @Test
    void aReportPrintedInBlueKeepsItsPrint() {
        BufferedImage rgb = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0x1E32A0); // blue print
        rgb.setRGB(1, 0, 0x1E32A0);
        rgb.setRGB(2, 0, 0x000000); // a black rule
        rgb.setRGB(3, 0, 0xFFFFFF);
        GrayPage gray = GrayPage.of(rgb);
        assertTrue(gray.at(0, 0) < 120, "most of the ink is blue: it is the print, " + gray.at(0, 0));
    }

    @Test
    void aReportPrintedInRedKeepsItsPrint() {
        BufferedImage rgb = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, 0xD7232D); // red print
        rgb.setRGB(1, 0, 0xD7232D);
        rgb.setRGB(2, 0, 0x000000); // a black rule
        rgb.setRGB(3, 0, 0xFFFFFF);
        GrayPage gray = GrayPage.of(rgb);
        assertTrue(gray.at(0, 0) < 120, "most of the ink is red: it is the print, " + gray.at(0, 0));
    }

    @Test
    void aRulingLineCrossedByAPenStrokeIsJoinedAgainUnderIt() {
        BufferedImage rgb = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                boolean line = y == 10 || y == 11 || y < 4; // a ruling line, and print above it: most of the ink
                boolean pen = x >= 18 && x < 24;
                rgb.setRGB(x, y, pen ? 0x1E32A0 : line ? 0x202020 : 0xFFFFFF);
            }
        }
        GrayPage gray = GrayPage.of(rgb);
        for (int x = 18; x < 24; x++) {
            assertTrue(gray.at(x, 10) < 60 && gray.at(x, 11) < 60, "the line under the pen at " + x);
            assertEquals(255, gray.at(x, 5), "the pen elsewhere at " + x);
        }
    }
    @Test
    void aCropBlankedBesideItsInkKeepsOnlyTheColumnsBetween() {
        BufferedImage rgb = new BufferedImage(6, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 6; x++) {
            rgb.setRGB(x, 0, 0x000000);
            rgb.setRGB(x, 1, 0x000000);
        }
        GrayPage blanked = GrayPage.of(rgb).blankedBeside(2, 4);
        for (int x = 0; x < 6; x++) {
            assertEquals(x >= 2 && x < 4 ? 0 : 255, blanked.at(x, 1), "column " + x);
        }
    }
}
