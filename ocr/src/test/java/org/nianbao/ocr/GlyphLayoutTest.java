package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.reconstruct.pdf.Glyph;

/** How the characters of a box the engine read are laid out as glyphs for the reconstructors. */
class GlyphLayoutTest {

    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    @Test
    void findsANumberEndingALabelButNotANumberAloneOrTwoNumbersInOneBox() {
        assertEquals(7, RapidPageOcr.trailingNumber(cps("不计其他情形）17")));
        assertEquals(6, RapidPageOcr.trailingNumber(cps("（七）总计 1444")));
        assertEquals(2, RapidPageOcr.trailingNumber(cps("合计-3")));
        assertEquals(-1, RapidPageOcr.trailingNumber(cps("1444")));
        assertEquals(-1, RapidPageOcr.trailingNumber(cps("+1355")));
        assertEquals(-1, RapidPageOcr.trailingNumber(cps("12 34")));
        assertEquals(-1, RapidPageOcr.trailingNumber(cps("1.属于国家秘密")));
        assertEquals(-1, RapidPageOcr.trailingNumber(cps("130(增)")));
    }

    @Test
    void aNumberReadInOneBoxWithItsLabelIsSetApartFromIt() {
        // "情形）17" over 100 pt: 3 full-width characters, 2 half-width, half a character between
        List<Glyph> g = RapidPageOcr.glyphs(List.of(new TextBox("情形）17", 0, 0, 100, 20, 0.9f, 0.9f, -1)));
        assertEquals(5, g.size());
        float unit = 100f / 4.5f;
        assertEquals(3 * unit, g.get(2).x1(), 0.01);
        float gap = g.get(3).x0() - g.get(2).x1();
        assertEquals(0.5f * unit, gap, 0.01);
        assertTrue(gap > 0.25f * g.get(3).size(), "wider than the gap that separates a label and a value: " + gap);
        assertEquals(100f, g.get(4).x1(), 0.01);
    }

    @Test
    void otherBoxesAreSpreadEvenly() {
        List<Glyph> g = RapidPageOcr.glyphs(List.of(new TextBox("1.属于", 0, 0, 40, 20, 0.9f, 0.9f, -1)));
        for (int i = 0; i < 4; i++) {
            assertEquals(10f * i, g.get(i).x0(), 0.01);
        }
    }

    @Test
    void aBoxKeepsWhatTheEngineReadALoneLetterOToo() {
        // a lone o may be a 0 or a halftoned blank's dots: the cell's ink decides later (RapidPageOcr.ringRead)
        assertEquals("o", TextBox.parse("0.9\t0.8\t-1\t0,0,10,0,10,20,0,20\to").text());
        assertEquals("O", TextBox.parse("0.9\t0.8\t-1\t0,0,10,0,10,20,0,20\t O ").text());
        assertEquals("No", TextBox.parse("0.9\t0.8\t-1\t0,0,10,0,10,20,0,20\tNo").text());
    }
}
