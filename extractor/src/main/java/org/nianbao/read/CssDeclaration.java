package org.nianbao.read;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which declarations a browser keeps. CSS drops a declaration whose value does not parse for its
 * property, and the one before it stands: the old Internet Explorer hacks ({@code display:inline\9},
 * {@code color:#000\9}, {@code inline\0/}), a typo ({@code color:#00000}, {@code !importent}) or a
 * word the property does not know. Checked for every property {@link StyleSheet} keeps, in Chromium
 * (corpus/redteam/css-ie-hack-dropped-2021.html). A value holding {@code var()} is kept: it is only
 * checked once substituted, where an invalid one makes the property unset ({@link CssVariables}).
 */
final class CssDeclaration {

    private static final Set<String> COLOURED = Set.of("color", "background-color", "-webkit-text-fill-color",
            "-webkit-text-stroke-color");
    /** The words a keyword property takes (CSS Display 3 for {@code display}). */
    private static final java.util.Map<String, Set<String>> KEYWORDS = java.util.Map.of(
            "display", Set.of("none", "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid",
                    "flow", "flow-root", "list-item", "table", "inline-table", "table-row", "table-cell",
                    "table-row-group", "table-header-group", "table-footer-group", "table-column", "table-column-group",
                    "table-caption", "contents", "run-in", "ruby", "ruby-base", "ruby-text", "ruby-base-container",
                    "ruby-text-container", "math", "-webkit-box", "-webkit-inline-box", "-webkit-flex", "-ms-flexbox"),
            "visibility", Set.of("visible", "hidden", "collapse"),
            "content-visibility", Set.of("visible", "hidden", "auto"),
            "position", Set.of("static", "relative", "absolute", "fixed", "sticky", "-webkit-sticky"),
            "overflow", Set.of("visible", "hidden", "clip", "scroll", "auto", "overlay"),
            "overflow-x", Set.of("visible", "hidden", "clip", "scroll", "auto", "overlay"),
            "overflow-y", Set.of("visible", "hidden", "clip", "scroll", "auto", "overlay"),
            "isolation", Set.of("auto", "isolate"),
            "mso-hide", Set.of("all", "none", "screen", "print"));
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?");
    private static final Pattern DIMENSION = Pattern.compile(NUMBER.pattern() + "([a-z]+|%)?");
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]*");
    private static final Pattern HASHLESS = Pattern.compile("[0-9a-f]{3}|[0-9a-f]{6}");
    private static final Set<String> SIZES = Set.of("xx-small", "x-small", "small", "medium", "large", "x-large",
            "xx-large", "xxx-large", "smaller", "larger", "math");
    private static final Set<String> SYSTEM_FONTS = Set.of("caption", "icon", "menu", "message-box", "small-caption",
            "status-bar");
    private static final Set<String> UNITS = Set.of("px", "pt", "pc", "cm", "mm", "q", "in", "em", "rem", "ex", "rex",
            "ch", "rch", "ic", "ric", "lh", "rlh", "cap", "rcap", "vw", "vh", "vi", "vb", "vmin", "vmax", "svw", "svh",
            "lvw", "lvh", "dvw", "dvh", "cqw", "cqh", "cqi", "cqb", "cqmin", "cqmax", "%");

    /** Whether a browser keeps {@code name: value} (value lower-cased, {@code !important} taken off). */
    static boolean valid(String name, String value, boolean quirks) {
        String v = value.strip();
        if (v.isEmpty()) {
            return false;
        }
        if (v.contains("var(") || v.contains("env(") || v.contains("attr(") && !name.equals("content")) {
            return true;
        }
        if (v.indexOf('!') >= 0 && !name.equals("content")
                || v.indexOf('\\') >= 0 && !name.equals("content") && !name.equals("font-family")) {
            // an escape in a keyword or number (IE's \9, \0/) or a misspelt !important; a family name is an
            // identifier, where an escape is a character (font-family:\6e bnum is nbnum, FontFace.unquoted)
            return false;
        }
        if (CssWideKeyword.is(v)) {
            return true;
        }
        Set<String> words = KEYWORDS.get(name);
        if (words != null) {
            return CssValue.parts(v).stream().allMatch(words::contains);
        }
        if (COLOURED.contains(name)) {
            return colour(v, quirks);
        }
        return switch (name) {
            case "opacity" -> amount(v);
            case "zoom" -> amount(v) && !v.startsWith("-") || v.equals("normal") || v.equals("reset");
            case "font-size" -> SIZES.contains(v) || length(v, quirks) && !v.startsWith("-");
            case "z-index" -> v.equals("auto") || v.matches("[+-]?[0-9]+");
            default -> CssValue.parts(v.replace(",", " , ")).stream().allMatch(CssDeclaration::token);
        };
    }

    /**
     * The {@code font-size} the {@code font} shorthand sets ({@code [style variant weight stretch]
     * size[/line-height] family}, or a system font, read as the normal size); empty when the value
     * is not a font.
     */
    static Optional<String> fontSize(String font) {
        String v = font.strip();
        if (SYSTEM_FONTS.contains(v)) {
            return Optional.of("medium");
        }
        if (CssWideKeyword.is(v)) {
            return Optional.of(v);
        }
        for (String part : CssValue.parts(v)) {
            String size = part.contains("/") ? part.substring(0, part.indexOf('/')) : part;
            if (part.startsWith("\"") || part.startsWith("'")) {
                return Optional.empty(); // the family came before any size
            }
            if (SIZES.contains(size) || length(size, false) && !size.startsWith("-") && !size.matches(NUMBER.pattern())
                    || size.matches("0+(\\.0*)?")) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code font-weight} ({@code word} false) or {@code font-style} ({@code word} true: {@code italic}
     * or {@code normal}) a {@code font} shorthand sets: a word before its size, else {@code normal}, for
     * the shorthand resets what it leaves out; empty when it is no font value.
     */
    static Optional<String> fontFace(String font, boolean style) {
        String v = font.strip();
        if (CssWideKeyword.is(v)) {
            return Optional.of(v);
        }
        Optional<String> size = SYSTEM_FONTS.contains(v) ? Optional.of("") : fontSize(v);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        for (String part : CssValue.parts(v)) {
            String sized = part.contains("/") ? part.substring(0, part.indexOf('/')) : part;
            if (sized.equals(size.get())) {
                break;
            }
            if (style && (part.equals("italic") || part.startsWith("oblique"))) {
                return Optional.of("italic");
            }
            if (!style && (part.equals("bolder") || part.equals("lighter") || FontFace.weight(part).isPresent()
                    && !part.equals("normal"))) {
                return Optional.of(part);
            }
        }
        return Optional.of("normal");
    }

    /**
     * The {@code font-family} list a {@code font} shorthand sets: what follows its size (and line
     * height); a CSS-wide keyword or a system font as written; empty when it is no font value.
     */
    static Optional<String> fontFamily(String font) {
        String v = font.strip();
        if (SYSTEM_FONTS.contains(v) || CssWideKeyword.is(v)) {
            return Optional.of(v);
        }
        Optional<String> size = fontSize(v);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        int at = 0;
        for (String part : CssValue.parts(v)) {
            at = v.indexOf(part, at) + part.length();
            String sized = part.contains("/") ? part.substring(0, part.indexOf('/')) : part;
            if (sized.equals(size.get())) {
                break;
            }
        }
        String rest = v.substring(Math.min(at, v.length())).strip();
        if (rest.startsWith("/")) { // a line height written apart: "12px / 1.5 serif"
            rest = rest.substring(1).strip().replaceFirst("^\\S+", "").strip();
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    /** A number or a percentage ({@code 0}, {@code .5}, {@code 0%}), or a math function. */
    private static boolean amount(String v) {
        return NUMBER.matcher(v).matches() || v.endsWith("%") && NUMBER.matcher(v.substring(0, v.length() - 1)).matches()
                || function(v);
    }

    /** A length or percentage; a bare number only when it is 0, or in quirks mode. */
    private static boolean length(String v, boolean quirks) {
        if (function(v)) {
            return true;
        }
        var m = DIMENSION.matcher(v);
        if (!m.matches()) {
            return false;
        }
        String unit = m.group(3);
        return unit == null ? quirks || v.matches("[+-]?0*\\.?0*") : UNITS.contains(unit);
    }

    private static boolean function(String v) {
        return v.matches("[a-z-]+\\(.*\\)");
    }

    /** A colour as CSS writes it; in quirks mode also a hex written without its {@code #}. */
    private static boolean colour(String v, boolean quirks) {
        return CssColour.parse(v).isPresent() || CssColour.unevaluable(v) || v.equals("currentcolor")
                || quirks && HASHLESS.matcher(v).matches();
    }

    /** One part of a value: a word, a number with or without unit, a string, a function, a hex colour of a valid length. */
    private static boolean token(String part) {
        if (part.startsWith("#")) {
            return HEX.matcher(part).matches() && Set.of(4, 5, 7, 9).contains(part.length());
        }
        return true;
    }

    private CssDeclaration() {
    }
}
