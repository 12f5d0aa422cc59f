package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.map.ValueParser;

class PageLinesTest {

    private static boolean pageLines(String... lines) {
        return PageLines.of(List.of(lines), new ValueParser()::isValue);
    }

    @Test
    void aPagesWordsOneALineShowHeaderLabelsPrintedAmongEachOthersPieces() {
        // pdftotext -bbox words of a Chromium print at 100 % (red team 18b): table 三's header a line at a time
        assertTrue(pageLines("申请人情况", "自然", "总", "商业", "科研", "社会公", "法律服", "其", "人", "计", "企业", "机构", "益组织",
                "务机构", "他", "一、本年新收政府信息公开申请数量", "65", "9"));
    }

    @Test
    void defaultModeTextShowsWrappedLabelsSideBySideOnOneLine() {
        // pdftotext -nopgbrk of a 67 % print: the first lines of four wrapped cells joined into one line
        assertTrue(pageLines("法人或其他组织", "商业企 科研机 社会公益组 法律服务机 其", "", "业", "", "构", "", "组织"));
    }

    @Test
    void proseCutAtThePagesWidthIsAPagesLine() {
        assertTrue(pageLines("2021年，夏平旗认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息552",
                "条，其中政策解读73条。"));
    }

    @Test
    void textPastedFromMarkupKeepsParagraphsWholeAndACellsPiecesTogether() {
        // a cell a line (康乐县, a crawler's page): each label whole, or its pieces one after the other (<br>)
        assertFalse(pageLines("2021年，夏平旗认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息552条，其中政策解读73条。",
                "", "自然人", "", "法人或其他组织", "", "总计", "", "商业", "企业", "", "科研", "机构", "", "社会公益", "组织", "",
                "法律服务", "机构", "", "其他"));
        // labels spaced out a character at a time (结 果 维 持 / … / 尚 未 审 结 / 总 计), or with a blank inside
        // (其他 结果 / 尚未 审结), are whole labels
        assertFalse(pageLines("行政复议", "行政诉讼", "结 果 维 持", "结 果 纠 正", "其 他 结 果", "尚 未 审 结", "总 计",
                "未经复议直接起诉", "复议后起诉", "结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计", "结果 维持",
                "结果 纠正", "其他 结果", "尚未 审结", "总计"));
        // one label's start followed by another's once is a report's own odd header, not yet a page's lines
        assertFalse(pageLines("商业", "科研机构", "社会公益", "组织"));
    }
}
