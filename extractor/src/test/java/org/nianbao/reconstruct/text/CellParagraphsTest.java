package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellParagraphsTest {

    /**
     * Table 四's value row as Chromium's {@code innerText} printed it from a page whose cells hold {@code <p>}
     * (red team 19, {@code chromium-innertext-appeals-shifted-2021.txt}), after the header's last cell, itself a
     * paragraph: two blank lines (its margin and the row's break), then the row's pieces one blank line apart.
     */
    private static final List<String> COPIED = List.of(
            "总计", "", "",
            "－\t", "", "0", "", "\t0\t", "", "2", "", "\t", "", "2", "", "\t", "", "－", "",
            "\t0\t0\t2\t2\t3\t0\t", "", "－", "", "\t", "", "－", "", "\t3",
            "五、存在的主要问题及改进情况");

    @Test
    void aRowBrokenByParagraphsInItsCellsIsJoinedAtItsTabs() {
        List<String> joined = CellParagraphs.of(COPIED);
        assertEquals("－\t0\t0\t2\t2\t－\t0\t0\t2\t2\t3\t0\t－\t－\t3", joined.get(3));
        assertEquals(List.of("总计", "－\t0\t0\t2\t2\t－\t0\t0\t2\t2\t3\t0\t－\t－\t3", "五、存在的主要问题及改进情况"),
                joined.stream().filter(l -> !l.isEmpty()).toList(),
                "the header's last cell two blank lines away (a row's end) and the prose after the row stay apart");
        assertEquals(COPIED.size(), joined.size(), "the pieces' lines are left empty: line numbers stay");
    }

    @Test
    void tabSeparatedRowsWithABlankLineBetweenAreLeftAlone() {
        // a row a line, double-spaced, its last cell empty: no paragraph stands between two tabs
        List<String> rows = List.of("规章\t0\t12\t", "", "行政规范性文件\t3\t\t", "", "\t信息内容\t", "", "规章\t1\t2\t3");
        assertSame(rows, CellParagraphs.of(rows));
    }

    @Test
    void linesWithNoBlankLineBetweenAreNotJoined() {
        // a <div> in a cell: a line ending in a tab may as well end a row whose last cell is empty
        List<String> lines = List.of(
                "－\t", "", "0", "", "\t0\t", "", "2", "", "\t",
                "规章\t5\t", "行政规范性文件\t3\t1\t2");
        List<String> joined = CellParagraphs.of(lines);
        assertEquals("－\t0\t0\t2\t", joined.get(0));
        assertEquals("规章\t5\t", joined.get(9));
        assertEquals("行政规范性文件\t3\t1\t2", joined.get(10));
    }
}
