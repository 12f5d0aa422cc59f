package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.FormRowBook;
import org.nianbao.model.Catalog;

class CountedActiveRowPiecesTest {

    private static final FormRows FORM = new FormRowBook(Catalog.standard());
    private static final String ACTIVE = "二、主动公开政府信息情况";
    private static final String REQUESTS = "三、收到和处理政府信息公开申请情况";

    /**
     * Helper trim's {@code chromium-innertext-expandtabs8-strip-procurement-shifted-2019}: {@code 政府集中采购} / three
     * empty lines / {@code 295650} / {@code 77117.2 万元}, each line stripped: two cells for the row's two columns.
     */
    @Test
    void joinsTheProcurementRowWhoseTwoPrintedCellsAreItsColumns() {
        List<String> lines = List.of(ACTIVE, "第二十条第（九）项", "信息内容", "", "采购项目数量", "", "采购总金额（单位：万元）",
                "", "", "政府集中采购", "", "", "", "295650", "", "77117.2 万元", "", REQUESTS);
        List<String> out = CountedActiveRowPieces.of(lines, true, FORM, false);
        assertEquals("政府集中采购\t295650\t77117.2 万元", out.get(9));
        assertEquals("", out.get(13));
        assertEquals("", out.get(15));
        assertEquals(lines.size(), out.size(), "line numbers stay");
    }

    /** 行政许可 has three columns in 2019 and one in 2021: the block's header words (上一年项目数量) say which. */
    @Test
    void takesTheRowsWidthFromItsBlocksHeader() {
        List<String> lines = List.of(ACTIVE, "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可", "", "0", "",
                "+4\t17", "", REQUESTS);
        assertEquals("行政许可\t0\t+4\t17", CountedActiveRowPieces.of(lines, true, FORM, false).get(2));
    }

    /** {@code 0} alone for 行政许可's three 2019 columns: two blank cells went with the trim, and where is not known. */
    @Test
    void leavesALoneFigureOfAWiderRowAsPrinted() {
        List<String> lines = List.of(ACTIVE, "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可", "", "0", "",
                REQUESTS);
        assertSame(lines, CountedActiveRowPieces.of(lines, true, FORM, false));
    }

    /** With no header word that only one form has, 行政处罚's width is not known. */
    @Test
    void leavesARowOfUnknownWidthAsPrinted() {
        List<String> lines = List.of(ACTIVE, "信息内容", "行政处罚", "", "978", "", REQUESTS);
        assertSame(lines, CountedActiveRowPieces.of(lines, true, FORM, false));
    }

    @Test
    void leavesAnUntrimmedCopyAsPrinted() {
        List<String> lines = List.of(ACTIVE, "政府集中采购", "", "", "", "295650", "", "77117.2 万元", REQUESTS);
        assertSame(lines, CountedActiveRowPieces.of(lines, false, FORM, false));
    }

    /**
     * A copy trimmed and stripped of its empty lines ({@code column -t}, {@code rstrip} then {@code sed '/^$/d'}): the
     * lone-tab lines between the pieces went too, and the pieces stand right under each other; three printed cells
     * for the block's three columns still prove the row, where read from the left 处理决定数量 took the second {@code /}.
     */
    @Test
    void countsPiecesRightUnderEachOtherWhereTheCopyLostItsEmptyLines() {
        List<String> lines = List.of(ACTIVE, "信息内容", "\t上一年项目数量\t本年增/减\t处理决定数量", "行政许可\t1", "-10",
                "\t725", "其他对外管理服务事项", "/", "/", "\t1", REQUESTS);
        List<String> out = CountedActiveRowPieces.of(lines, true, FORM, true);
        assertEquals("行政许可\t1\t-10\t725", out.get(3));
        assertEquals("其他对外管理服务事项\t/\t/\t1", out.get(6));
        assertEquals(List.of("", "", "", ""), List.of(out.get(7), out.get(8), out.get(9), out.get(4)));
        assertSame(lines, CountedActiveRowPieces.of(lines, true, FORM, false), "pieces one empty line apart only");
    }
}
