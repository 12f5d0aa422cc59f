package org.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Ink the engine did not read is read again set three times side by side in a line (the recogniser
 * reads a lone small 4 as nothing, {@code 444} right): a reading is kept only when every copy was
 * read alike.
 */
class RepeatedReadingTest {

    @Test
    void aReadingIsKeptOnlyWhenEveryCopyReadAlike() {
        assertEquals("4", RapidPageOcr.once("444", 3));
        assertEquals("18", RapidPageOcr.once("181818", 3));
        assertEquals("", RapidPageOcr.once("441", 3), "one copy read otherwise");
        assertEquals("", RapidPageOcr.once("44", 3), "a copy read as nothing");
        assertEquals("", RapidPageOcr.once("4444", 3));
        assertEquals("", RapidPageOcr.once("", 3));
    }

    @Test
    void theCopiesStandSideBySideWithWhiteBetween() {
        GrayPage digit = new GrayPage(2, 2, new byte[] {0, 10, 20, 30});
        GrayPage line = digit.repeated(3, 1);
        assertEquals(8, line.width);
        assertEquals(2, line.height);
        byte w = (byte) 255;
        assertEquals(java.util.List.of(0, 10, 255, 0, 10, 255, 0, 10, 20, 30, 255, 20, 30, 255, 20, 30),
                java.util.stream.IntStream.range(0, 16).map(i -> line.pixels[i] & 0xff).boxed().toList());
        assertEquals(w, line.pixels[2]);
    }
}
