package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpandedTabsTest {

    /** Pieces of table 三's rows as Chromium's innerText copies cells holding paragraphs, a few times over. */
    private static List<String> copy() {
        List<String> lines = new ArrayList<>();
        // rows of different labels, so the runs a tab leaves start at many columns
        List<String> labels = List.of("二、上年结转政府信息公开申请数量", "一、本年新收政府信息公开申请数量", "1.本机关不掌握相关政府信息",
                "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（一）予以公开");
        List<String> kinds = List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费");
        for (int k = 0; k < labels.size(); k++) {
            lines.addAll(List.of(labels.get(k) + "\t0\t0\t", "", "５", "", "\t0\t\t0\t5",
                    kinds.get(k) + "\t0\t", "", "\t４７\t", "", "首页>政府信息公开>年度报告"));
        }
        return lines;
    }

    private static List<String> expanded(List<String> lines, int stop, boolean bytes) {
        return lines.stream().map(l -> {
            StringBuilder out = new StringBuilder();
            int col = 0;
            for (int cp : l.codePoints().toArray()) {
                if (cp == '\t') {
                    int to = (col / stop + 1) * stop;
                    out.append(" ".repeat(to - col));
                    col = to;
                } else {
                    out.appendCodePoint(cp);
                    col += bytes ? new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length : 1;
                }
            }
            return out.toString();
        }).toList();
    }

    @Test
    void readsPythonExpandtabsAtEightBackAsTabs() {
        assertEquals(copy(), ExpandedTabs.of(expanded(copy(), 8, false)));
    }

    @Test
    void readsGnuExpandAtFourCountingBytesBackAsTabs() {
        assertEquals(copy(), ExpandedTabs.of(expanded(copy(), 4, true)));
    }

    /**
     * GNU {@code pr -t -e4}: a byte pr cannot print takes no column, so a CJK character takes none and {@code 件数\t}
     * becomes {@code 件数} and four spaces. In display columns that copy fits only a stop of 2, where each tab's four
     * spaces were read back as two tabs (red team rtj, {@code chromium-innertext-rtj-pr-t-e4-display-width-tabs-2021.txt}:
     * 规范性文件's 255,123 read under 现行有效).
     */
    @Test
    void readsGnuPrExpandingAtFourCountingPrintableAsciiOnlyBackAsTabs() {
        List<String> lines = new ArrayList<>(copy());
        // figures of many lengths, so that the runs start at many columns counting printable ASCII only
        lines.addAll(List.of("规章\t1\t22\t333\t4444\t55555\t666666\t7", "行政许可\t7777777\t88\t9", "行政强制\t12345\t1\t123\t12",
                "\t\t0\t99999999\t1", "3\t55\t666\t7"));
        lines.add("规范性文件\t\t255,123\t");
        lines.add("规章\t537\t0\t914");
        List<String> printed = lines.stream().map(l -> {
            StringBuilder out = new StringBuilder();
            int col = 0;
            for (int cp : l.codePoints().toArray()) {
                if (cp == '\t') {
                    int to = (col / 4 + 1) * 4;
                    out.append(" ".repeat(to - col));
                    col = to;
                } else {
                    out.appendCodePoint(cp);
                    col += cp < 0x80 ? 1 : 0;
                }
            }
            return out.toString();
        }).toList();
        assertEquals("规范性文件        255,123 ", printed.get(printed.size() - 2));
        assertEquals(lines, ExpandedTabs.of(printed));
    }

    @Test
    void readsLaidOutColumnsAsTheyStand() {
        // pdftotext -layout: runs of spaces end where the page's columns start, not on tab stops
        List<String> layout = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            layout.addAll(List.of("    规章          0        12         5", "  行政规范性文件     3         1       2"));
        }
        assertSame(layout, ExpandedTabs.of(layout));
    }

    @Test
    void readsTextThatStillHasTabsAsItStands() {
        List<String> lines = new ArrayList<>(expanded(copy(), 8, false));
        lines.add("规章\t0");
        assertSame(lines, ExpandedTabs.of(lines));
    }

    @Test
    void readsADrawnTablesFixedColumnsAsTheyStand() {
        // Debian html2text: every row's runs start at the same columns and end on even ones; stop 2 fits by layout
        List<String> drawn = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            drawn.addAll(List.of("|         |(一)予以公开______|___|0___|7_|", "|         |       |1.属于国家秘密___|5__|__|"));
        }
        assertSame(drawn, ExpandedTabs.of(drawn));
    }

    @Test
    void readsTheSpacesOfALetterSpacedLabelAsSpaces() {
        // 自 然 人 at expand -t 4: a CJK character and a space are four bytes, so each space ends on a stop
        List<String> lines = new ArrayList<>(copy());
        lines.add("自 然 人\t法人或其他组织\t");
        lines.add("总 计");
        assertEquals(lines, ExpandedTabs.of(expanded(lines, 4, true)));
    }

    @Test
    void readsCountWordsASpaceApartAsCells() {
        // 无 is a count: 无\t无 at expand -t 4 leaves one space ending on a stop, a tab, not letter-spacing
        List<String> lines = new ArrayList<>(copy());
        lines.add("规章\t无\t无\t5");
        assertEquals(lines, ExpandedTabs.of(expanded(lines, 4, true)));
    }

    /**
     * Sub-labels indented with one full-width space, NFKC-normalised to a space, then {@code expandtabs(4)}: the run
     * before each ends one space past a stop (red team rta's
     * {@code chromium-innertext-rta-ideographic-indent-nfkc-expand4-mixed.txt}, where the whole copy was then read as
     * laid out and 一、本年新收's 266 / 171 / 172 shifted one column). The tabs come back, the indent goes; so does the
     * indent of a page that indents every row's first cell, a figure's too (table 四's {@code 　　3}).
     */
    @Test
    void readsBackTheTabsBeforeASubLabelIndentedPastAStop() {
        List<String> lines = new ArrayList<>(copy());
        lines.add("(三)不予公开\t 1.属于国家秘密\t\t0\t47");
        lines.add("\t 1.本机关不掌握相关政府信息\t7");
        lines.add("三、本年度办理结果\t(一)予以公开\t\t7\t");
        lines.add("  3\t1\t\t4");
        List<String> back = ExpandedTabs.of(expanded(lines, 4, false));
        assertEquals(copy(), back.subList(0, copy().size()));
        assertEquals(List.of("(三)不予公开\t1.属于国家秘密\t\t0\t47", "\t1.本机关不掌握相关政府信息\t7", "三、本年度办理结果\t(一)予以公开\t\t7\t",
                "3\t1\t\t4"), back.subList(copy().size(), back.size()));
    }

    @Test
    void readsLaidOutColumnsAsTheyStandWhateverTheirLabelsIndents() {
        // pdftotext -layout: the runs before figures end anywhere; runs before labels prove nothing either way
        List<String> layout = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            layout.addAll(List.of("    规章          0        12         5", "     1.属于国家秘密     3         1       2"));
        }
        assertSame(layout, ExpandedTabs.of(layout));
    }

    /**
     * {@code 77117.2 万元}, a cell's own space after a 7-character amount: at {@code expandtabs(8)} it ends on a stop, and
     * taken for a tab it cut the unit off as a cell of its own (helper trim's {@code expandtabs(8).strip()} copy: the
     * line no value line, table 二's procurement count read as its amount).
     */
    @Test
    void keepsTheSpaceBetweenAFigureAndItsUnit() {
        List<String> lines = new ArrayList<>(copy());
        lines.add("政府集中采购\t295650\t77117.2 万元");
        lines.add("77117.2 万元");
        List<String> back = ExpandedTabs.of(expanded(lines, 8, false));
        assertEquals("政府集中采购\t295650\t77117.2 万元", back.get(back.size() - 2));
        assertEquals("77117.2 万元", back.get(back.size() - 1));
    }
}
