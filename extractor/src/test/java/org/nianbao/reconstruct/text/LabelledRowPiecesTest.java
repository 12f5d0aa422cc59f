package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledRowPiecesTest {

    private static final String ACTIVE = "二、主动公开政府信息情况";
    private static final String REQUESTS = "三、收到和处理政府信息公开申请情况";
    private static final String APPEALS = "四、政府信息公开行政复议、行政诉讼情况";

    /**
     * Seed 3131's {@code 0010-2021} copied by Chromium ({@code innerText}) with its blank lines dropped: 行政处罚's
     * figure in a paragraph after the tab, 行政强制's label in one before it.
     */
    @Test
    void joinsTableTwoFiguresToTheRowTheirTabTiesThemTo() {
        List<String> lines = List.of(ACTIVE, "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t", "5", "行政强制",
                "\t12", "第二十条第（七）项", "信息内容\t本年处理决定数量", "行政许可\t", "3", REQUESTS);
        assertTrue(BlankLinesDropped.in(lines));
        List<String> joined = LabelledRowPieces.of(lines, true, false);
        assertEquals("行政处罚\t5", joined.get(3));
        assertEquals("行政强制\t12", joined.get(5));
        assertEquals("行政许可\t3", joined.get(9));
        assertEquals(lines.size(), joined.size(), "line numbers stay");
    }

    /**
     * Red team rtv's {@code chromium-innertext-empty-lines-deleted-penalty-coercion-mixed}: only the empty lines
     * deleted ({@code sed '/^$/d'}), the lone-tab lines kept; 行政处罚's 6 was read for 行政强制.
     */
    @Test
    void joinsTableTwoAndThreePiecesWhereOnlyTheEmptyLinesWereDeleted() {
        List<String> lines = List.of(ACTIVE, "第二十条第（六）项", "信息内容\t", "本年处理决定数量", "行政处罚\t", "6", "行政强制",
                "\t0", REQUESTS, "一、本年新收政府信息公开申请数量\t123\t99\t2\t2\t\t", "0", "\t", "226",
                "二、上年结转政府信息公开申请数量", "\t\t0\t", "0", "\t\t", "\t0\t", APPEALS);
        assertTrue(BlankLinesDropped.emptyOnesIn(lines));
        List<String> joined = LabelledRowPieces.of(lines, BlankLinesDropped.in(lines), true);
        assertEquals("行政处罚\t6", joined.get(4));
        assertEquals("行政强制\t0", joined.get(6));
        assertEquals("一、本年新收政府信息公开申请数量\t123\t99\t2\t2\t\t0\t226", joined.get(9));
        assertEquals("二、上年结转政府信息公开申请数量\t\t0\t0\t\t\t0\t", joined.get(13));
    }

    /** Seed 3131's {@code 0010-2021}, 一、本年新收: {@code 0} / {@code \t} / {@code 62}, the lone tab dropped. */
    @Test
    void writesBackOneTabWhereTableThreePiecesMeetWithNoneWhenTheRowThenHoldsItsSevenCells() {
        List<String> lines = List.of(ACTIVE, "行政许可\t", "3", REQUESTS, "一、本年新收政府信息公开申请数量\t15\t", "47",
                "\t0\t", "0", "\t0\t", "0", "62", "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0", APPEALS);
        List<String> joined = LabelledRowPieces.of(lines, true, false);
        assertEquals("一、本年新收政府信息公开申请数量\t15\t47\t0\t0\t0\t0\t62", joined.get(4));
    }

    @Test
    void leavesATableThreeRowThatLostMoreThanOneTabAsPrinted() {
        // 0 / ⇥⇥ / 0 / ⇥ / 62: an empty cell between two paragraphs, two tabs gone; one written back gives six cells
        List<String> lines = List.of(ACTIVE, "行政许可\t", "3", "行政处罚\t", "4", REQUESTS,
                "一、本年新收政府信息公开申请数量\t15\t", "47", "\t0\t", "0", "0", "62", APPEALS);
        List<String> joined = LabelledRowPieces.of(lines, true, false);
        assertEquals(lines.subList(6, 12), joined.subList(6, 12));
    }

    @Test
    void leavesATableTwoRowWhosePiecesMeetWithNoTabAsPrinted() {
        // 规章's figures in two paragraphs: how many tabs stood between them the text no longer says
        List<String> lines = List.of(ACTIVE, "规章\t", "0", "5", "\t3", "行政处罚\t", "4", "行政强制", "\t2", REQUESTS);
        List<String> joined = LabelledRowPieces.of(lines, true, false);
        assertEquals(lines.subList(1, 5), joined.subList(1, 5));
        assertEquals("行政处罚\t4", joined.get(5));
    }

    @Test
    void leavesACopyWithItsBlankLinesToCellParagraphs() {
        List<String> lines = List.of(ACTIVE, "行政处罚\t", "", "5", "", "行政强制", "", "\t12", REQUESTS);
        assertEquals(false, BlankLinesDropped.in(lines));
        assertSame(lines, LabelledRowPieces.of(lines, BlankLinesDropped.in(lines), BlankLinesDropped.emptyOnesIn(lines)));
    }

    @Test
    void leavesFiguresThatNoTabTiesToARow() {
        // a tool's text with figures a line after their labels (pdftotext's default mode through tr -s): no tab
        List<String> lines = List.of(ACTIVE, "行政处罚\t本年", "5", "行政强制", "12", "行政许可", "3", REQUESTS);
        assertSame(lines, LabelledRowPieces.of(lines, true, false));
    }
}
