package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoftLineBreaksTest {

    /** Table 三's header of a LibreOffice PDF as {@code pdftotext -layout} printed it (red team 17b). */
    private static final List<String> PRINTED = List.of(
            "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系        申请人情况",
            "为：                自然人   法人或其他组织                          总计",
            "第一项加第二项之和，等             商业企   科研机     社会公   法律服     其他",
            "于第三项加第四项之和）             业     构       益     务",
            "一、本年新收政府信息公       14    188   0       1     —       —    203\f");

    @Test
    void aLineFoldBrokeAfterABlankIsJoinedBackCharacterForCharacter() {
        // GNU fold -s -w 100 (bytes): the header line of 102 bytes broken after its last blank, 其他 alone at column 0
        List<String> folded = List.of(PRINTED.get(0), PRINTED.get(1), PRINTED.get(2),
                "第一项加第二项之和，等             商业企   科研机     社会公   法律服     ", "其他",
                PRINTED.get(4), PRINTED.get(5));
        List<String> joined = SoftLineBreaks.of(folded).lines();
        assertEquals(PRINTED.get(3), joined.get(3));
        assertEquals("", joined.get(4), "the rest's line is left empty: line numbers stay");
        assertEquals(folded.size(), joined.size());
    }

    @Test
    void textAsPrintedIsLeftAlone() {
        assertSame(PRINTED, SoftLineBreaks.of(PRINTED).lines());
    }

    @Test
    void aBlankEndingAShortLineIsNoBreak() {
        // a line far short of the text's widest, whatever word follows, was not broken by a wrap
        List<String> lines = List.of("三、收到和处理 ", "自然人", PRINTED.get(3), PRINTED.get(5));
        assertSame(lines, SoftLineBreaks.of(lines).lines());
    }

    @Test
    void textWithoutPagesIsNotLaidOut() {
        // w3m, lynx and pasted text may end lines with blanks of their own; only pdftotext's pages never do
        List<String> lines = List.of(PRINTED.get(2), PRINTED.get(3) + " ", "其他");
        assertSame(lines, SoftLineBreaks.of(lines).lines());
    }

    @Test
    void blanksEndingEveryLineAreNoWrapsAndAreDropped() {
        // a scraper writing line + " \r\n": short lines end in a blank too, and lines before blank ones
        List<String> padded = java.util.stream.Stream.concat(PRINTED.stream(), PRINTED.stream())
                .map(l -> l + " ").toList();
        List<String> lines = new java.util.ArrayList<>(padded);
        lines.add(3, " ");
        SoftLineBreaks.Joined joined = SoftLineBreaks.of(lines);
        assertEquals(lines.size(), joined.lines().size());
        assertEquals(PRINTED.get(3), joined.lines().get(4), "no line joined, the blank dropped");
        assertEquals(PRINTED.get(5), joined.lines().get(6), "the form feed kept");
        assertEquals(false, joined.hardBreaks());
    }

    @Test
    void aWrapCountedInCharactersIsJoinedBack() {
        // a mail client wrapping at 48 characters (a CJK character one): the header line of 54 characters broken
        // after its last blank within 48, the rest (    其他) on the next line; a CJK sentence of 48 characters,
        // 144 bytes and 96 display columns, is the widest line by bytes and columns, far wider than the broken one
        String line = PRINTED.get(3);
        int cut = line.lastIndexOf(' ', 47) + 1;
        List<String> wrapped = List.of(PRINTED.get(0), "政".repeat(48), PRINTED.get(2).substring(0, 45).stripTrailing(),
                line.substring(0, cut), line.substring(cut), PRINTED.get(4), "\f" + PRINTED.get(5).substring(0, 40));
        List<String> joined = SoftLineBreaks.of(wrapped).lines();
        assertEquals(line, joined.get(3));
        assertEquals("", joined.get(4));
    }

    @Test
    void linesPaddedToAWidthAreNoWrapsThoughEachLooksBroken() {
        // a console copy padding every line to 120 columns: each line with the next one's first word runs past
        // the widest, as a broken one would, but those before a blank line were broken to go on with nothing
        List<String> padded = new java.util.ArrayList<>();
        for (String l : PRINTED) {
            padded.add(l + " ".repeat(Math.max(1, 120 - DisplayColumns.of(l.replace("\f", ""))[l.replace("\f", "").length()])));
            padded.add(" ".repeat(120));
        }
        List<String> joined = SoftLineBreaks.of(padded).lines();
        for (int i = 0; i < PRINTED.size(); i++) {
            assertEquals(PRINTED.get(i), joined.get(2 * i));
        }
    }
}
