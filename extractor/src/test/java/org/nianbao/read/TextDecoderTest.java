package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String REPORT = "甘肃省人民政府办公厅2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            + "（四）无法提供\t1.本机关不掌握相关政府信息\t49\t2\t0\t0\t0\t2\t53\n";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void detectsGbkTextThatDeclaresNothing() {
        DecodedText d = decoder.decode(REPORT.getBytes(Charset.forName("GBK")));
        assertEquals(REPORT, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        byte[] plain = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(REPORT, decoder.decode(plain).text());
        assertEquals(REPORT, decoder.decode(bom).text());
    }

    @Test
    void readsPagesDeclaredGb2312AsGb18030() {
        String rare = "镕"; // in GBK, not in GB2312: pages that declare GB2312 use it anyway
        assertEquals(rare, decoder.decode(rare.getBytes(Charset.forName("GBK")), "gb2312").text());
    }
}
