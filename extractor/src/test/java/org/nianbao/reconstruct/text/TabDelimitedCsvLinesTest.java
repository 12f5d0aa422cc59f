package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabDelimitedCsvLinesTest {

    @Test
    void readsEachLineOfTwoQuotesAsTheEmptyLineItWasWrittenFrom() {
        // innerText's table 二 row whose cells hold paragraphs, through csv.writer(f, delimiter='\t')
        List<String> written = List.of("行政许可\t", "\"\"", "297", "\"\"", "行政处罚\t979", "\"\"", "\"他说\"\"好\"\"\"",
                "\"\"", "\"a\tb\"\t1");
        assertEquals(List.of("行政许可\t", "", "297", "", "行政处罚\t979", "", "他说\"好\"", "", "a\tb\t1"),
                TabDelimitedCsvLines.of(written));
    }

    @Test
    void readsEveryFieldQuotedAsTheLinesItWasWrittenFrom() {
        List<String> written = List.of("\"规章\"\t\"\"", "\"\"", "\"0\"\t\"645\"\t\"535\"", "\"\"", "\"\"");
        assertEquals(List.of("规章\t", "", "0\t645\t535", "", ""), TabDelimitedCsvLines.of(written));
    }

    @Test
    void readsTabTextWithQuotesInItsProseAsItStands() {
        // lines of two quotes, but a quote inside a plain field: no CSV writer's record
        List<String> text = List.of("\"\"", "我们坚持\"公开为常态\"\t1", "\"\"", "\"\"", "行政许可\t3");
        assertSame(text, TabDelimitedCsvLines.of(text));
    }

    @Test
    void readsTabTextWithTooFewEmptyRecordsAsItStands() {
        List<String> text = List.of("\"\"", "行政许可\t3", "\"\"", "行政处罚\t2");
        assertSame(text, TabDelimitedCsvLines.of(text));
    }

    @Test
    void leavesCommaSeparatedCopiesToCsvLines() {
        List<String> text = List.of("\"\"", "规章,0,1,5", "\"\"", "\"\"", "行政规范性文件,3,1,2");
        assertSame(text, TabDelimitedCsvLines.of(text));
    }
}
