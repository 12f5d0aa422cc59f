package org.nianbao.sniff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Format;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    private Format format(byte[] bytes) {
        return sniffer.sniff(bytes).format();
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write("<x/>".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An OLE2 compound file holding empty streams of those names. */
    static byte[] ole2(String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String s : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[64]), s);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void tellsFormatsByContentNotName() throws IOException {
        assertEquals(Format.PDF, format("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Format.DOCX, format(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Format.DOC, format(ole2("WordDocument", "1Table")));
        assertEquals(Format.HTML, format("\uFEFF<!DOCTYPE html><html><body><table></table>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, format("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
                .getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Format.TEXT, format("积石山县2020年政府信息公开年度报告\n规章\t0".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.TEXT, format("康乐县人民政府".getBytes(Charset.forName("GBK"))));
    }

    @Test
    void tellsMarkdownOpeningWithRawHtmlFromAnHtmlFragment() {
        // pandoc -t gfm of a page: the page's first <div> kept as raw HTML, then Markdown, tables as raw HTML
        String gfm = "<div class=\"nav\">\n\n首页 \\> 年度报告\n\n</div>\n\n# 某县2022年政府信息公开工作年度报告\n\n"
                + "**二、主动公开政府信息情况**\n\n<table>\n<tbody>\n<tr>\n<td>规章</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>\n";
        assertEquals(Format.TEXT, format(gfm.getBytes(StandardCharsets.UTF_8)));
        String pipes = "<div>\n\n| 行政复议 |   |\n|----------|---|\n| 0 | 4 |\n\n<table><tr><td>3</td></tr></table>\n";
        assertEquals(Format.TEXT, format(pipes.getBytes(StandardCharsets.UTF_8)));
        // a fragment saved from a page, and a page whose script or preformatted text holds such lines, stay HTML
        assertEquals(Format.HTML, format("<div>\n<p>某县</p>\n<table><tr><td>3</td></tr></table>\n</div>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, format("<div>\n<pre>\n# 说明\n|---|---|\n</pre>\n<table><tr><td>3</td></tr></table>"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, format("<html><body>\n# 标题\n<table><tr><td>3</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recognisesScansAsImagesToOcr() {
        assertEquals(Format.IMAGE, format(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}));
        assertEquals(Format.IMAGE, format(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Format.IMAGE, format(new byte[] {'I', 'I', '*', 0, 8, 0}));
        assertEquals(Format.IMAGE, format(new byte[] {'M', 'M', 0, '*', 0, 8}));
    }

    @Test
    void saysWhatUnsupportedContentLooksLike() throws IOException {
        assertEquals("a GIF image", sniffer.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)).looksLike());
        assertEquals("an empty file", sniffer.sniff(new byte[0]).looksLike());
        assertEquals("a ZIP archive without word/document.xml", sniffer.sniff(zip("a.txt")).looksLike());
        Sniffed random = sniffer.sniff(new byte[] {1, 2, 3, 4, 5, 6, 0, 0, 7, 8});
        assertEquals(Format.UNKNOWN, random.format());
    }
}
