package org.nianbao.read;

import java.net.URLDecoder;
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
    private static final Pattern DATA = Pattern.compile("(?is)\\s*data:([^,]*),(.*)");

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
        Matcher m = DATA.matcher(href);
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] head = m.group(1).strip().toLowerCase(Locale.ROOT).split("\\s*;\\s*");
        if (!css(href)) {
            return Optional.empty();
        }
        boolean base64 = head[head.length - 1].equals("base64");
        String payload = m.group(2);
        try {
            String text = base64
                    ? new String(Base64.getMimeDecoder().decode(URLDecoder.decode(payload, StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8)
                    : URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8);
            return text.length() > LocalSheets.MAX_BYTES ? Optional.empty() : Optional.of(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
