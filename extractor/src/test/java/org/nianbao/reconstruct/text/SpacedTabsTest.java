package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacedTabsTest {

    /** Seed 7272's {@code 0009-2021} through {@code l.replace('\t', '  ').strip()}: table 三's rows, tabs as two spaces. */
    private static List<String> copy() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            lines.add(i + ".属于第" + "类".repeat(i) + "信息  0  0    0  0");
            lines.add("");
            lines.add("0  0");
        }
        return lines;
    }

    @Test
    void writesEachTwoSpacesBackAsTheTabTheyWere() {
        List<String> back = SpacedTabs.of(copy());
        assertEquals("1.属于第类信息\t0\t0\t\t0\t0", back.get(0));
        assertEquals("0\t0", back.get(2));
    }

    @Test
    void writesEachFourSpacesBackAsOneTabWhereEveryTabWasWrittenAsFour() {
        // sed 's/\t/    /g': read as two spaces a tab, each blank cell would be two (red team rtz)
        List<String> four = copy().stream().map(l -> l.replace("  ", "    ")).toList();
        List<String> back = SpacedTabs.of(four);
        assertEquals("1.属于第类信息\t0\t0\t\t0\t0", back.get(0));
        assertEquals("0\t0", back.get(2));
    }

    /**
     * Sub-labels indented by two full-width spaces ({@code 　　1.属于…}), NFKC-normalised to spaces, tabs written as four:
     * a run before a label is its tabs and the indent, so the divisor is the figures' runs' (red team rta, 18 cells).
     */
    @Test
    void takesTheTabFromTheRunsBeforeFiguresNotFromALabelsIndent() {
        List<String> indented = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            indented.add("(三)不予公开" + "    " + "  " + i + ".属于第" + "类".repeat(i) + "信息    0        0    0");
            indented.add("  " + (i + 1) + ".重复申请" + "类".repeat(i) + "    0        0");
        }
        List<String> back = SpacedTabs.of(indented);
        assertEquals("(三)不予公开\t1.属于第类信息\t0\t\t0\t0", back.get(0));
        assertEquals("2.重复申请类\t0\t\t0", back.get(1));
    }

    /**
     * A page indenting every row's first cell by two full-width spaces indents table 四's first figure too
     * ({@code 　　3}); NFKC-normalised and tabs written as four, its line starts with two spaces before a figure, which
     * made the divisor two (red team rta's {@code chromium-innertext-rta-row-labels-indented-nfkc-sed4-nil-cells-mixed.txt},
     * 18 cells of table 三 shifted, sums holding).
     */
    @Test
    void takesNoTabFromTheIndentOfAFigureThatOpensItsLine() {
        List<String> four = new ArrayList<>(copy().stream().map(l -> l.replace("  ", "    ")).toList());
        four.add("  3    1            4    0");
        List<String> back = SpacedTabs.of(four);
        assertEquals("1.属于第类信息\t0\t0\t\t0\t0", back.get(0));
        assertEquals("3\t1\t\t\t4\t0", back.get(back.size() - 1));
    }

    /**
     * Sub-labels indented by one full-width space, NFKC-normalised, tabs written as four: the run before each label is
     * odd (a tab and the indent), which made the text no such copy (red team rta's {@code nfkc-sed4-ideo1} probes:
     * 结转下年度继续办理's 0 and blank traded places, 2 cells). The runs before figures are all even: the tabs come back.
     */
    @Test
    void readsBackTheTabsBeforeASubLabelIndentedByOneSpace() {
        List<String> four = new ArrayList<>(copy().stream().map(l -> l.replace("  ", "    ")).toList());
        four.add("(三)不予公开     1.属于国家秘密        0    47");
        List<String> back = SpacedTabs.of(four);
        assertEquals("1.属于第类信息\t0\t0\t\t0\t0", back.get(0));
        assertEquals("(三)不予公开\t1.属于国家秘密\t\t0\t47", back.get(back.size() - 1));
    }

    @Test
    void readsLaidOutColumnsAsTheyStand() {
        // a tool's layout pads cells to their columns: runs of odd lengths too
        List<String> laidOut = new ArrayList<>(copy());
        laidOut.set(2, "0   0");
        assertSame(laidOut, SpacedTabs.of(laidOut));
    }

    @Test
    void readsTextWithTabsAsItStands() {
        List<String> tabbed = new ArrayList<>(copy());
        tabbed.add("规章\t1");
        assertSame(tabbed, SpacedTabs.of(tabbed));
    }

    /** Python html2text's Markdown ends each line in two spaces (a hard break): no cell stands after them. */
    @Test
    void readsMarkdownHardBreaksAsTheyStand() {
        List<String> markdown = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            markdown.add("行".repeat(i) + "| " + i + "| 5  ");
        }
        assertSame(markdown, SpacedTabs.of(markdown));
    }
}
