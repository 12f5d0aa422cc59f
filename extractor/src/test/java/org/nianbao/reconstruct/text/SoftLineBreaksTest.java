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
}
