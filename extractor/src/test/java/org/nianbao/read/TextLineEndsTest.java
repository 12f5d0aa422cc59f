package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the text reader ends a text's lines ({@link TextFormatReader#lines}). */
class TextLineEndsTest {

    @Test
    void keepsALoneCarriageReturnInsideItsLineWhereTheTextEndsLinesWithLineFeeds() {
        // a Notepad copy (CRLF) lined up by `column`: the CR stays in the last field, before the padding and the bars
        assertEquals(List.of("5\r   | 8 |", "0   | \r |", "\r   |   |"),
                TextFormatReader.lines("5\r   | 8 |\n0   | \r |\r\n\r   |   |\n"));
    }

    @Test
    void endsLinesAtCarriageReturnsWhereTheTextHasNoLineFeed() {
        assertEquals(List.of("规章\t3", "", "规范性文件\t5"), TextFormatReader.lines("规章\t3\r\r规范性文件\t5\r"));
    }

    @Test
    void endsLinesAtCarriageReturnsWhereAStrayLineFeedEndsAClassicMacText() {
        assertEquals(List.of("规章\t3", "", "规范性文件\t5", "行政许可\t0"),
                TextFormatReader.lines("规章\t3\r\r规范性文件\t5\r行政许可\t0\n"));
    }

    @Test
    void keepsEmptyLinesButNoLineAfterTheLastLineFeed() {
        assertEquals(List.of("a", "", "b"), TextFormatReader.lines("a\n\nb\n"));
        assertEquals(List.of("a", "", "b"), TextFormatReader.lines("a\r\n\r\nb"));
    }
}
