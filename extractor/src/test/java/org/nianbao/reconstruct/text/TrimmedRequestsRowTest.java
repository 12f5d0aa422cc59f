package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrimmedRequestsRowTest {

    private static final String REQUESTS = "三、收到和处理政府信息公开申请情况";
    private static final String APPEALS = "四、政府信息公开行政复议、行政诉讼情况";

    @Test
    void givesARowWholeBesideItsLabelBackTheBlankCellsTheTrimTook() {
        List<String> lines = List.of(REQUESTS, "", "3.危及“三安全一稳定”\t0\t0\t\t0\t0", "", "4.保护第三方合法权益\t7\t0\t0\t0\t0\t0\t7",
                "", APPEALS);
        assertTrue(TrimmedRequestsRow.trimmed(lines));
        List<String> out = TrimmedRequestsRow.of(lines, true, false);
        assertEquals("3.危及“三安全一稳定”\t0\t0\t\t0\t0\t\t", out.get(2));
        assertEquals(lines.get(4), out.get(4));
    }

    /**
     * Red team rtv's {@code chromium-innertext-vim-trailing-trim-granted-shifted-mixed}: the figures after the label's
     * paragraph, their blank 总计 trimmed; the label line may have lost tabs of its own (2.重复申请⇥⇥⇥ / ⇥0), so the
     * row is joined short, to be read from the left and flagged, not given seven cells.
     */
    @Test
    void joinsFiguresAfterTheLabelsParagraphShortOfTheirTrimmedCells() {
        List<String> lines = List.of(REQUESTS, "(一)予以公开", "", "\t0\t0\t0\t\t0\t0", "", "", "",
                "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "", "\t70", "", "0", APPEALS);
        List<String> out = TrimmedRequestsRow.of(lines, true, false);
        assertEquals("(一)予以公开\t0\t0\t0\t\t0\t0", out.get(1));
        assertEquals("", out.get(3));
        assertEquals(lines.size(), out.size(), "line numbers stay");
        assertEquals("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", out.get(7), "a row whose pieces run on is left");
    }

    @Test
    void leavesAnUntrimmedCopyAsPrinted() {
        List<String> lines = List.of(REQUESTS, "(一)予以公开", "", "\t0\t0\t0\t\t0\t0\t", "3.危及\t0\t0", APPEALS);
        assertFalse(TrimmedRequestsRow.trimmed(lines));
        assertSame(lines, TrimmedRequestsRow.of(lines, TrimmedRequestsRow.trimmed(lines), false));
    }

    /**
     * The same copy with its empty lines dropped too ({@code column -t}, {@code sed '/^$/d'}): the figures stand right
     * under the label's paragraph, and read alone their leading tab was a blank 自然人 before six cells.
     */
    @Test
    void joinsFiguresRightUnderTheLabelWhereTheCopyLostItsEmptyLines() {
        List<String> lines = List.of(REQUESTS, "3.要求提供公开出版物", "\t0\t0\t0\t0\t\t0", "4.无正当理由大量反复申请\t1", "0",
                "\t11", APPEALS);
        assertTrue(TrimmedRequestsRow.emptyLinesDropped(lines));
        List<String> out = TrimmedRequestsRow.of(lines, true, true);
        assertEquals("3.要求提供公开出版物\t0\t0\t0\t0\t\t0", out.get(1));
        assertEquals("", out.get(2));
        assertEquals(lines.get(3), out.get(3), "a row whose pieces run on is left");
        assertSame(lines, TrimmedRequestsRow.of(lines, true, false), "one empty line apart only, where the copy has them");
    }
}
