package org.nianbao.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.GeneralPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link FontDigits} judges a font's digit glyphs together by their shapes: an honest map is
 * believed, a map that swaps or shifts digits is caught, and where the shapes prove it the digits
 * drawn are known.
 */
class FontDigitsTest {

    private static final DigitShapes SHAPES = DigitShapes.shipped();
    private static final Path REDTEAM = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"))
            .resolveSibling("corpus/redteam");

    @Test
    void provesTheSwapOfDigitsWithTheSameCountersInANamelessCidTrueTypeSubset() throws IOException {
        // red team 13a: WenQuanYi Zen Hei subset by PDFBox, ToUnicode swaps 3<->5 and 6<->9; the glyph
        // of 3 has code 0x34, 5 0x36, 6 0x37, 9 0x3A (code = digit + 0x31)
        try (PDDocument doc = Loader.loadPDF(REDTEAM.resolve("tounicode-same-counters-2019.pdf").toFile())) {
            PDFont font = doc.getPage(0).getResources().getFont(org.apache.pdfbox.cos.COSName.getPDFName("F1"));
            FontDigits.Verdict v = FontDigits.judge(font, SHAPES);
            assertTrue(v.proved(), v.why());
            assertEquals(Map.of(0x34, 3, 0x36, 5, 0x37, 6, 0x3A, 9), v.drawn());
        }
    }

    @Test
    void believesTheHonestMapOfTheSameFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(REDTEAM.resolveSibling("src/test/resources/corpus/pdf/0011-2019.pdf")
                .toFile())) {
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertEquals(FontDigits.Verdict.BELIEVED, FontDigits.judge(font, SHAPES), font.getName());
            }
        }
    }

    /**
     * The fonts the references were not made from (URW base 35 in every style, WenQuanYi Zen Hei),
     * where installed: every honest map is believed, whole or cut to any three digits; every swap of
     * two digits and every shift by one is caught.
     */
    @Test
    void heldOutFontsHonestMapsBelievedEverySwapAndShiftCaught() throws IOException {
        List<TrueTypeFont> fonts = new ArrayList<>();
        File[] urw = new File("/usr/share/fonts/opentype/urw-base35").listFiles((d, n) -> n.endsWith(".otf")
                && !n.startsWith("D050000L") && !n.startsWith("StandardSymbols"));
        if (urw != null) {
            for (File f : urw) {
                fonts.add(new OTFParser().parse(new RandomAccessReadBufferedFile(f)));
            }
        }
        File wqy = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        if (wqy.exists()) {
            new TrueTypeCollection(wqy).processAllFonts(fonts::add);
        }
        Assumptions.assumeTrue(fonts.size() > 0, "no held-out fonts installed");
        int swaps = 0;
        int proved = 0;
        for (TrueTypeFont font : fonts) {
            double[][] scores = new double[10][];
            for (int d = 0; d < 10; d++) {
                GeneralPath path = font.getPath("uni003" + d);
                scores[d] = SHAPES.scores(path);
            }
            String name = font.getName();
            assertEquals(FontDigits.Verdict.BELIEVED, FontDigits.judge(name, glyphs(scores, identity())), name);
            for (int a = 0; a < 10; a++) {
                for (int b = a + 1; b < 10; b++) {
                    int[] claims = identity();
                    claims[a] = b;
                    claims[b] = a;
                    FontDigits.Verdict v = FontDigits.judge(name, glyphs(scores, claims));
                    assertEquals(Map.of(a, a, b, b), v.drawn(), name + " " + a + "<->" + b);
                    swaps++;
                    proved += v.proved() ? 1 : 0;
                    // three digits of the font, honest: believed
                    List<Integer> kept = List.of(a, b, (b + 1) % 10 == a ? (b + 2) % 10 : (b + 1) % 10);
                    List<FontDigits.Glyph> three = glyphs(scores, identity()).stream()
                            .filter(g -> kept.contains(g.code())).toList();
                    assertEquals(FontDigits.Verdict.BELIEVED, FontDigits.judge(name, three), name + " " + kept);
                }
            }
            int[] shifted = new int[10];
            for (int d = 0; d < 10; d++) {
                shifted[d] = (d + 1) % 10;
            }
            assertEquals(10, FontDigits.judge(name, glyphs(scores, shifted)).drawn().size(), name + " shifted");
        }
        System.out.printf("FontDigitsTest: %d held-out fonts, %d swaps caught, %d proved%n", fonts.size(), swaps, proved);
    }

    private static int[] identity() {
        int[] claims = new int[10];
        for (int d = 0; d < 10; d++) {
            claims[d] = d;
        }
        return claims;
    }

    /** The glyph of digit d (code d) given digit {@code claims[d]}. */
    private static List<FontDigits.Glyph> glyphs(double[][] scores, int[] claims) {
        List<FontDigits.Glyph> out = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            out.add(new FontDigits.Glyph(d, claims[d], false, scores[d]));
        }
        return out;
    }
}
