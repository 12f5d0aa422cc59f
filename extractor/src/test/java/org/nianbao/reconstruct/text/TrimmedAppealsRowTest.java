package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrimmedAppealsRowTest {

    private static final String TITLE = "四、政府信息公开行政复议、行政诉讼情况";
    private static final String HEADER = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计";
    private static final String NEXT = "五、存在的主要问题及改进情况";

    /**
     * Red team 26's {@code chromium-innertext-rstrip-noblank-appeals-2021.txt}: innerText's {@code 0\t0\t} / {@code 1}
     * / {@code \t} / {@code 0} / {@code \t1\t0\t0\t0\t} / … after {@code rstrip()} with empty lines dropped.
     */
    @Test
    void writesBackTheTabATrimTookWhereTwoPiecesMeetWithNone() {
        List<String> lines = List.of(TITLE, HEADER, "0\t0", "1", "0", "\t1\t0\t0\t0", "1", "\t1\t0\t4", "0", "\t3", "7",
                NEXT);
        List<String> joined = TrimmedAppealsRow.of(lines);
        assertEquals("0\t0\t1\t0\t1\t0\t0\t0\t1\t1\t0\t4\t0\t3\t7", joined.get(2));
        assertEquals(List.of(TITLE, HEADER, joined.get(2), NEXT), joined.stream().filter(l -> !l.isEmpty()).toList());
        assertEquals(lines.size(), joined.size(), "line numbers stay");
    }

    @Test
    void leavesARowThatLostBlankCellsShortSoItsReaderWeighsWhereTheyStood() {
        // 0⇥⇥ / <p>1</p> … trimmed: the blank after the first 0 is gone with the tabs, fourteen cells are left
        List<String> lines = List.of(TITLE, "0", "1", "\t0\t1\t0\t0\t0\t1\t1\t0\t4\t0\t3\t7", NEXT);
        List<String> joined = TrimmedAppealsRow.of(lines);
        assertEquals("0\t1\t0\t1\t0\t0\t0\t1\t1\t0\t4\t0\t3\t7", joined.get(1));
    }

    @Test
    void leavesAnUntrimmedCopyToTheTabsItKept() {
        // a line ending in a tab: the copy was not trimmed, and a piece without a tab beside it is no cut cell
        List<String> lines = List.of(TITLE, "结果维持\t", "0\t0", "1", "\t1\t0\t0\t0\t1\t1\t0\t4\t0\t3\t7", NEXT);
        assertSame(lines, TrimmedAppealsRow.of(lines));
    }

    @Test
    void leavesFiguresOneALineThatNoTabTiesToARow() {
        // pdftotext's default mode prints table 四's cells one a line: no tab, no row to join
        List<String> lines = new ArrayList<>(List.of(TITLE, HEADER));
        for (int k = 0; k < 15; k++) {
            lines.add(String.valueOf(k % 3));
        }
        lines.add(NEXT);
        assertSame(lines, TrimmedAppealsRow.of(lines));
    }

    @Test
    void leavesAWholeRowAndAPageNumberUnder() {
        List<String> lines = List.of(TITLE, "0\t0\t1\t0\t1\t0\t0\t0\t1\t1\t0\t4\t0\t3\t7", "- 3 -", NEXT);
        assertSame(lines, TrimmedAppealsRow.of(lines));
        List<String> fifteenThenAFigure = List.of(TITLE, "0\t0\t1\t0\t1\t0\t0\t0\t1\t1\t0\t4\t0\t3\t7", "3", NEXT);
        assertSame(fifteenThenAFigure, TrimmedAppealsRow.of(fifteenThenAFigure), "sixteen cells are no row of the form");
    }

    /**
     * Red team {@code chromium-innertext-whitespace-lines-dropped-appeals-2019.txt}: innerText with its blank lines
     * dropped by {@code if l.strip()}, untrimmed; the tab between 行政复议's 尚未审结 and 总计, two paragraph cells,
     * stood on a line of its own and went with them.
     */
    @Test
    void writesBackTheTabOfALoneTabLineDroppedWithTheBlankLines() {
        List<String> lines = List.of(TITLE, "\t" + HEADER, "/", "\t/\t/\t", "0", "0", "\t0\t4\t/\t", "3", "\t7\t", "/",
                "\t/\t", "0", "\t/\t0", NEXT);
        List<String> joined = TrimmedAppealsRow.of(lines, true);
        assertEquals("/\t/\t/\t0\t0\t0\t4\t/\t3\t7\t/\t/\t0\t/\t0", joined.get(2));
        assertEquals(lines.size(), joined.size(), "line numbers stay");
        assertSame(lines, TrimmedAppealsRow.of(lines, false), "with its blank lines kept, an untrimmed copy is left");
    }
}
