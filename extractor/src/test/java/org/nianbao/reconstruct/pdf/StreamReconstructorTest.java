package org.nianbao.reconstruct.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;

class StreamReconstructorTest {

    private final StreamReconstructor stream = new StreamReconstructor(new ValueParser()::isValue);

    private List<List<String>> rows(List<Glyph> glyphs) {
        List<PageTable> t = stream.reconstruct(new PageLayout(1, 595, 842, glyphs, List.of()));
        assertEquals(Positions.FLATTENED, t.get(0).positions());
        return t.get(0).rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
    }

    @Test
    void splitsRowsByBaselineAndCellsByGaps() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("规章", 50, 100, 10));
        g.addAll(Glyphs.word("3", 150, 100, 10));
        g.addAll(Glyphs.word("41", 200, 100, 10));
        g.addAll(Glyphs.word("行政许可", 50, 130, 10));
        g.addAll(Glyphs.word("382", 150, 130, 10));
        assertEquals(List.of(List.of("规章", "3", "41"), List.of("行政许可", "382")), rows(g));
    }

    @Test
    void neverGluesALabelToAValueStandingCloseToIt() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("2.重复申请", 50, 100, 10));
        g.addAll(Glyphs.word("27", 50 + 50 + 4, 100, 10)); // the label ends at 100: a gap of 4 points
        g.addAll(Glyphs.word("5", 130, 100, 10));
        assertEquals(List.of(List.of("2.重复申请", "27", "5")), rows(g));
    }

    @Test
    void joinsALabelThatGoesOnAfterTheLineWithItsValues() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("（二）部分公开（区分处理的，", 50, 100, 10));
        g.addAll(Glyphs.word("17", 250, 100, 10));
        g.addAll(Glyphs.word("不计其他情形）", 50, 113, 10));
        g.addAll(Glyphs.word("（三）不予公开", 50, 140, 10));
        g.addAll(Glyphs.word("22", 250, 140, 10));
        assertEquals(List.of(List.of("（二）部分公开（区分处理的，\n不计其他情形）", "17"), List.of("（三）不予公开", "22")),
                rows(g));
    }

    @Test
    void keepsALineWithoutValuesApartWhenNothingShowsItContinuesTheRowAbove() {
        List<Glyph> g = new ArrayList<>(Glyphs.word("规章", 50, 100, 10));
        g.addAll(Glyphs.word("3", 150, 100, 10));
        g.addAll(Glyphs.word("规范性文件", 50, 113, 10));
        assertEquals(List.of(List.of("规章", "3"), List.of("规范性文件")), rows(g));
    }
}
