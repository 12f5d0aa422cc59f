package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a media query list ({@code @media}, {@code <style media>}, {@code <link media>},
 * {@code @import … media}) holds where a report is read: a desktop screen {@value #SCREEN_WIDTH} px
 * wide, in landscape, with a mouse (hover, fine pointer), light colour scheme and no accessibility
 * preference set. A feature that differs between such desktops (the window's height, the screen's
 * resolution, its aspect ratio, a wide gamut) cannot be decided: the list is then neither taken to
 * hold nor to fail (empty), and what its rules would style is put in doubt. A feature browsers do not
 * know ({@code -ms-high-contrast}, IE's hacks) makes its query fail, as in Chromium.
 */
final class CssMedia {

    /** The width a report page is read at: a common desktop window. */
    static final int SCREEN_WIDTH = 1280;

    private static final Pattern FEATURE = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern RANGE = Pattern.compile(
            "^(?:([0-9.]++[a-z]*+)\\s*+(<=|<|>=|>|=)\\s*+)?([a-z-]++)(?:\\s*+(<=|<|>=|>|=)\\s*+([0-9.]++[a-z]*+))?");
    private static final Pattern LENGTH = Pattern.compile("([0-9]*\\.?[0-9]+)(px|em|rem)?");

    /**
     * True when some query of the list holds on the desktop screen, false when none can, empty
     * when that cannot be decided. An empty list holds.
     */
    static Optional<Boolean> onScreen(String mediaList) {
        String list = mediaList.strip().toLowerCase(Locale.ROOT);
        if (list.isEmpty()) {
            return Optional.of(true);
        }
        boolean undecided = false;
        for (String query : CssValue.splitTopLevel(list)) {
            Optional<Boolean> holds = query(query);
            if (holds.isEmpty()) {
                undecided = true;
            } else if (holds.get()) {
                return Optional.of(true);
            }
        }
        return undecided ? Optional.empty() : Optional.of(false);
    }

    /** One query: {@code [not|only] type [and (feature)]…} or {@code (feature) [and (feature)]…}. */
    private static Optional<Boolean> query(String query) {
        String q = query.strip();
        boolean negated = q.startsWith("not ");
        q = q.replaceFirst("^(not|only)\\s+", "");
        String type = q.startsWith("(") ? "all" : q.split("[\\s(]+")[0];
        if (!type.equals("all") && !type.equals("screen")) {
            return Optional.of(negated); // print, speech, tv …: no desktop screen is one
        }
        String rest = q.startsWith("(") ? q : q.substring(type.length()).strip();
        List<String> features = new ArrayList<>();
        Matcher f = FEATURE.matcher(rest);
        StringBuilder joins = new StringBuilder();
        int at = 0;
        while (f.find()) {
            joins.append(rest, at, f.start());
            features.add(f.group(1).strip());
            at = f.end();
        }
        joins.append(rest.substring(at));
        if (!joins.toString().replace("and", " ").isBlank()) {
            return Optional.empty(); // "or", nested brackets, a malformed query: not decided here
        }
        boolean all = true;
        boolean undecided = false;
        for (String feature : features) {
            Optional<Boolean> holds = feature(feature);
            undecided |= holds.isEmpty();
            all &= holds.orElse(true);
        }
        if (!all) {
            return Optional.of(negated); // one feature that fails decides the query, whatever the others
        }
        return undecided ? Optional.empty() : Optional.of(!negated);
    }

    /** One feature inside brackets: {@code name: value}, {@code name}, or a range ({@code width >= 768px}). */
    static Optional<Boolean> feature(String feature) {
        int colon = feature.indexOf(':');
        if (colon >= 0) {
            return named(feature.substring(0, colon).strip(), feature.substring(colon + 1).strip());
        }
        Matcher range = RANGE.matcher(feature.strip());
        if (!range.matches()) {
            return Optional.empty();
        }
        String name = range.group(3);
        if (range.group(2) == null && range.group(4) == null) {
            return named(name, null);
        }
        if (!name.equals("width") && !name.equals("device-width")) {
            return named(name, "?"); // a range of a feature whose value is not known here
        }
        Optional<Boolean> holds = Optional.of(true);
        if (range.group(2) != null) {
            holds = compare(range.group(1), flip(range.group(2)));
        }
        if (range.group(4) != null && holds.orElse(false)) {
            holds = compare(range.group(5), range.group(4));
        }
        return holds;
    }

    /** {@code a < width} is {@code width > a}. */
    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** Whether {@code width op value} holds for the screen's width; empty for a unit not known here. */
    private static Optional<Boolean> compare(String value, String op) {
        Optional<Double> px = px(value);
        if (px.isEmpty()) {
            return Optional.empty();
        }
        double w = SCREEN_WIDTH;
        double v = px.get();
        return Optional.of(switch (op) {
            case "<" -> w < v;
            case "<=" -> w <= v;
            case ">" -> w > v;
            case ">=" -> w >= v;
            default -> w == v;
        });
    }

    private static Optional<Double> px(String value) {
        Matcher m = LENGTH.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return Optional.of(m.group(2) == null || m.group(2).equals("px") ? v : v * 16);
    }

    /** A feature as {@code name: value}, or {@code name} alone (value null: the feature is not zero or none). */
    private static Optional<Boolean> named(String name, String value) {
        return switch (name) {
            case "width", "device-width" -> value == null ? Optional.of(true) : compare(value, "=");
            case "min-width", "min-device-width" -> value == null ? Optional.empty() : compare(value, ">=");
            case "max-width", "max-device-width" -> value == null ? Optional.empty() : compare(value, "<=");
            case "orientation" -> is(value, "landscape");
            case "prefers-color-scheme" -> is(value, "light");
            case "hover", "any-hover" -> value == null ? Optional.of(true) : is(value, "hover");
            case "pointer", "any-pointer" -> value == null ? Optional.of(true) : is(value, "fine");
            case "color", "min-color" -> Optional.of(true);
            case "monochrome" -> Optional.of(value != null && value.equals("0"));
            case "prefers-reduced-motion", "prefers-reduced-transparency", "prefers-contrast" ->
                    Optional.of(value != null && value.equals("no-preference"));
            case "forced-colors", "inverted-colors" -> Optional.of(value != null && value.equals("none"));
            case "scripting" -> value == null ? Optional.of(true) : is(value, "enabled");
            case "display-mode" -> is(value, "browser");
            case "grid" -> Optional.of(value != null && value.equals("0"));
            case "update" -> value == null ? Optional.of(true) : is(value, "fast");
            case "overflow-block", "overflow-inline" -> value == null ? Optional.of(true) : is(value, "scroll");
            case "-webkit-transform-3d" -> Optional.of(true);
            case "color-index", "min-color-index" -> Optional.of(value != null && value.equals("0"));
            case "color-gamut" -> value != null && value.equals("srgb") ? Optional.of(true) : Optional.empty();
            case "dynamic-range", "video-dynamic-range" ->
                    value != null && value.equals("standard") ? Optional.of(true) : Optional.empty();
            case "height", "min-height", "max-height", "device-height", "min-device-height", "max-device-height",
                    "aspect-ratio", "min-aspect-ratio", "max-aspect-ratio", "device-aspect-ratio",
                    "min-device-aspect-ratio", "max-device-aspect-ratio", "resolution", "min-resolution",
                    "max-resolution", "-webkit-device-pixel-ratio", "-webkit-min-device-pixel-ratio",
                    "-webkit-max-device-pixel-ratio" -> Optional.empty(); // desktops differ in these
            default -> Optional.of(false); // a feature browsers do not know: the query fails
        };
    }

    private static Optional<Boolean> is(String value, String expected) {
        return value == null ? Optional.empty() : Optional.of(value.equals(expected));
    }

    private CssMedia() {
    }
}
