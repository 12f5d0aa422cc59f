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
}
