package org.nianbao.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes text whose charset nobody declared: a BOM first, then strict UTF-8 (which random GBK
 * text almost never passes), then a detector for the rest. Chinese government pages are UTF-8 or
 * GBK/GB18030, so GB18030 (a superset of GBK and GB2312) is the fallback when the detector cannot
 * decide.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    public DecodedText decode(byte[] bytes) {
        Optional<DecodedText> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), "UTF-8", true);
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (mostlyUtf8(lenient)) {
            // UTF-8 cut mid-character (Debian html2text measures columns in bytes): the rest is sound
            return new DecodedText(lenient, "UTF-8", true);
        }
        Charset detected = detect(bytes).orElse(GB18030);
        // the detector names GB18030 for GBK text; decode leniently so one bad byte does not lose a report
        return new DecodedText(new String(bytes, detected), detected.name(), true);
    }

    /**
     * True when UTF-8 decoding leaves at least three sound CJK characters for every replaced byte run:
     * GBK read as UTF-8 replaces nearly everything, UTF-8 cut in a few places nearly nothing.
     */
    private static boolean mostlyUtf8(String lenient) {
        long replaced = lenient.chars().filter(c -> c == '\uFFFD').count();
        long cjk = lenient.chars().filter(c -> c >= 0x3000 && c != '\uFFFD').count();
        return cjk >= 3 * replaced;
    }

    /** Decodes with a charset a document declared, falling back to detection when it is unknown. */
    public DecodedText decode(byte[] bytes, String declared) {
        try {
            Charset cs = Charset.forName(declared);
            if (cs.name().equalsIgnoreCase("GBK") || cs.name().equalsIgnoreCase("GB2312")) {
                cs = GB18030; // pages declared GB2312 routinely hold GBK-only characters
            }
            return new DecodedText(new String(bytes, cs), cs.name(), false);
        } catch (IllegalArgumentException unknownCharset) {
            return decode(bytes);
        }
    }

    private static Optional<DecodedText> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", false));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false));
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset cs) {
        return StrictDecoding.decode(bytes, cs);
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        try {
            Charset cs = Charset.forName(name);
            return Optional.of(cs.name().startsWith("GB") ? GB18030 : cs);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
