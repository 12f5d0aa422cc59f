package org.nianbao.sniff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nianbao.sniff.ContentSnifferTest.ole2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.model.Format;

/** OLE2 containers told apart by their streams, and the mislabelled fixtures told by their bytes. */
class OfficeAndMislabelledSniffingTest {

    private static final Path FIXTURES = Path.of(System.getProperty("nianbao.fixtures", "../fixtures"));

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void readsOle2WithAWordDocumentStreamAsDoc() throws IOException {
        Sniffed s = sniffer.sniff(ole2("WordDocument", "1Table", "\u0005SummaryInformation"));
        assertEquals(Format.DOC, s.format());
        assertEquals("a legacy Word (OLE2) document", s.looksLike());
    }

    @Test
    void namesOle2ContainersThatAreNotWord() throws IOException {
        assertEquals(new Sniffed(Format.UNKNOWN, "a legacy Excel workbook (OLE2 .xls)"), sniffer.sniff(ole2("Workbook")));
        assertEquals(new Sniffed(Format.UNKNOWN, "a legacy Excel workbook (OLE2 .xls)"), sniffer.sniff(ole2("Book")));
        assertEquals(new Sniffed(Format.UNKNOWN, "a legacy PowerPoint presentation (OLE2 .ppt)"),
                sniffer.sniff(ole2("PowerPoint Document")));
        assertEquals(new Sniffed(Format.UNKNOWN, "a password-protected Office document"),
                sniffer.sniff(ole2("EncryptedPackage", "EncryptionInfo")));
        assertEquals(new Sniffed(Format.UNKNOWN, "an OLE2 compound file that is not a Word document (streams: Contents, Foo)"),
                sniffer.sniff(ole2("Foo", "Contents")));
    }

    @Test
    void saysADamagedOle2IsDamaged() throws IOException {
        byte[] truncated = Arrays.copyOf(ole2("WordDocument"), 600);
        assertEquals(new Sniffed(Format.UNKNOWN, "a damaged OLE2 compound file (legacy Office)"), sniffer.sniff(truncated));
    }

    @Test
    void namesOtherOfficeZipsImagesAndArchives() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : new String[] {"[Content_Types].xml", "xl/workbook.xml"}) {
                z.putNextEntry(new ZipEntry(e));
                z.closeEntry();
            }
        }
        assertEquals("an Office (OOXML) file that is not a Word document", sniffer.sniff(out.toByteArray()).looksLike());
        assertEquals("a JPEG image", sniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1}).looksLike());
        assertEquals("a gzip archive", sniffer.sniff(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0}).looksLike());
        assertEquals("a RAR archive", sniffer.sniff("Rar!\u001a\u0007\u0000".getBytes()).looksLike());
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        random[0] = 3; // not a magic number by accident
        assertEquals(new Sniffed(Format.UNKNOWN, "binary data of no known document format"), sniffer.sniff(random));
    }

    @Test
    void tellsTheMislabelledFixturesByTheirBytes() throws IOException {
        assertEquals(Format.HTML, sniff("html/saved-as-doc.doc"), "Word web page saved as .doc");
        assertEquals(Format.HTML, sniff("html/saved-page"), "page saved without extension, comment first");
        assertEquals(Format.HTML, sniff("html/gbk-2021.html"));
        assertEquals(Format.HTML, sniff("html/word-2019.htm"));
        assertEquals(Format.DOCX, sniff("docx/docx-named.pdf"), "DOCX named .pdf");
        assertEquals(Format.DOC, sniff("doc/converted-2019.doc"));
    }

    private Format sniff(String fixture) throws IOException {
        return sniffer.sniff(Files.readAllBytes(FIXTURES.resolve(fixture))).format();
    }
}
