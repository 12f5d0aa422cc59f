package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table 四 as Chromium's {@code innerText} writes it from red team rtc's page (seed 7707's {@code 0002-2019.html}: the
 * value row {@code <td><p>/</p></td><td>0</td><td><p>/</p></td><td>/</td><td><p>0</p></td>…}, copied from the case's
 * untrimmed text, not written by hand), each line then trimmed on the right as an editor's save does.
 */
class RightTrimmedParagraphRowTest {

    private static final List<String> HEADER = List.of("四、政府信息公开行政复议、行政诉讼情况", "", "行政复议\t行政诉讼",
            "结 果 维 持\t结 果 纠 正\t", "", "其 他 结 果", "", "\t尚 未 审 结\t总 计\t", "", "未经复议直接起诉", "",
            "\t复议后起诉", "结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计\t结 果 维 持\t结 果 纠 正\t其 他 结 果\t尚 未 审 结\t总 计");
    /** The value row as copied: each {@code <p>} cell between blank lines, bare cells after the tab ending the cell before. */
    private static final List<String> ROW = List.of("", "", "/", "", "\t0\t", "", "/", "", "\t/\t", "", "0", "", "\t/\t０\t",
            "", "/", "", "\t", "", "/", "", "\t/\t", "", "０", "", "\t", "", "０", "", "\t", "", "１", "", "\t/\t1", "",
            "五、存在的主要问题及改进情况");

    private static List<String> rstripped(List<String> copy) {
        return copy.stream().map(String::stripTrailing).toList();
    }

    private static List<String> page(List<String> row) {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(row);
        return lines;
    }

    @Test
    void readsTheRowWholeWhereItsPiecesCountTheFifteenCells() {
        List<String> joined = RightTrimmedParagraphRow.of(rstripped(page(ROW)));
        int first = HEADER.size() + 2;
        assertEquals("/\t0\t/\t/\t0\t/\t０\t/\t/\t/\t０\t０\t１\t/\t1", joined.get(first));
        for (int i = first + 1; i < HEADER.size() + ROW.size() - 1; i++) {
            assertEquals("", joined.get(i), "line " + i);
        }
        assertEquals(rstripped(page(ROW)).size(), joined.size());
    }

    @Test
    void leavesTheRowShortWhereTheTrimTookAnEmptyCell() {
        // 复议's 尚未审结 an empty bare cell (<td></td>) between two paragraphs: its line "\t\t" trimmed empty, and
        // which paragraph it stood before the text no longer shows: fourteen cells, the row reader weighs the places
        List<String> row = new ArrayList<>(ROW);
        row.set(8, "\t\t");
        List<String> joined = RightTrimmedParagraphRow.of(rstripped(page(row)));
        assertEquals("/\t0\t/\t0\t/\t０\t/\t/\t/\t０\t０\t１\t/\t1", joined.get(HEADER.size() + 2));
    }

    @Test
    void leavesAnUntrimmedCopyToCellParagraphs() {
        List<String> copy = page(ROW);
        assertSame(copy, RightTrimmedParagraphRow.of(copy));
    }

    @Test
    void leavesTwoParagraphsOneBlankLineApartAlone() {
        // one cell's two paragraphs (<p>0</p><p>1</p>) stand one blank line apart; a row's two paragraph cells, three
        List<String> row = new ArrayList<>(ROW);
        row.set(16, "1");
        List<String> lines = rstripped(page(row));
        assertSame(lines, RightTrimmedParagraphRow.of(lines));
    }
}
