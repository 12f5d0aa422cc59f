package org.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentKeyTest {

    @Test
    void keepsUtf8NamesAsTheyAre() {
        assertEquals("in/甲县2019.txt", DocumentKey.of("in/甲县2019.txt".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void percentEncodesGbkBytesSoTwoGbkNamesNeverShareAKey() {
        Charset gbk = Charset.forName("GBK");
        String a = DocumentKey.of("甲县2019.txt".getBytes(gbk));
        String b = DocumentKey.of("乙县2019.txt".getBytes(gbk));
        assertEquals("%BC%D7%CF%D82019.txt", a);
        assertNotEquals(a, b);
    }

    @Test
    void escapesThePercentSignAndControlCharactersSoTheKeyStaysReversible() {
        assertEquals("100%25 done%0A.txt", DocumentKey.of("100% done\n.txt".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(DocumentKey.of("%BC".getBytes(StandardCharsets.UTF_8)), DocumentKey.of(new byte[] {(byte) 0xBC}));
    }

    @Test
    void givesEveryByteStringBackFromItsKeyAndNoTwoShareOne() {
        Random random = new Random(11);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] name = new byte[random.nextInt(12)];
            random.nextBytes(name);
            if (i % 3 == 0) { // mostly valid UTF-8 with stray bytes
                name = ("报告" + i + "%").getBytes(StandardCharsets.UTF_8);
                name[random.nextInt(name.length)] = (byte) random.nextInt(256);
            }
            String key = DocumentKey.of(name);
            assertArrayEquals(name, DocumentKey.bytes(key), key);
            keys.add(key + "\u0000" + new String(name, StandardCharsets.ISO_8859_1));
        }
        assertEquals(keys.stream().map(k -> k.substring(0, k.indexOf('\u0000'))).distinct().count(), keys.size());
    }
}
