package org.nianbao.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code @font-face} rule of a page: the family name it gives, the font files it names in
 * {@code src} (in order, those of a format Chromium loads), the characters it covers
 * ({@code unicode-range}) and the folder its relative addresses start from (the sheet's).
 *
 * @param family the family name, lower-cased (CSS compares family names without case)
 * @param sources the addresses of the font files, those Chromium would not load left out: an
 *        {@code embedded-opentype} or {@code svg} format, a {@code local()} font (the reader's
 *        machine is not the page's reader's)
 * @param digits whether the rule covers a digit ({@code 0}–{@code 9} or their full-width forms):
 *        no {@code unicode-range}, or one that holds one
 * @param folder where a relative address starts from; empty for a sheet not read from a folder
 * @param lightest the lightest {@code font-weight} the face is declared for (400 when none is given)
 * @param heaviest the heaviest: the same, or the top of a range ({@code font-weight:100 900})
 * @param italic whether its {@code font-style} is {@code italic} or {@code oblique}
 */
record FontFace(String family, List<String> sources, boolean digits, Optional<Path> folder, int lightest, int heaviest,
        boolean italic) {

    private static final Pattern URL = Pattern.compile("(?is)url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)"
            + "(?:\\s*format\\(\\s*[\"']?([^\"')]*)[\"']?\\s*\\))?");
    /** A {@code unicode-range} item: {@code U+30-39}, {@code U+3?}, {@code U+FF10}. */
    private static final Pattern RANGE = Pattern.compile("(?i)u\\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?");
    /** Formats Chromium does not load: it goes on to the next source. */
    private static final List<String> UNLOADED = List.of("embedded-opentype", "svg");

    FontFace {
        sources = List.copyOf(sources);
    }

    /**
     * The rule whose block is {@code body}; empty when it names no family or no font file Chromium
     * would load (it then draws nothing: the family falls through to the next one listed).
     */
    static Optional<FontFace> of(String body, Optional<Path> folder) {
        String family = "";
        List<String> sources = new ArrayList<>();
        boolean digits = true;
        int lightest = 400;
        int heaviest = 400;
        boolean italic = false;
        for (String declaration : declarations(body)) {
            int colon = declaration.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            switch (name) {
                case "font-family" -> family = unquoted(value);
                case "src" -> {
                    sources.clear();
                    Matcher m = URL.matcher(value);
                    while (m.find()) {
                        String url = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                        String format = m.group(4) == null ? "" : m.group(4).strip().toLowerCase(Locale.ROOT);
                        if (!UNLOADED.contains(format) && !url.isBlank()) {
                            sources.add(url.strip());
                        }
                    }
                }
                case "unicode-range" -> digits = coversDigits(value);
                case "font-weight" -> {
                    String[] range = value.toLowerCase(Locale.ROOT).strip().split("\\s+");
                    lightest = weight(range[0]).orElse(400);
                    heaviest = range.length > 1 ? weight(range[1]).orElse(lightest) : lightest;
                }
                case "font-style" -> italic = !value.toLowerCase(Locale.ROOT).strip().startsWith("normal");
                default -> { }
            }
        }
        if (family.isEmpty() || sources.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FontFace(family, sources, digits, folder, Math.min(lightest, heaviest),
                Math.max(lightest, heaviest), italic));
    }

    /** An absolute {@code font-weight}: {@code normal}, {@code bold} or a number from 1 to 1000; empty for any other. */
    static Optional<Integer> weight(String value) {
        String v = value.strip();
        if (v.equals("normal")) {
            return Optional.of(400);
        }
        if (v.equals("bold")) {
            return Optional.of(700);
        }
        if (v.matches("\\d{1,4}(\\.\\d+)?")) {
            double w = Double.parseDouble(v);
            return w >= 1 && w <= 1000 ? Optional.of((int) Math.round(w)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A family name as CSS compares it: quotes taken off, escapes decoded, lower-cased, inner spaces collapsed. */
    static String unquoted(String name) {
        String n = name.strip();
        if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("'") && n.endsWith("'"))) {
            n = n.substring(1, n.length() - 1);
        }
        return unescaped(n).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A CSS escape: up to six hex digits and one white space after them, or any other character. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n]?|(.))");

    /** {@code s} with its CSS escapes decoded ({@code \\6e bnum} is {@code nbnum}, as browsers read it). */
    static String unescaped(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String c;
            if (m.group(1) != null) {
                int code = Integer.parseInt(m.group(1), 16);
                c = code == 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF ? "\uFFFD" : Character.toString(code);
            } else {
                c = m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The block's declarations, split at the semicolons outside quotes and parentheses (a {@code data:} URL holds some). */
    private static List<String> declarations(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = CssValue.topLevel(body, start, ";");
            end = end < 0 ? body.length() : end;
            out.add(body.substring(start, end));
            start = end + 1;
        }
        return out;
    }

    /** Whether a {@code unicode-range} holds a half- or full-width digit; true for one that does not parse (browsers then drop it). */
    static boolean coversDigits(String ranges) {
        boolean any = false;
        for (String item : CssValue.splitTopLevel(ranges)) {
            Matcher m = RANGE.matcher(item.strip());
            if (!m.matches()) {
                continue;
            }
            any = true;
            long low;
            long high;
            if (m.group(1).contains("?")) {
                low = Long.parseLong(m.group(1).replace('?', '0'), 16);
                high = Long.parseLong(m.group(1).replace('?', 'f'), 16);
            } else {
                low = Long.parseLong(m.group(1), 16);
                high = m.group(2) == null ? low : Long.parseLong(m.group(2), 16);
            }
            if (low <= '9' && high >= '0' || low <= 0xFF19 && high >= 0xFF10) {
                return true;
            }
        }
        return !any;
    }
}
