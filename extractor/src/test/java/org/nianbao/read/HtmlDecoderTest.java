package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Finding;

class HtmlDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String REPORT = "<p>堃城县2020年政府信息公开工作年度报告：本年新收政府信息公开申请数量，予以公开，部分公开，不予公开。</p>";

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final List<Finding> findings = new ArrayList<>();

    private DecodedText decode(String html, Charset cs) {
        return decoder.decode(html.getBytes(cs), findings);
    }

    @Test
    void decodesDeclaredGb2312AsGb18030SoGbkOnlyCharactersSurvive() {
        DecodedText d = decode("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">" + REPORT, GBK);
        assertEquals("GB18030", d.charset());
        assertTrue(d.text().contains("堃城县"), d.text());
        assertTrue(findings.isEmpty());
    }

    @Test
    void detectsGbkWhenNothingIsDeclaredAndSaysSo() {
        DecodedText d = decode("<html><body>" + REPORT + REPORT + "</body></html>", GBK);
        assertEquals("GB18030", d.charset());
        assertTrue(d.text().contains("堃城县"));
        assertEquals("charset-detected", findings.get(0).rule());
    }

    @Test
    void readsMetaCharsetAndXmlDeclarations() {
        assertEquals("utf-8", HtmlDecoder.declared("<meta charset=\"utf-8\">".getBytes(StandardCharsets.US_ASCII)).get());
        assertEquals("GBK", HtmlDecoder.declared("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GBK'>"
                .getBytes(StandardCharsets.US_ASCII)).get());
        assertEquals("gb2312", HtmlDecoder.declared("<?xml version=\"1.0\" encoding=\"gb2312\"?><html>"
                .getBytes(StandardCharsets.US_ASCII)).get());
        assertTrue(HtmlDecoder.declared("<html><body>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void believesTheBytesOverAWrongDeclaration() {
        DecodedText gbkSaidUtf8 = decode("<meta charset=\"utf-8\">" + REPORT + REPORT, GBK);
        assertEquals("GB18030", gbkSaidUtf8.charset());
        assertTrue(gbkSaidUtf8.text().contains("堃城县"));
        DecodedText utf8SaidGbk = decode("<meta charset=\"gbk\">" + REPORT, StandardCharsets.UTF_8);
        assertEquals("UTF-8", utf8SaidGbk.charset());
        assertTrue(utf8SaidGbk.text().contains("堃城县"));
        assertEquals(List.of("charset-mismatch", "charset-mismatch"), findings.stream().map(Finding::rule).toList());
    }

    @Test
    void letsAByteOrderMarkWin() {
        byte[] body = ("<meta charset=\"gbk\">" + REPORT).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedText d = decoder.decode(bytes, findings);
        assertEquals("UTF-16LE", d.charset());
        assertTrue(d.text().contains("堃城县"));
    }

    @Test
    void reportsAnUnknownDeclaredCharset() {
        DecodedText d = decode("<meta charset=\"x-no-such\">" + REPORT, StandardCharsets.UTF_8);
        assertEquals("UTF-8", d.charset());
        assertEquals("charset-unknown", findings.get(0).rule());
    }
}
