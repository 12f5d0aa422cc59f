package org.nianbao.read;

import static org.nianbao.read.CssValue.fraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much an element's own CSS shrinks what it draws, and which of the declarations that can hide
 * or shrink text hold a value this reader cannot evaluate. {@code zoom} (a number or a percentage:
 * {@code zoom:5%}) scales the text; {@code transform} ({@code scale()}, {@code scaleX()},
 * {@code scaleY()}, {@code scale3d()}, {@code matrix()}) and the {@code scale} property scale the
 * box, text and all, and {@code rotateX()}/{@code rotateY()} turn it edge-on by the cosine of
 * their angle (red team 14a, corpus/redteam/css-hiding-properties-2021.html). A box scaled in one
 * direction only is as unreadable as one scaled in both, so the smaller factor counts.
 */
final class CssShrink {

    private static final Pattern SCALING = Pattern.compile(
            "\\b(scale|scalex|scaley|scale3d|matrix|rotatex|rotatey)\\(([^()]*)\\)");
    /** What makes a value something this reader does not compute. */
    private static final Pattern UNCOMPUTED = Pattern.compile("\\b(var|calc|min|max|clamp|env|attr)\\(");
    /** The properties that can hide or shrink text, and where in their value the part that does it stands. */
    private static final List<String> HIDING = List.of("display", "visibility", "content-visibility", "opacity", "zoom",
            "scale", "font-size", "transform", "filter");

    /** The factor the element's {@code zoom}, {@code transform} and {@code scale} shrink its text by (1: none). */
    static double factor(Map<String, String> css, boolean transformable) {
        double by = zoom(css.getOrDefault("zoom", ""));
        if (!transformable) {
            return by; // an inline box: transforms do not apply to it
        }
        Matcher m = SCALING.matcher(css.getOrDefault("transform", ""));
        while (m.find()) {
            by *= scaling(m.group(1), m.group(2).split("\\s*,\\s*|\\s+"));
        }
        String scale = css.getOrDefault("scale", "").strip();
        if (!scale.isEmpty() && !scale.equals("none")) {
            by *= scaling("scale", scale.split("\\s+"));
        }
        return by;
    }

    /** The declarations that shrink, as written: {@code zoom:5%; transform:scale(.05)}. */
    static String how(Map<String, String> css) {
        List<String> out = new ArrayList<>();
        for (String p : new String[] {"zoom", "transform", "scale"}) {
            if (css.containsKey(p)) {
                out.add(p + ":" + css.get(p));
            }
        }
        return String.join("; ", out);
    }

    /**
     * The first declaration that can hide or shrink text whose deciding part is a value not
     * computed here ({@code zoom:calc(…)}, {@code transform:scale(var(--s))}, {@code opacity:var(--o)},
     * a linked sheet may define, {@code font-size:min(1px, 1em)}), as written; empty when none.
     * A {@code font-size:clamp(MIN, …)} whose minimum is a readable length is evaluable enough.
     */
    static Optional<String> unevaluable(Map<String, String> css) {
        for (String p : HIDING) {
            String v = css.getOrDefault(p, "");
            if (!UNCOMPUTED.matcher(v).find()) {
                continue;
            }
            boolean deciding = switch (p) {
                case "transform" -> scalingFunctions(v).stream().anyMatch(f -> UNCOMPUTED.matcher(f).find())
                        || v.strip().startsWith("var(");
                case "filter" -> v.matches(".*\\bopacity\\((var|calc|min|max|clamp|env)\\(.*") || v.strip().startsWith("var(");
                case "font-size" -> !readableMinimum(v);
                default -> true;
            };
            if (deciding) {
                return Optional.of(p + ":" + v);
            }
        }
        return Optional.empty();
    }

    /** The scaling functions of a transform, nested parentheses included. */
    private static List<String> scalingFunctions(String transform) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(scale|scalex|scaley|scale3d|matrix|matrix3d)\\(").matcher(transform);
        while (m.find()) {
            int close = CssValue.closing(transform, m.end() - 1);
            out.add(transform.substring(m.start(), close < 0 ? transform.length() : close + 1));
        }
        return out;
    }

    /** A {@code clamp()} whose lower bound is a length of 2 px or more: the text is at least that large. */
    private static boolean readableMinimum(String size) {
        Matcher m = Pattern.compile("^clamp\\(\\s*([^,()]+),").matcher(size.strip());
        return m.find() && CssValue.length(m.group(1)).filter(px -> px >= 2).isPresent();
    }

    /** {@code zoom}: a number or a percentage; {@code normal}, {@code reset}, 0 or anything else is 1. */
    private static double zoom(String value) {
        return fraction(value).filter(z -> z > 0).orElse(1.0);
    }

    private static double scaling(String function, String[] args) {
        if (function.startsWith("rotate")) {
            return args.length == 1 ? angle(args[0]).map(a -> Math.abs(Math.cos(a))).orElse(1.0) : 1;
        }
        List<Double> v = new ArrayList<>();
        for (String a : args) {
            Optional<Double> f = fraction(a);
            if (f.isEmpty()) {
                return 1; // a value not computed here: unevaluable() says so
            }
            v.add(Math.abs(f.get()));
        }
        if (v.isEmpty()) {
            return 1;
        }
        return switch (function) {
            case "scalex", "scaley" -> v.get(0);
            case "matrix" -> v.size() == 6 ? Math.min(Math.hypot(v.get(0), v.get(1)), Math.hypot(v.get(2), v.get(3))) : 1;
            default -> v.size() == 1 ? v.get(0) : Math.min(v.get(0), v.get(1)); // scale, scale3d
        };
    }

    /** An angle in radians ({@code 90deg}, {@code 0.25turn}, {@code 1.5708rad}, {@code 100grad}). */
    private static Optional<Double> angle(String value) {
        Matcher m = Pattern.compile("(-?[0-9]*\\.?[0-9]+)(deg|rad|turn|grad)").matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "deg" -> Math.toRadians(v);
            case "turn" -> v * 2 * Math.PI;
            case "grad" -> v * Math.PI / 200;
            default -> v;
        });
    }

    private CssShrink() {
    }
}
