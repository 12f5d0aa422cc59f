package org.nianbao.sniff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.model.Format;

/**
 * Tells a document's format from its bytes, never its file name: scraped reports are often
 * mislabelled (a .doc that is HTML, a .htm that is a PDF, no extension at all).
 */
public final class ContentSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    /** How far into the file a PDF header may start (Acrobat accepts junk before it). */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** How much of the start is inspected for HTML markup and text-ness. */
    private static final int HEAD = 8192;

    public Sniffed sniff(byte[] bytes) {
        if (bytes.length == 0) {
            return new Sniffed(Format.UNKNOWN, "an empty file");
        }
        if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) {
            return new Sniffed(Format.PDF, "a PDF document");
        }
        if (startsWith(bytes, OLE2)) {
            return ole2(bytes);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return zip(bytes);
        }
        Sniffed binary = knownBinary(bytes);
        if (binary != null) {
            return binary;
        }
        String head = asciiHead(bytes);
        if (looksLikeHtml(head)) {
            return new Sniffed(Format.HTML, "an HTML page");
        }
        if (looksLikeText(bytes)) {
            return new Sniffed(Format.TEXT, "plain text");
        }
        return new Sniffed(Format.UNKNOWN, "binary data of no known document format");
    }

    private static Sniffed zip(byte[] bytes) {
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (name.equals("word/document.xml")) {
                    return new Sniffed(Format.DOCX, "a Word (OOXML) document");
                }
                contentTypes |= name.equals("[Content_Types].xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Sniffed(Format.UNKNOWN, "a damaged ZIP archive");
        }
        return new Sniffed(Format.UNKNOWN, contentTypes
                ? "an Office (OOXML) file that is not a Word document"
                : "a ZIP archive without word/document.xml");
    }

    /**
     * OLE2 holds Word, Excel, PowerPoint, encrypted OOXML and more: the root's streams tell them
     * apart. A WordDocument stream is Word 97+ (Kingsoft WPS saves that too; POI reads such .wps).
     */
    private static Sniffed ole2(byte[] bytes) {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            entries = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            return new Sniffed(Format.UNKNOWN, "a damaged OLE2 compound file (legacy Office)");
        }
        if (entries.contains("WordDocument")) {
            return new Sniffed(Format.DOC, "a legacy Word (OLE2) document");
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return new Sniffed(Format.UNKNOWN, "a legacy Excel workbook (OLE2 .xls)");
        }
        if (entries.contains("PowerPoint Document")) {
            return new Sniffed(Format.UNKNOWN, "a legacy PowerPoint presentation (OLE2 .ppt)");
        }
        if (entries.contains("EncryptedPackage")) {
            return new Sniffed(Format.UNKNOWN, "a password-protected Office document");
        }
        return new Sniffed(Format.UNKNOWN, "an OLE2 compound file that is not a Word document (streams: "
                + String.join(", ", new TreeSet<>(entries)) + ")");
    }

    private static Sniffed knownBinary(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return new Sniffed(Format.IMAGE, "a PNG image");
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return new Sniffed(Format.IMAGE, "a JPEG image");
        }
        if (startsWith(b, new byte[] {'G', 'I', 'F', '8'})) {
            return new Sniffed(Format.UNKNOWN, "a GIF image");
        }
        if (startsWith(b, new byte[] {'I', 'I', '*', 0}) || startsWith(b, new byte[] {'M', 'M', 0, '*'})) {
            return new Sniffed(Format.IMAGE, "a TIFF image");
        }
        if (startsWith(b, new byte[] {'R', 'a', 'r', '!'})) {
            return new Sniffed(Format.UNKNOWN, "a RAR archive");
        }
        if (startsWith(b, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})) {
            return new Sniffed(Format.UNKNOWN, "a 7-Zip archive");
        }
        if (startsWith(b, new byte[] {0x1F, (byte) 0x8B})) {
            return new Sniffed(Format.UNKNOWN, "a gzip archive");
        }
        if (startsWith(b, new byte[] {'{', '\\', 'r', 't', 'f'})) {
            return new Sniffed(Format.UNKNOWN, "an RTF document");
        }
        return null;
    }

    /** The start of the file with non-ASCII bytes dropped: enough to see markup in any ASCII-compatible charset. */
    private static String asciiHead(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        StringBuilder sb = new StringBuilder(n);
        int start = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        for (int i = start; i < n; i++) {
            if (bytes[i] > 0) {
                sb.append((char) bytes[i]);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeHtml(String head) {
        String t = head.stripLeading();
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<?xml") && head.contains("<html")) {
            return true;
        }
        // fragments saved from a page: markup near the start and table or paragraph tags
        return t.startsWith("<") && (head.contains("<table") || head.contains("<body") || head.contains("<p")
                || head.contains("<div") || head.contains("<meta") || head.contains("<head")) && !markdown(head);
    }

    /** A Markdown line: an ATX heading, or a pipe or grid table's rule. */
    private static final Pattern MARKDOWN_LINE = Pattern.compile(
            "(?m)^(#{1,6} |\\|? *:?-{3,}:? *\\| *:?-{3,}|\\+[-=:]{3,}\\+)");
    private static final Pattern VERBATIM = Pattern.compile(
            "(?s)<(script|style|pre|textarea)\\b.*?(</\\1\\s*>|$)");

    /**
     * Markdown that opens with raw HTML (pandoc's {@code gfm} of a page starts with the page's
     * {@code <div>}s): a heading or a table rule on a line of its own outside script, style and
     * pre elements is Markdown's, which no HTML page prints as markup. Read as text, its raw HTML
     * tables are read as HTML all the same.
     */
    private static boolean markdown(String head) {
        return !head.contains("<body") && !head.contains("<head") && !head.contains("<html")
                && MARKDOWN_LINE.matcher(VERBATIM.matcher(head).replaceAll("")).find();
    }

    /** Few control characters other than tab, CR, LF, FF: text in some charset (UTF-16 has NULs; see TextDecoder). */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        if (n >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return true;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 100 <= n;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int window) {
        int last = Math.min(b.length - needle.length, window);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
