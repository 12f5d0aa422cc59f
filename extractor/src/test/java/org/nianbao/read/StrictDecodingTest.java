package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrictDecodingTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void gbkBytesAreNotUtf8ButAreGbk() {
        byte[] report = "年度报告".getBytes(GBK);
        assertTrue(StrictDecoding.decode(report, StandardCharsets.UTF_8).isEmpty());
        assertEquals(Optional.of("年度报告"), StrictDecoding.decode(report, GBK));
    }

    @Test
    void aSliceIsDecodedAloneSoACutSequenceIsRefused() {
        byte[] utf8 = "报告".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of("报"), StrictDecoding.decode(utf8, 0, 3, StandardCharsets.UTF_8));
        assertTrue(StrictDecoding.decode(utf8, 0, 2, StandardCharsets.UTF_8).isEmpty());
    }
}
