package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingTabsLostTest {

    /** Red team rtv's {@code chromium-innertext-leading-trim-other-no-fee-shifted-2021}: ⇥⇥⇥⇥0 printed as 0. */
    @Test
    void tellsACopyWhoseLinesLostTheTabsThatBeganThem() {
        List<String> trimmed = List.of("（六）其他处理\t", "", "1.申请人无正当理由逾期不补", "正、行政机关不再处理其政府信息公开申请", "",
                "0\t\t", "", "0", "", "", "2.申请人逾期未按收费通知要", "求缴纳费用、行政机关不再处理其政府信息公开申请", "", "", "",
                "0", "", "", "", "", "", "0", "", "", "3.其他\t", "", "0");
        assertTrue(LeadingTabsLost.in(trimmed));
    }

    @Test
    void takesNoCopyWhosePiecesStillStartWithTheirTabs() {
        List<String> untrimmed = List.of("（六）其他处理\t", "", "1.申请人无正当理由逾期不补", "", "\t0\t\t", "", "\t", "", "0", "",
                "2.申请人逾期未按收费通知要", "", "\t0", "", "\t\t\t\t0", "", "3.其他\t", "", "0");
        assertFalse(LeadingTabsLost.in(untrimmed));
    }

    /**
     * A copy trimmed at both edges ({@code l.strip()}): no line ends in a tab either, but figures still stand alone one
     * empty line after a printed line (seed 7272's {@code 0009-2021}: 2.没有现成信息需要另行制作, an empty cell gone).
     */
    @Test
    void tellsACopyTrimmedAtBothEdges() {
        List<String> stripped = List.of("2.没有现成信息需要另行制作\t9", "", "11", "", "", "0", "", "", "3.补正后申请内容仍不明确",
                "", "0\t0", "", "0");
        assertTrue(LeadingTabsLost.in(stripped));
    }

    @Test
    void takesNoTabSeparatedTextWhoseRowsStandALineEach() {
        List<String> rows = List.of("规章\t1\t2\t3", "", "行政规范性文件\t4\t5\t6", "", "行政许可\t7");
        assertFalse(LeadingTabsLost.in(rows));
    }
}
