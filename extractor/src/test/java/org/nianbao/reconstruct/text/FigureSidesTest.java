package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Catalog;

class FigureSidesTest {

    private static final FigureSides SIDES = new FigureSides(new ValueParser()::isValue,
            new FormRowBook(Catalog.standard()));

    /** The lines in the order the reading puts them. */
    private static List<String> ordered(List<String> lines) {
        return Arrays.stream(SIDES.read(lines).order()).mapToObj(lines::get).toList();
    }

    @Test
    void figuresPrintedBeforeTheirLabelsGoWithThoseLabelsWhereOnlyThatSideGivesEveryFigureARow() {
        // a LibreOffice PDF's words one a line (red team 17b): each figure set higher than its label
        List<String> lines = List.of("第二十条第（六）项", "信息内容", "本年处理", "决定数量", "0", "行政处罚", "284,545", "行政强制",
                "第二十条第（八）项");
        assertEquals(List.of("第二十条第（六）项", "信息内容", "本年处理", "决定数量", "行政处罚", "0", "行政强制", "284,545",
                "第二十条第（八）项"), ordered(lines));
        assertTrue(SIDES.read(lines).doubts().isEmpty());
    }

    @Test
    void figuresPrintedAfterTheirLabelsStayAsPrinted() {
        List<String> lines = List.of("决定数量", "行政处罚", "456", "行政强制", "2", "第二十条第（八）项");
        assertEquals(lines, ordered(lines));
        assertTrue(SIDES.read(lines).doubts().isEmpty());
    }

    @Test
    void aRunEitherSideReadsWholeTakesTheSideTheTablesOtherRunsProve() {
        // 行政处罚's cell printed nothing: its run reads whole either way, 行政许可's proves the figures stand first
        List<String> lines = List.of("决定数量", "0", "行政许可", "第二十条第（六）项", "信息内容", "决定数量", "行政处罚", "284,545",
                "行政强制", "第二十条第（八）项");
        assertEquals(List.of("决定数量", "行政许可", "0", "第二十条第（六）项", "信息内容", "决定数量", "行政处罚", "行政强制",
                "284,545", "第二十条第（八）项"), ordered(lines));
        assertTrue(SIDES.read(lines).doubts().isEmpty());
    }

    @Test
    void aRunEitherSideReadsWholeIsFlaggedWhenNoOtherRunProvesASide() {
        List<String> lines = List.of("决定数量", "行政处罚", "284,545", "行政强制", "第二十条第（八）项");
        FigureSides.Reading reading = SIDES.read(lines);
        assertEquals(lines, ordered(lines));
        assertEquals(List.of(2), List.copyOf(reading.doubts().keySet()));
        assertTrue(reading.doubts().get(2).contains("行政处罚 or 行政强制"), reading.doubts().get(2));
    }

    @Test
    void runsProvingOppositeSidesLeaveARunEitherSideReadsFlagged() {
        // 行政事业性收费 printed before its figure (its header wrapped lower), 行政许可 after its own
        List<String> lines = List.of("决定数量", "0", "行政许可", "第二十条第（六）项", "决定数量", "行政处罚", "5", "行政强制",
                "第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费", "15702.5", "万元");
        FigureSides.Reading reading = SIDES.read(lines);
        assertEquals(List.of(6), List.copyOf(reading.doubts().keySet()));
        assertEquals(List.of("决定数量", "行政许可", "0"), ordered(lines).subList(0, 3));
        assertEquals(List.of("行政事业性收费", "15702.5", "万元"), ordered(lines).subList(10, 13));
    }

    @Test
    void cellsPartedByBlankLinesAndRowsOfSeveralFiguresAreLeftAlone() {
        // lynx parts cells with blank lines (a 2019 row's figures one alone before the next label); a 2019
        // row prints three figures together
        List<String> lynx = List.of("数量", "行政处罚", "", "0", "", "4(减）", "", "0", "行政强制", "", "297");
        assertEquals(lynx, ordered(lynx));
        assertTrue(SIDES.read(lynx).doubts().isEmpty());
        List<String> threeFigures = List.of("处理决定数量", "297", "0", "200,445", "行政强制", "第二十条第（八）项");
        assertEquals(threeFigures, ordered(threeFigures));
        assertTrue(SIDES.read(threeFigures).doubts().isEmpty());
    }
}
