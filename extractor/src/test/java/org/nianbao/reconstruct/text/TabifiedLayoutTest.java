package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabifiedLayoutTest {

    /** Three rows of a -layout table, as pdftotext prints them (columns aligned in characters). */
    private static final List<String> LAYOUT = List.of(
            "信息内容             本年制发件数     本年废止件数    现行有效件数",
            "规章                         17                7         159",
            "行政规范性文件               14                          163",
            "其他规范性文件               23                2          88");

    /** A pandoc grid table ({@code -t plain}): figures left-aligned, columns padded by display width. */
    private static final List<String> GRID = List.of(
            "+------+--------------+------+------+",
            "| 7    | 0            | —    | 12   |",
            "| .属于行政执法案卷   |      |      |",
            "+------+--------------+------+------+",
            "| 8    | 74           | 0    | 0    |",
            "| .属于行政查询事项   |      |      |",
            "+------+--------------+------+------+",
            "| 9    | 3            | 1    | 0    |",
            "| 其他 |              |      |      |",
            "+------+--------------+------+------+");

    /** The same lines after an editor turned runs of spaces into tabs at stops of {@code stop}, counting UTF-8 bytes (GNU unexpand -a). */
    private static List<String> unexpandBytes(List<String> lines, int stop) {
        return tabified(lines, stop, c -> String.valueOf((char) c).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    /** The same lines after vim's {@code :retab!} at {@code ts=stop}: columns counted by display width, {@code ^L} two cells. */
    private static List<String> retabDisplay(List<String> lines, int stop) {
        return tabified(lines, stop, c -> DisplayColumns.wide(c) || Character.isISOControl(c) ? 2 : 1);
    }

    /** Runs of two or more spaces turned into tabs up to each stop they reach, columns counted by {@code width}. */
    private static List<String> tabified(List<String> lines, int stop, java.util.function.IntUnaryOperator width) {
        return lines.stream().map(l -> {
            StringBuilder out = new StringBuilder();
            int col = 0;
            int i = 0;
            while (i < l.length()) {
                if (l.charAt(i) != ' ') {
                    out.append(l.charAt(i));
                    col += width.applyAsInt(l.charAt(i));
                    i++;
                    continue;
                }
                int j = i;
                while (j < l.length() && l.charAt(j) == ' ') {
                    j++;
                }
                int end = col + (j - i);
                if (j - i >= 2) {
                    while ((col / stop + 1) * stop <= end) {
                        out.append('\t');
                        col = (col / stop + 1) * stop;
                    }
                }
                out.append(" ".repeat(end - col));
                col = end;
                i = j;
            }
            return out.toString();
        }).toList();
    }

    @Test
    void layoutTextTabifiedByBytesIsExpandedBackExactly() {
        List<String> tabbed = unexpandBytes(LAYOUT, 8);
        assertEquals(new TabifiedLayout.Untabified(LAYOUT, false), TabifiedLayout.of(tabbed));
    }

    @Test
    void layoutTextTabifiedAtStopsOfFourIsExpandedBackExactly() {
        assertEquals(new TabifiedLayout.Untabified(LAYOUT, false), TabifiedLayout.of(unexpandBytes(LAYOUT, 4)));
    }

    @Test
    void aGridTabifiedByDisplayWidthIsExpandedBackAtTheOneStopThatPutsItsBordersUnderItsRules() {
        for (int stop = 2; stop <= 8; stop++) {
            List<String> tabbed = retabDisplay(GRID, stop);
            assertEquals(new TabifiedLayout.Untabified(GRID, false), TabifiedLayout.of(tabbed), "ts=" + stop);
        }
    }

    @Test
    void layoutTextTabifiedAtStopsOfTwoAndThreeIsExpandedBackExactly() {
        assertEquals(new TabifiedLayout.Untabified(LAYOUT, false), TabifiedLayout.of(unexpandBytes(LAYOUT, 2)));
        assertEquals(new TabifiedLayout.Untabified(LAYOUT, false), TabifiedLayout.of(retabDisplay(LAYOUT, 3)));
    }

    @Test
    void aWholeLayoutTextTabifiedAtAnyStopByBytesOrDisplayWidthComesBackExactly() throws java.io.IOException {
        List<String> layout = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("../fixtures/tools/utf8-2019.pdftotext-layout.txt"));
        for (int stop : new int[] {2, 3, 4, 6, 8}) {
            assertEquals(new TabifiedLayout.Untabified(layout, false), TabifiedLayout.of(unexpandBytes(layout, stop)),
                    "bytes, stop " + stop);
            assertEquals(new TabifiedLayout.Untabified(layout, false), TabifiedLayout.of(retabDisplay(layout, stop)),
                    "display, stop " + stop);
        }
    }

    @Test
    void rowsTabbedAlikeLineUpAtEveryStopAndWhereTheyStandUnderTheHeaderIsInDoubt() {
        // at stop 2 the figures start at column 3 and 6, at stop 8 at 9 and 18: which header column is whose?
        List<String> lines = List.of("类别 本年制发 本年废止 现行有效", "甲\t 17\t 7", "乙\t 14\t 2", "丙\t 23\t 5");
        assertTrue(TabifiedLayout.of(lines).inDoubt());
    }

    @Test
    void tabSeparatedRowsAreLeftAsTheyAre() {
        List<String> rows = List.of("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t17\t7\t159",
                "行政规范性文件\t14\t\t163", "其他规范性文件\t23\t2\t88");
        assertSame(rows, TabifiedLayout.of(rows).lines());
    }
}
