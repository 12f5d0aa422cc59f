package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.junit.jupiter.api.Test;

/**
 * The witnesses {@link DrawnDigits} asks whether a glyph is the digit its Unicode claims: the
 * counters of its filled outline, and glyph names.
 */
class DrawnDigitsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));

    @Test
    void countsTheEnclosedCountersOfEachDigitOfAnEmbeddedSubset() throws IOException {
        // LibreOffice's subset of DejaVu Serif in the fixture: no glyph names, no Unicode cmap, only outlines
        int[] expected = {1, 0, 0, 0, 1, 0, 1, 0, 2, 1};
        try (PDDocument doc = Loader.loadPDF(FIXTURES.resolve("pdf/bordered-2019.pdf").toFile())) {
            PDPage page = doc.getPage(0);
            PDTrueTypeFont font = null;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                if (f.getName().endsWith("+DejaVuSerif")) {
                    font = (PDTrueTypeFont) f;
                }
            }
            int found = 0;
            for (int code = 0; code < 256; code++) {
                String u = font.toUnicode(code);
                if (u != null && u.matches("[0-9]")) {
                    assertEquals(expected[u.charAt(0) - '0'], DrawnDigits.counters(font.getPath(code)), "digit " + u);
                    assertEquals("", new DrawnDigits().contradiction(font, code, u), "digit " + u);
                    found++;
                }
            }
            assertEquals(10, found);
        }
    }

    @Test
    void readsDigitGlyphNamesWithTheirSuffixes() {
        assertEquals(3, DrawnDigits.digitNamed("three"));
        assertEquals(8, DrawnDigits.digitNamed("eight.lf"));
        assertEquals(0, DrawnDigits.digitNamed("uni0030"));
        assertEquals(-1, DrawnDigits.digitNamed("threesuperior"));
        assertEquals(-1, DrawnDigits.digitNamed("g12"));
        assertEquals(-1, DrawnDigits.digitNamed(null));
    }
}
