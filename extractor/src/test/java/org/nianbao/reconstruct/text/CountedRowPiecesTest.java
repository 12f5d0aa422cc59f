package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountedRowPiecesTest {

    private static final String REQUESTS = "三、收到和处理政府信息公开申请情况";
    private static final String APPEALS = "四、政府信息公开行政复议、行政诉讼情况";

    /**
     * Red team rtt's {@code chromium-innertext-expandtabs8-strip-denied-query-shifted-2021}: innerText's
     * {@code 8.属于行政查询事项} / {@code ⇥－⇥－⇥} / {@code 0} / {@code ⇥－⇥} / {@code －} / {@code ⇥－⇥} / {@code 0}, each
     * line stripped: seven cells still printed, so the seven columns in order.
     */
    @Test
    void joinsARowWhosePrintedCellsAreTheSevenColumns() {
        List<String> lines = List.of(REQUESTS, "8.属于行政查询事项", "", "－\t－", "", "0", "", "－", "", "－", "", "－",
                "", "0", "", "", "", "(四)无法提供", APPEALS);
        List<String> out = CountedRowPieces.of(lines, true, false);
        assertEquals("8.属于行政查询事项\t－\t－\t0\t－\t－\t－\t0", out.get(1));
        assertEquals("", out.get(3));
        assertEquals("", out.get(13));
        assertEquals(lines.size(), out.size(), "line numbers stay");
        assertEquals("(四)无法提供", out.get(17));
    }

    /** A trim of trailing tabs: the label line keeps a blank cell inside it, a piece keeps its leading tab. */
    @Test
    void countsBlankCellsInsideALineAndNotTheTabsAtItsEdges() {
        List<String> lines = List.of(REQUESTS, "一、本年新收政府信息公开申请数量\t175\t\t0\t1", "", "0", "", "\t0\t196", APPEALS);
        assertEquals("一、本年新收政府信息公开申请数量\t175\t\t0\t1\t0\t0\t196", CountedRowPieces.of(lines, true, false).get(1));
    }

    /** {@code ⇥⇥0⇥} stripped to {@code 0}: a blank cell went with the trim, and where the text does not say. */
    @Test
    void leavesARowShortOfSevenPrintedCellsAsPrinted() {
        List<String> lines = List.of(REQUESTS, "2.重复申请", "", "0", "", "0\t0\t0", "", "0", APPEALS);
        assertSame(lines, CountedRowPieces.of(lines, true, false));
    }

    @Test
    void leavesAnUntrimmedCopyAsPrinted() {
        List<String> lines = List.of(REQUESTS, "8.属于行政查询事项", "", "－\t－", "", "0", "", "－", "", "－", "", "－", "", "0");
        assertSame(lines, CountedRowPieces.of(lines, false, false));
    }
    /**
     * Red team opn2's {@code chromium-innertext-opn2-rstrip-p-cells-requests-nil-cells-2019.txt} (lines 172-195, each line
     * {@code rstrip}ped): 5.属于三类内部事务信息's two 0s (商业企业 and 法律服务机构 on the page) stand on lines apart,
     * the lines of tabs between them emptied, and 6.属于四类过程性信息 prints three of its seven cells; a row printing its
     * seven cells over lines lost none.
     */
    @Test
    void givesThePiecesOfRowsPrintingFewerThanSevenCellsInARightTrimmedCopy() {
        List<String> lines = List.of(REQUESTS, "5.属于三类内部事务信息", "", "", "", "0", "", "", "", "", "", "", "", "0", "",
                "", "", "", "6.属于四类过程性信息", "", "", "", "0", "", "\t0\t0", "", "7.属于行政执法案卷", "", "\t0\t0",
                "", "0", "", "\t0\t0\t0\t0", APPEALS);
        assertEquals(java.util.Set.of(5, 13, 22, 24), CountedRowPieces.shortRowPieces(lines, true));
        assertEquals(java.util.Set.of(), CountedRowPieces.shortRowPieces(lines, false), "an untrimmed copy's gaps count");
    }
}
