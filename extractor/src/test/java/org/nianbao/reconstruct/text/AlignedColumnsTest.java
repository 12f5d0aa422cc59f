package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignedColumnsTest {

    /** Pieces of table 三's rows as Chromium's innerText copies cells holding paragraphs, empty lines dropped. */
    private static List<String> copy() {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            lines.addAll(List.of("二、上年结转政府信息公开申请数量\t0\t0", "５", "\t0\t\t0\t5", "行政规范性文件\t0",
                    "\t４７", "首页>政府信息公开>年度报告"));
        }
        return lines;
    }

    /** What util-linux {@code column -t -s $'\t'} makes of tab-separated lines: fields padded to display width + 2. */
    private static List<String> columned(List<String> lines) {
        List<String[]> rows = lines.stream().map(l -> l.split("\t", -1)).toList();
        int n = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[n];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], display(r[i]));
            }
        }
        return rows.stream().map(r -> {
            String[] full = Arrays.copyOf(r, n);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String f = full[i] == null ? "" : full[i];
                out.append(f).append(" ".repeat(widths[i] - display(f) + 2));
            }
            return out.toString();
        }).toList();
    }

    private static int display(String s) {
        return s.codePoints().map(ExpandedTabs.Counting.DISPLAY::width).sum();
    }

    @Test
    void readsColumnTOutputBackAsTabSeparatedLines() {
        assertEquals(copy(), AlignedColumns.of(columned(copy())));
    }

    @Test
    void leavesTextWhoseLinesEndWhereTheirTextEndsAlone() {
        List<String> layout = columned(copy()).stream().map(String::stripTrailing).toList();
        assertSame(layout, AlignedColumns.of(layout));
    }

    @Test
    void leavesPaddedTextWithALineCrossingAColumnAlone() {
        List<String> lines = new ArrayList<>(columned(copy()));
        String first = lines.get(0);
        int cut = first.indexOf("  ");
        // a figure glued into the two spaces before the second column: no column output shows that
        lines.set(0, first.substring(0, cut) + "9" + first.substring(cut + 1));
        assertSame(lines, AlignedColumns.of(lines));
    }

    @Test
    void keepsColumnsNoLinePrintsInBetweenPrintedOnes() {
        // 自然人 and 总计 of a row whose other cells are blank, where no line prints in the fields between
        List<String> lines = new ArrayList<>(copy());
        for (int k = 0; k < 2; k++) {
            lines.add("四、结转下年度继续办理");
            lines.add("\t4\t\t\t\t\t\t4");
        }
        assertEquals(lines, AlignedColumns.of(columned(lines)));
    }

    @Test
    void keepsAFieldHoldingOnlyAZeroWidthSpaceAsTheCopysEmptyCell() throws IOException {
        // the resources are util-linux 2.38.1's `column -t -s $'\t'` run on this machine (see SeparatedColumnsTest)
        assertEquals(SeparatedColumnsTest.zeroWidthTrimmed(SeparatedColumnsTest.lines("innertext-requests.zwsp-empty.txt")),
                AlignedColumns.of(SeparatedColumnsTest.lines("innertext-requests.zwsp-empty.column-t.txt")));
    }

    @Test
    void countsASoftHyphenOneColumnAsColumnDoes() throws IOException {
        assertEquals(SeparatedColumnsTest.trimmed(SeparatedColumnsTest.lines("innertext-requests.soft-hyphen.txt")),
                AlignedColumns.of(SeparatedColumnsTest.lines("innertext-requests.soft-hyphen.column-t.txt")));
    }
}
