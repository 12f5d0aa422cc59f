package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutRequestsRowTest {

    private static final String TITLE = "三、收到和处理政府信息公开申请情况";
    private static final String NEXT = "四、政府信息公开行政复议、行政诉讼情况";

    /**
     * The 国家秘密 row as Chromium's {@code innerText} printed it from a page whose cells hold {@code <div>}
     * ({@code chromium-innertext-div-cells-requests-label-cut-2021.txt}): the label's line, then its values from the
     * label's tab on, cut once more by the 其他 cell's empty {@code <div>}.
     */
    @Test
    void readsTheTabAfterALabelOnItsOwnLineAsTheLabelsEdge() {
        List<String> lines = List.of(TITLE, "（三）不予公开\t", "1、属于国家秘密", "\t\t0\t\t\t0\t", "\t", "", NEXT);
        List<String> joined = CutRequestsRow.of(lines);
        assertEquals("1、属于国家秘密\t\t0\t\t\t0\t\t", joined.get(2));
        List<String> cells = List.of(joined.get(2).split("\t", -1));
        assertEquals(List.of("", "0", "", "", "0", "", ""), cells.subList(1, cells.size()),
                "自然人 blank, 商业企业 0, 科研机构 and 社会公益组织 blank, 法律服务机构 0, 其他 and 总计 blank");
        assertEquals("（三）不予公开\t", joined.get(1), "the group's label line, no figures after it, is left alone");
        assertEquals("", joined.get(3), "the pieces' lines are left empty: line numbers stay");
        assertEquals("", joined.get(4));
        assertEquals(lines.size(), joined.size());
    }

    @Test
    void joinsPiecesAfterALabelLineThatAlreadyHoldsSomeValues() {
        List<String> lines = List.of(TITLE, "3、危及“三安全一稳定”\t60\t", "\t1\t0\t0\t", "\t61", NEXT);
        List<String> joined = CutRequestsRow.of(lines);
        assertEquals("3、危及“三安全一稳定”\t60\t\t1\t0\t0\t\t61", joined.get(1));
    }

    @Test
    void countsTheTabsFromTheRowsLastLabelCell() {
        // the group's first row: two label cells, the tabs before the sub-label's not counted
        List<String> lines = List.of(TITLE, "（四）无法提供\t1、本机关不掌握相关政府信息\t\t\t\t", "0", "\t\t\t", NEXT);
        assertEquals("（四）无法提供\t1、本机关不掌握相关政府信息\t\t\t\t0\t\t\t", CutRequestsRow.of(lines).get(1));
    }

    @Test
    void leavesATextPrintingOneTabIndentedCellALineAlone() {
        // 积石山县 style (fixtures/text/jishishan.txt): the row's label and each of its seven cells on a line of its
        // own behind a tab; seven lines hold seven tabs, yet no tab stands between two cells
        List<String> lines = new java.util.ArrayList<>(List.of(TITLE, "\t一、本年新收政府信息公开申请数量"));
        for (int k = 0; k < 7; k++) {
            lines.add("\t0");
        }
        assertSame(lines, CutRequestsRow.of(lines));
    }

    @Test
    void leavesPiecesWhoseTabsDoNotComeToSeven() {
        // a value line of six tabs alone: a row whose first cell is blank as much as the label's edge
        List<String> lines = List.of(TITLE, "1、属于国家秘密", "\t\t0\t\t\t0\t", "", NEXT);
        assertSame(lines, CutRequestsRow.of(lines));
    }

    @Test
    void leavesWholeRowsAndLinesOutsideTable3Alone() {
        List<String> whole = List.of(TITLE, "1、属于国家秘密\t\t0\t\t\t0\t\t", "\t");
        assertSame(whole, CutRequestsRow.of(whole));
        List<String> elsewhere = List.of(NEXT, "1、属于国家秘密", "\t\t0\t\t\t0\t", "\t");
        assertSame(elsewhere, CutRequestsRow.of(elsewhere));
    }
}
