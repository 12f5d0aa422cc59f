package org.nianbao.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.nianbao.read.StrictDecoding;

/**
 * The outputs' {@code document} key: a file name's bytes as text, unique and lossless. Bytes that
 * form valid UTF-8 are written as those characters; every other byte (a GBK name from a Windows
 * archive), every control character and {@code %} itself are written {@code %XX} (two upper-case hex
 * digits). So two different names never share a key, and {@link #bytes} gives the name back.
 */
public final class DocumentKey {

    private DocumentKey() {
    }

    /** The key of a path given as its bytes. */
    public static String of(byte[] name) {
        StringBuilder out = new StringBuilder(name.length);
        int i = 0;
        while (i < name.length) {
            int len = utf8Length(name, i);
            if (len == 0) {
                escape(out, name[i]);
                i++;
                continue;
            }
            String ch = new String(name, i, len, StandardCharsets.UTF_8);
            int cp = ch.codePointAt(0);
            if (cp == '%' || Character.isISOControl(cp)) {
                for (int k = 0; k < len; k++) {
                    escape(out, name[i + k]);
                }
            } else {
                out.append(ch);
            }
            i += len;
        }
        return out.toString();
    }

    /** The bytes a key stands for: the inverse of {@link #of}. */
    public static byte[] bytes(String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '%' && isHex(key, i + 1) && isHex(key, i + 2)) {
                out.write(HexFormat.fromHexDigits(key, i + 1, i + 3));
                i += 2;
            } else {
                int cp = key.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static void escape(StringBuilder out, byte b) {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
    }

    /** The length of the valid UTF-8 sequence starting at {@code i}, or 0 when the byte there starts none. */
    private static int utf8Length(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (len <= 1 || i + len > b.length) {
            return len == 1 ? 1 : 0;
        }
        return StrictDecoding.decode(b, i, len, StandardCharsets.UTF_8).isPresent() ? len : 0;
    }
}
