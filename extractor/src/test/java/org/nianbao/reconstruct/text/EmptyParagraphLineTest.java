package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmptyParagraphLineTest {

    private static final String REQUESTS = "三、收到和处理政府信息公开申请情况";
    private static final String APPEALS = "四、政府信息公开行政复议、行政诉讼情况";
    private static final String PAD = " ".repeat(30);

    @Test
    void isALineOfNonBreakingSpacesAlonePaddingAside() {
        assertTrue(EmptyParagraphLine.is("\u00a0" + PAD));
        assertFalse(EmptyParagraphLine.is("0\u00a0"));
        assertFalse(EmptyParagraphLine.is(PAD), "spaces alone are a blank line");
        assertFalse(EmptyParagraphLine.is("\t\u00a0\t"), "a tab beside it places it: a row's cell");
    }

    /**
     * Red team rtg's {@code chromium-innertext-rtg-p-nbsp-after-column-o-space-2019.txt} (lines 129-138, {@code column -t
     * -o ' '}): 3.要求提供公开出版物 prints four figures and three nbsp lines, so which of them are cells the text does not
     * say; a row printing its seven figures besides an nbsp line has every cell, the line is a paragraph beside one.
     */
    @Test
    void doubtsTheLinesOfARowThatPrintsFewerThanItsSevenCells() {
        List<String> lines = List.of(REQUESTS, "3.要求提供公开出版物" + PAD, "39" + PAD, "0" + PAD, "\u00a0" + PAD, "4" + PAD,
                "0" + PAD, "\u00a0" + PAD, "43" + PAD, "\u00a0" + PAD, "4.无正当理由大量反复申请" + PAD + "7", "1" + PAD,
                PAD + "0   0   0" + PAD, "\u00a0" + PAD, "8" + PAD, "0" + PAD, APPEALS, "\u00a0" + PAD);
        assertEquals(Set.of(4, 7, 9, 17), EmptyParagraphLine.inDoubt(lines));
    }
}
