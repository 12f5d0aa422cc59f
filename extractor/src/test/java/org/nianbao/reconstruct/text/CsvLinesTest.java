package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

    /**
     * Table 二's rows of a Chromium {@code innerText} copy written by Python's {@code csv.writer} (red team
     * rt23b, {@code chromium-innertext-python-csv-normative-in-force-mixed.txt}): a cell's paragraph on lines of
     * its own, the empty lines between them {@code ""}, a figure holding a comma quoted.
     */
    private static final List<String> WRITTEN = List.of(
            "第二十条第（一）项", "信息内容,", "\"\"", "本年制发件数", "\"\"", ",本年废止件数,现行有效件数",
            "行政规范性文件", "\"\"", ",0,", "\"\"", "428", "\"\"", ",637",
            "行政事业性收费,", "\"\"", "\"17,643.3\"", "\"他说\"\"好\"\",然后\"");

    @Test
    void readsPythonCsvCopyAsTheTabSeparatedLinesItWasWrittenFrom() {
        List<String> back = CsvLines.of(WRITTEN);
        assertEquals(List.of(
                "第二十条第（一）项", "信息内容\t", "", "本年制发件数", "", "\t本年废止件数\t现行有效件数",
                "行政规范性文件", "", "\t0\t", "", "428", "", "\t637",
                "行政事业性收费\t", "", "17,643.3", "他说\"好\",然后"), back);
    }

    @Test
    void readsTextWithThousandsSeparatorsAsItStands() {
        // no empty record: an ordinary text whose figures carry commas and that has no tabs
        List<String> text = List.of("全年主动公开政府信息1,234条", "", "行政许可 2,345", "行政处罚 1,001", "", "");
        assertSame(text, CsvLines.of(text));
    }

    @Test
    void readsProseWithAsciiCommasAndQuotesAsItStands() {
        // lines of a pair of quotes, but a quote inside a plain field: not a CSV writer's
        List<String> text = List.of("\"\"", "我们坚持\"公开为常态\",不公开为例外", "\"\"", "\"\"", "收到申请12件,办结12件");
        assertSame(text, CsvLines.of(text));
    }

    @Test
    void readsTabSeparatedTextAsItStandsEvenWithEmptyQuotedLines() {
        List<String> text = List.of("\"\"", "规章\t0\t1,234\t5", "\"\"", "\"\"", "行政规范性文件\t3\t1\t2");
        assertSame(text, CsvLines.of(text));
    }

    @Test
    void readsTextWithTooFewEmptyRecordsAsItStands() {
        List<String> text = List.of("\"\"", "规章,0,1,5", "\"\"", "行政规范性文件,3,1,2");
        assertSame(text, CsvLines.of(text));
    }

    /**
     * Red team 26's {@code chromium-innertext-csv-no-empty-lines-regulations-mixed.txt}: the copy written with its empty
     * lines skipped, so no line is {@code ""}; its records starting with an empty field (a tab first in the copy) say
     * what it is.
     */
    @Test
    void readsACsvCopyWrittenWithoutItsEmptyLinesByItsRecordsStartingEmpty() {
        List<String> written = List.of("第二十条第（一）项", "信息内容", ",本年制发件数,本年废止件数,现行有效件数", "规章",
                ",0,645,535", "行政规范性文件,368,0,", "4", "行政处罚,979", "行政强制", ",7", "行政事业性收费", ",18746.1万元",
                "商业 企业,科研 机构,社会公益组织,", ",2,0,1,3,201");
        assertEquals(List.of("第二十条第（一）项", "信息内容", "\t本年制发件数\t本年废止件数\t现行有效件数", "规章",
                "\t0\t645\t535", "行政规范性文件\t368\t0\t", "4", "行政处罚\t979", "行政强制", "\t7", "行政事业性收费",
                "\t18746.1万元", "商业 企业\t科研 机构\t社会公益组织\t", "\t2\t0\t1\t3\t201"), CsvLines.of(written));
    }

    @Test
    void readsEveryFieldQuotedWithoutEmptyLinesAsCsvToo() {
        List<String> written = List.of("\"规章\"", "\"\",\"0\",\"645\",\"535\"", "\"\",\"1\"", "\"\",\"2\"",
                "\"\",\"3\"", "\"\",\"4\"");
        assertEquals(List.of("规章", "\t0\t645\t535", "\t1", "\t2", "\t3", "\t4"), CsvLines.of(written));
    }

    @Test
    void readsTextWithFewLinesStartingWithACommaAsItStands() {
        // a wrapped line of prose typed with ASCII commas may start with one; a few prove nothing
        List<String> text = List.of("全年主动公开政府信息1,234条", ",其中政策解读12条", "行政许可,2,345", ",办结12件", "",
                ",其余转办", ",另有3件");
        assertSame(text, CsvLines.of(text));
    }
}
