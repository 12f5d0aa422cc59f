package org.nianbao.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style sheet written into its own address, a {@code data:} URL ({@code @import
 * url("data:text/css,.old{display:none}")}, {@code <link rel=stylesheet href="data:text/css;base64,…">}):
 * bundlers and single-file savers (SingleFile, monolith) inline a page's sheets so. It is part of the
 * page, not a file beside it, and browsers apply it (checked in Chromium), so it is read as any other
 * sheet. Only the media type {@code text/css} is a sheet: Chromium applies no other ({@code data:text/plain,…},
 * or none given, which is plain text) to a page in standards mode.
 */
final class DataSheet {

    /** {@code data:[type][;param…][;base64],payload}. */
    private static final Pattern DATA = Pattern.compile("(?is)^\\s*+data:([^,]*+),(.*)");

    private DataSheet() {
    }

    /** Whether the address is a {@code data:} URL. */
    static boolean is(String href) {
        return href.strip().regionMatches(true, 0, "data:", 0, 5);
    }

    /** Whether the {@code data:} URL's media type is {@code text/css}. */
    static boolean css(String href) {
        Matcher m = DATA.matcher(href);
        return m.matches() && m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s*;\\s*")[0].equals("text/css");
    }

    /**
     * The sheet's text when {@code href} is a {@code data:} URL of type {@code text/css} that decodes;
     * empty otherwise (another type, bad base64 or percent escapes, more than {@link LocalSheets#MAX_BYTES}).
     */
    static Optional<String> text(String href) {
        if (!css(href)) {
            return Optional.empty();
        }
        return bytes(href, LocalSheets.MAX_BYTES).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * What a {@code data:} URL of any type holds (a web font's file written into its {@code src}); empty
     * when it does not decode or holds more than {@code most} bytes.
     */
    static Optional<byte[]> bytes(String href, int most) {
        Matcher m = DATA.matcher(href);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] head = m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s*;\\s*");
        boolean base64 = head[head.length - 1].equals("base64");
        String payload = m.group(2);
        try {
            byte[] escaped = percentDecoded(payload);
            byte[] out = base64 ? Base64.getMimeDecoder().decode(escaped) : escaped;
            return out.length > most ? Optional.empty() : Optional.of(out);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A URL's payload with its {@code %XX} escapes turned into the bytes they stand for, the other
     * characters as UTF-8; a {@code +} stays a {@code +} (base64 writes it; no browser reads a space there).
     */
    private static byte[] percentDecoded(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length());
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '%') {
                if (i + 2 >= payload.length() || Character.digit(payload.charAt(i + 1), 16) < 0
                        || Character.digit(payload.charAt(i + 2), 16) < 0) {
                    throw new IllegalArgumentException("a bad percent escape at " + i);
                }
                out.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
