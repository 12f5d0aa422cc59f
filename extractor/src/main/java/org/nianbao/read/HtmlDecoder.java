package org.nianbao.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.Finding;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;

/**
 * Decodes an HTML page the way a browser would, with the repairs scraped government pages need: a
 * BOM wins; then the charset a {@code <meta>} (or XML declaration) declares; a page without one is
 * detected from its bytes (GBK pages without any declaration are common). A declaration the bytes
 * contradict (declared UTF-8 but not valid UTF-8; declared GBK but valid UTF-8 with Chinese text)
 * loses to the bytes, and says so. GB2312 and GBK are decoded as GB18030, their superset.
 */
final class HtmlDecoder {

    /** Declarations belong in the first 1024 bytes; Word puts a long style block first, so look further. */
    private static final int HEAD = 32 * 1024;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private final TextDecoder decoder = new TextDecoder();

    /** Decodes {@code bytes}, adding a finding for every guess or repair. */
    DecodedText decode(byte[] bytes, List<Finding> findings) {
        if (hasBom(bytes)) {
            return decoder.decode(bytes);
        }
        Optional<String> declared = declared(bytes);
        if (declared.isEmpty()) {
            DecodedText d = decoder.decode(bytes);
            if (!d.charset().equals("UTF-8")) {
                findings.add(Finding.info("charset-detected", Scope.document(),
                        "no charset declared; decoded as " + d.charset() + " detected from the bytes", Location.none()));
            }
            return damaged(d, findings);
        }
        Optional<Charset> cs = charset(declared.get());
        if (cs.isEmpty()) {
            DecodedText d = decoder.decode(bytes);
            findings.add(Finding.warning("charset-unknown", Scope.document(), "the page declares charset '"
                    + declared.get() + "', which is unknown; decoded as " + d.charset() + " detected from the bytes",
                    Location.none()));
            return damaged(d, findings);
        }
        boolean utf8 = validUtf8(bytes);
        if (cs.get().equals(StandardCharsets.UTF_8) && !utf8) {
            DecodedText d = decoder.decode(bytes);
            findings.add(Finding.warning("charset-mismatch", Scope.document(), "the page declares UTF-8 but its "
                    + "bytes are not UTF-8; decoded as " + d.charset() + " detected from the bytes", Location.none()));
            return damaged(d, findings);
        }
        if (!cs.get().equals(StandardCharsets.UTF_8) && utf8 && hasNonAscii(bytes)) {
            // text in GBK (or any legacy charset) is practically never valid UTF-8 as well
            findings.add(Finding.warning("charset-mismatch", Scope.document(), "the page declares "
                    + declared.get() + " but its bytes are valid UTF-8; decoded as UTF-8", Location.none()));
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", true);
        }
        return damaged(decoder.decode(bytes, cs.get().name()), findings);
    }

    /** The charset the page declares in its first bytes, as written. */
    static Optional<String> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        Matcher meta = META.matcher(head);
        return meta.find() ? Optional.of(meta.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            Charset cs = Charset.forName(name);
            // HTML: a page that says UTF-16 without a BOM is read as UTF-8 (its markup is ASCII)
            return Optional.of(cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")
                    ? StandardCharsets.UTF_8 : cs);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static DecodedText damaged(DecodedText d, List<Finding> findings) {
        if (d.text().indexOf('\uFFFD') >= 0) {
            findings.add(Finding.warning("charset-damaged", Scope.document(),
                    "some bytes are not valid " + d.charset() + " and were replaced by U+FFFD", Location.none()));
        }
        return d;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static boolean validUtf8(byte[] bytes) {
        return StrictDecoding.decode(bytes, StandardCharsets.UTF_8).isPresent();
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
