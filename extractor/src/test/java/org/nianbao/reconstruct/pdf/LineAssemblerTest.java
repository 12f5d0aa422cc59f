package org.nianbao.reconstruct.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineAssemblerTest {

    private final LineAssembler lines = new LineAssembler();

    @Test
    void removesLayoutGapsBetweenChineseCharactersButKeepsThemBetweenNumbers() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("结果", 0, 20, 10));
        g.addAll(Glyphs.word("维持", 25, 20, 10));
        assertEquals("结果维持", lines.cellText(g));
        List<Glyph> n = new ArrayList<>(Glyphs.word("12", 0, 20, 10));
        n.addAll(Glyphs.word("7", 15, 20, 10));
        assertEquals("12 7", lines.cellText(n));
    }

    @Test
    void dropsGlyphsDrawnTwiceForFakeBold() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("总计", 0, 20, 10));
        g.addAll(Glyphs.word("总计", 0.3f, 20.2f, 10));
        assertEquals("总计", lines.cellText(g));
    }

    @Test
    void joinsTheLinesOfACellInReadingOrderWhateverTheDrawingOrder() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("制作数量", 0, 34, 10));
        g.addAll(Glyphs.word("本年新", 0, 20, 10));
        assertEquals("本年新\n制作数量", lines.cellText(g));
    }
}
