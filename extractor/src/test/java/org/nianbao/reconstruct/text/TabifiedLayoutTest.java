package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabifiedLayoutTest {

    /** Three rows of a -layout table, as pdftotext prints them (columns aligned in characters). */
    private static final List<String> LAYOUT = List.of(
            "信息内容             本年制发件数     本年废止件数    现行有效件数",
            "规章                         17                7         159",
            "行政规范性文件               14                          163",
            "其他规范性文件               23                2          88");

    /** The same lines after an editor turned runs of spaces into tabs at stops of {@code stop}, counting UTF-8 bytes (GNU unexpand -a). */
    private static List<String> unexpandBytes(List<String> lines, int stop) {
        return lines.stream().map(l -> {
            StringBuilder out = new StringBuilder();
            int col = 0;
            int i = 0;
            while (i < l.length()) {
                if (l.charAt(i) != ' ') {
                    out.append(l.charAt(i));
                    col += String.valueOf(l.charAt(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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
        assertEquals(LAYOUT, TabifiedLayout.expanded(tabbed));
    }

    @Test
    void layoutTextTabifiedAtStopsOfFourIsExpandedBackExactly() {
        assertEquals(LAYOUT, TabifiedLayout.expanded(unexpandBytes(LAYOUT, 4)));
    }

    @Test
    void tabSeparatedRowsAreLeftAsTheyAre() {
        List<String> rows = List.of("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t17\t7\t159",
                "行政规范性文件\t14\t\t163", "其他规范性文件\t23\t2\t88");
        assertSame(rows, TabifiedLayout.expanded(rows));
    }
}
