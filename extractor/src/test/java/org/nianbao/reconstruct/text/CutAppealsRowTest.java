package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutAppealsRowTest {

    private static final String TITLE = "四、政府信息公开行政复议、行政诉讼情况";
    private static final String HEADER = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计";

    /**
     * Table 四's value row as Chromium's {@code innerText} printed it from a page whose 11th cell is
     * {@code <td><div></div></td>} (red team 23b, {@code chromium-innertext-div-cells-appeals-shifted-mixed.txt}).
     */
    @Test
    void readsATable4RowCutByAnEmptyDivAsOneRow() {
        List<String> lines = List.of(TITLE, HEADER, "0\t\t0\t\t\t4\t0\t1\t0\t5\t", "\t0\t\t0\t", "五、存在的主要问题及改进情况");
        List<String> joined = CutAppealsRow.of(lines);
        assertEquals("0\t\t0\t\t\t4\t0\t1\t0\t5\t\t0\t\t0\t", joined.get(2));
        assertEquals(15, joined.get(2).split("\t", -1).length);
        assertEquals("", joined.get(3), "the piece's line is left empty: line numbers stay");
        assertEquals(lines.size(), joined.size());
    }

    @Test
    void joinsARowCutOverMoreThanTwoLines() {
        List<String> lines = List.of(TITLE, "1\t0\t", "0\t0\t1\t2\t", "0\t0\t0\t2\t0\t0\t0\t3\t3", "五、其他");
        List<String> joined = CutAppealsRow.of(lines);
        assertEquals("1\t0\t0\t0\t1\t2\t0\t0\t0\t2\t0\t0\t0\t3\t3", joined.get(1));
        assertEquals(List.of(TITLE, joined.get(1), "五、其他"), joined.stream().filter(l -> !l.isEmpty()).toList());
    }

    @Test
    void joinsARowWhoseEveryCellIsADivOnItsOwnLine() {
        // seed 2311's 0009-mixed with every <p> a <div>: pieces with no tab of their own between pieces with tabs
        List<String> lines = List.of(TITLE, "０\t", "—", "\t—\t", "—", "\t—\t", "2", "\t０\t0\t４\t", "６", "\t", "２",
                "\t—\t０\t", "０", "\t2", "五、存在的主要问题及改进情况");
        List<String> joined = CutAppealsRow.of(lines);
        assertEquals("０\t—\t—\t—\t—\t2\t０\t0\t４\t６\t２\t—\t０\t０\t2", joined.get(1));
        assertEquals(List.of(TITLE, joined.get(1), "五、存在的主要问题及改进情况"),
                joined.stream().filter(l -> !l.isEmpty()).toList());
    }

    @Test
    void leavesATextPrintingOneTabIndentedCellALineAlone() {
        // 积石山县 style (fixtures/text/jishishan.txt): each of table 四's fifteen cells on a line of its own behind a
        // tab; any fourteen of them hold fourteen tabs, yet no tab stands between two cells
        List<String> lines = new java.util.ArrayList<>(List.of(TITLE, "\t总计", ""));
        lines.add("\t 0");
        for (int k = 1; k < 15; k++) {
            lines.add("\t0");
        }
        lines.add("五、存在的主要问题及改进情况");
        assertSame(lines, CutAppealsRow.of(lines));
    }

    @Test
    void leavesRowsWhoseTabsDoNotMakeFifteenCells() {
        // 行政复议's five on a row of their own (its last cell empty), then the ten of 行政诉讼 (its first empty):
        // two rows have thirteen tabs
        List<String> lines = List.of(TITLE, "0\t0\t1\t0\t", "\t0\t0\t0\t1\t0\t0\t0\t0\t1");
        assertSame(lines, CutAppealsRow.of(lines));
    }

    @Test
    void leavesAWholeRowAndLinesOutsideTable4Alone() {
        List<String> whole = List.of(TITLE, "0\t\t0\t\t\t4\t0\t1\t0\t5\t\t0\t\t0\t", "\t0\t\t0\t");
        assertSame(whole, CutAppealsRow.of(whole));
        List<String> elsewhere = List.of("三、收到和处理政府信息公开申请情况", "0\t\t0\t\t\t4\t0\t1\t0\t5\t", "\t0\t\t0\t");
        assertSame(elsewhere, CutAppealsRow.of(elsewhere));
    }

    @Test
    void leavesLinesCutAwayFromATab() {
        // neither the first line's end nor the next's start is a tab: a cell's own text broken, not a cut beside a cell
        List<String> lines = List.of(TITLE, "0\t\t0\t\t\t4\t0\t1\t0\t5", "0\t0\t\t0\t");
        assertSame(lines, CutAppealsRow.of(lines));
    }
    /**
     * Table 四's value row as Chromium's {@code innerText} copied it from a page whose {@code <p>} cells end in a
     * {@code <br>} ({@code <td><p>0<br></p></td>}: the figure, then two blank lines, not one), lines 626-680 of red team
     * {@code chromium-innertext-rtg-p-br-end-appeals-2021.txt}; the page's row is 4 4 0 3 11 | 0 / 0 0 / | 0 / 2 / 2.
     * {@link CellParagraphs} joins the pieces one blank line apart; the rest stand two apart, tied by their tabs.
     */
    @Test
    void joinsPiecesOfParagraphCellsEndedByABreakAcrossTheirBlankLines() {
        List<String> lines = List.of(TITLE, HEADER, "", "4\t", "", "4", "", "", "\t", "", "0", "", "", "\t", "", "3", "",
                "", "\t", "", "11", "", "", "\t0\t/\t", "", "0", "", "\t", "", "0", "", "", "\t", "", "/", "", "", "\t", "",
                "0", "", "", "\t", "", "/", "", "", "\t2\t", "", "/", "", "\t", "", "2", "", "", "五、存在的主要问题及改进情况");
        List<String> joined = CutAppealsRow.of(CellParagraphs.of(lines));
        assertEquals("4\t4\t0\t3\t11\t0\t/\t0\t0\t/\t0\t/\t2\t/\t2", joined.get(3));
        assertEquals(List.of(TITLE, HEADER, joined.get(3), "五、存在的主要问题及改进情况"),
                joined.stream().filter(l -> !l.isEmpty()).toList());
    }

    @Test
    void leavesPiecesBlankLinesApartWhoseTabsDoNotMakeFifteenCells() {
        // a cell holding two paragraphs (<p>0</p><p>2</p>): no tab between its lines, so the run stops there
        List<String> lines = List.of(TITLE, HEADER, "", "4\t4", "", "", "\t0", "", "2", "", "\t3\t11\t0\t/\t0\t0\t/\t0",
                "", "\t/\t2\t/\t2", "五、存在的主要问题及改进情况");
        assertSame(lines, CutAppealsRow.of(lines));
    }
}
