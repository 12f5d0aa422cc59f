package org.nianbao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CSS colour values as CSS Color 4 defines them, evaluated to sRGB: the 148 named colours,
 * {@code transparent}, the system colours (light scheme), {@code #rgb}, {@code #rgba},
 * {@code #rrggbb}, {@code #rrggbbaa}, {@code rgb()}/{@code rgba()}, {@code hsl()}/{@code hsla()},
 * {@code hwb()}, {@code lab()}, {@code lch()}, {@code oklab()}, {@code oklch()}, {@code color()} in
 * its predefined spaces and {@code light-dark()}, in both the comma and the space syntax, with
 * {@code none} and angle units. HTML's presentational colour attributes ({@code <font color>},
 * {@code bgcolor}) follow HTML's own "rules for parsing a legacy colour value" ({@link #legacy}).
 * A colour it cannot evaluate ({@code color-mix()}, relative colours, {@code calc()} in a channel,
 * an unknown word) is empty: callers must not take what is drawn in it as shown without saying so.
 */
final class CssColour {

    /** A colour in sRGB, channels 0–255 (clamped into the gamut), alpha 0–1. */
    record Rgba(double r, double g, double b, double alpha) {
        int[] rgb() {
            return new int[] {(int) Math.round(r), (int) Math.round(g), (int) Math.round(b)};
        }
    }

    private static final Map<String, String> NAMED = table("transparent=00000000 "
            + "aliceblue=f0f8ff antiquewhite=faebd7 aqua=00ffff aquamarine=7fffd4 azure=f0ffff beige=f5f5dc "
            + "bisque=ffe4c4 black=000000 blanchedalmond=ffebcd blue=0000ff blueviolet=8a2be2 brown=a52a2a "
            + "burlywood=deb887 cadetblue=5f9ea0 chartreuse=7fff00 chocolate=d2691e coral=ff7f50 "
            + "cornflowerblue=6495ed cornsilk=fff8dc crimson=dc143c cyan=00ffff darkblue=00008b darkcyan=008b8b "
            + "darkgoldenrod=b8860b darkgray=a9a9a9 darkgreen=006400 darkgrey=a9a9a9 darkkhaki=bdb76b "
            + "darkmagenta=8b008b darkolivegreen=556b2f darkorange=ff8c00 darkorchid=9932cc darkred=8b0000 "
            + "darksalmon=e9967a darkseagreen=8fbc8f darkslateblue=483d8b darkslategray=2f4f4f "
            + "darkslategrey=2f4f4f darkturquoise=00ced1 darkviolet=9400d3 deeppink=ff1493 deepskyblue=00bfff "
            + "dimgray=696969 dimgrey=696969 dodgerblue=1e90ff firebrick=b22222 floralwhite=fffaf0 "
            + "forestgreen=228b22 fuchsia=ff00ff gainsboro=dcdcdc ghostwhite=f8f8ff gold=ffd700 goldenrod=daa520 "
            + "gray=808080 green=008000 greenyellow=adff2f grey=808080 honeydew=f0fff0 hotpink=ff69b4 "
            + "indianred=cd5c5c indigo=4b0082 ivory=fffff0 khaki=f0e68c lavender=e6e6fa lavenderblush=fff0f5 "
            + "lawngreen=7cfc00 lemonchiffon=fffacd lightblue=add8e6 lightcoral=f08080 lightcyan=e0ffff "
            + "lightgoldenrodyellow=fafad2 lightgray=d3d3d3 lightgreen=90ee90 lightgrey=d3d3d3 lightpink=ffb6c1 "
            + "lightsalmon=ffa07a lightseagreen=20b2aa lightskyblue=87cefa lightslategray=778899 "
            + "lightslategrey=778899 lightsteelblue=b0c4de lightyellow=ffffe0 lime=00ff00 limegreen=32cd32 "
            + "linen=faf0e6 magenta=ff00ff maroon=800000 mediumaquamarine=66cdaa mediumblue=0000cd "
            + "mediumorchid=ba55d3 mediumpurple=9370db mediumseagreen=3cb371 mediumslateblue=7b68ee "
            + "mediumspringgreen=00fa9a mediumturquoise=48d1cc mediumvioletred=c71585 midnightblue=191970 "
            + "mintcream=f5fffa mistyrose=ffe4e1 moccasin=ffe4b5 navajowhite=ffdead navy=000080 oldlace=fdf5e6 "
            + "olive=808000 olivedrab=6b8e23 orange=ffa500 orangered=ff4500 orchid=da70d6 palegoldenrod=eee8aa "
            + "palegreen=98fb98 paleturquoise=afeeee palevioletred=db7093 papayawhip=ffefd5 peachpuff=ffdab9 "
            + "peru=cd853f pink=ffc0cb plum=dda0dd powderblue=b0e0e6 purple=800080 rebeccapurple=663399 red=ff0000 "
            + "rosybrown=bc8f8f royalblue=4169e1 saddlebrown=8b4513 salmon=fa8072 sandybrown=f4a460 "
            + "seagreen=2e8b57 seashell=fff5ee sienna=a0522d silver=c0c0c0 skyblue=87ceeb slateblue=6a5acd "
            + "slategray=708090 slategrey=708090 snow=fffafa springgreen=00ff7f steelblue=4682b4 tan=d2b48c "
            + "teal=008080 thistle=d8bfd8 tomato=ff6347 turquoise=40e0d0 violet=ee82ee wheat=f5deb3 white=ffffff "
            + "whitesmoke=f5f5f5 yellow=ffff00 yellowgreen=9acd32 "
            // system colours, as Chromium paints them in the light scheme
            + "canvas=ffffff canvastext=000000 window=ffffff windowtext=000000 field=ffffff fieldtext=000000 "
            + "buttonface=efefef buttontext=000000 buttonborder=767676 highlighttext=000000 highlight=b5d5ff "
            + "linktext=0000ee visitedtext=551a8b activetext=ff0000 mark=ffff00 marktext=000000 graytext=808080 "
            + "selecteditem=0075ff selecteditemtext=ffffff accentcolor=0075ff accentcolortext=ffffff");

    /** Two colours, each as CSS writes it, that a reader cannot tell apart; false when either cannot be told. */
    static boolean close(String color, String other) {
        Optional<int[]> t = rgb(color);
        Optional<int[]> b = rgb(other);
        return t.isPresent() && b.isPresent() && near(t.get(), b.get());
    }

    /** Two colours a reader cannot tell apart. */
    static boolean near(int[] t, int[] b) {
        return Math.abs(t[0] - b[0]) + Math.abs(t[1] - b[1]) + Math.abs(t[2] - b[2]) <= 24;
    }

    /** A colour's red, green and blue (0–255), alpha aside; empty for a colour this reader cannot evaluate. */
    static Optional<int[]> rgb(String color) {
        return parse(color).map(Rgba::rgb);
    }

    /** The alpha of a colour, 1 for a colour this reader cannot evaluate. */
    static double alpha(String color) {
        return parse(color).map(Rgba::alpha).orElse(1.0);
    }

    /** The first colour of a {@code background} value: a function ({@code rgb(0, 0, 0)}) or a word. */
    static String firstColour(String background) {
        String b = background.strip();
        int open = b.indexOf('(');
        if (open > 0 && b.substring(0, open).matches("[a-z-]+")) {
            int close = CssValue.closing(b, open);
            return b.substring(0, close < 0 ? b.length() : close + 1);
        }
        return b.split("\\s+")[0];
    }

    /**
     * A value that CSS would take as a colour (a colour function, or one holding {@code var()} or
     * {@code calc()}) which this reader cannot evaluate. Anything else it cannot parse (a hex without
     * {@code #}, an unknown word) is not a colour at all: browsers drop the declaration.
     */
    static boolean unevaluable(String color) {
        String c = color.strip().toLowerCase(Locale.ROOT);
        if (parse(c).isPresent()) {
            return false;
        }
        int open = c.indexOf('(');
        return c.contains("var(") || c.contains("calc(") || c.contains("env(")
                || open > 0 && COLOUR_FUNCTIONS.contains(c.substring(0, open).strip());
    }

    private static final java.util.Set<String> COLOUR_FUNCTIONS = java.util.Set.of("rgb", "rgba", "hsl", "hsla", "hwb",
            "lab", "lch", "oklab", "oklch", "color", "color-mix", "light-dark", "device-cmyk", "contrast-color");

    /** A CSS colour evaluated to sRGB; empty when this reader cannot evaluate it. */
    static Optional<Rgba> parse(String color) {
        String c = color.strip().toLowerCase(Locale.ROOT);
        String named = NAMED.get(c);
        if (named != null) {
            return hex(named);
        }
        if (c.startsWith("#")) {
            String h = c.substring(1);
            if (!h.matches("[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}")) {
                return Optional.empty();
            }
            if (h.length() <= 4) {
                StringBuilder sb = new StringBuilder();
                h.chars().forEach(ch -> sb.append((char) ch).append((char) ch));
                h = sb.toString();
            }
            return hex(h);
        }
        int open = c.indexOf('(');
        if (open <= 0 || !c.endsWith(")") || CssValue.closing(c, open) != c.length() - 1) {
            return Optional.empty();
        }
        String function = c.substring(0, open).strip();
        String inside = c.substring(open + 1, c.length() - 1).strip();
        if (function.equals("light-dark")) {
            List<String> two = CssValue.splitTopLevel(inside);
            return two.size() == 2 ? parse(two.get(0)) : Optional.empty(); // pages are read in the light scheme
        }
        if (inside.contains("(") || inside.startsWith("from ")) {
            return Optional.empty(); // calc(), var() left over, a relative colour: not evaluated
        }
        Optional<Args> args = Args.of(function.equals("color") ? inside.replaceFirst("^[a-z0-9-]+\\s+", "") : inside);
        if (args.isEmpty()) {
            return Optional.empty();
        }
        Args a = args.get();
        try {
            return switch (function) {
                case "rgb", "rgba" -> a.size(3) ? srgb(a.fraction(0, 255), a.fraction(1, 255), a.fraction(2, 255), a)
                        : Optional.empty();
                case "hsl", "hsla" -> a.size(3) ? hsl(a.hue(0), a.fraction(1, 100), a.fraction(2, 100), a)
                        : Optional.empty();
                case "hwb" -> a.size(3) && !a.legacy ? hwb(a.hue(0), a.fraction(1, 100), a.fraction(2, 100), a)
                        : Optional.empty();
                case "lab" -> a.size(3) && !a.legacy ? lab(a.scaled(0, 100), a.scaled(1, 125), a.scaled(2, 125), a)
                        : Optional.empty();
                case "lch" -> a.size(3) && !a.legacy ? lch(a.scaled(0, 100), a.scaled(1, 150), a.hue(2), a)
                        : Optional.empty();
                case "oklab" -> a.size(3) && !a.legacy ? oklab(a.scaled(0, 1), a.scaled(1, 0.4), a.scaled(2, 0.4), a)
                        : Optional.empty();
                case "oklch" -> a.size(3) && !a.legacy ? oklch(a.scaled(0, 1), a.scaled(1, 0.4), a.hue(2), a)
                        : Optional.empty();
                case "color" -> a.size(3) && !a.legacy
                        ? ColourSpace.named(inside.split("\\s+")[0]).map(s -> s.toSrgb(a.scaled(0, 1), a.scaled(1, 1),
                                a.scaled(2, 1))).flatMap(v -> srgb(v[0], v[1], v[2], a))
                        : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * HTML's "rules for parsing a legacy colour value", which browsers apply to {@code <font color>},
     * {@code bgcolor} and their kin: a named colour, {@code #rgb}, or else any text read as hex
     * digits ({@code ffffff} and {@code FFFFFF} without {@code #} are white, {@code fff} is
     * {@code #0f0f0f}, a non-hex character counts as 0). Written back as {@code #rrggbb}; "" for an
     * empty value or {@code transparent}, which give no colour.
     */
    static String legacy(String attribute) {
        String s = attribute.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.isEmpty() || lower.equals("transparent")) {
            return "";
        }
        if (NAMED.containsKey(lower) && !SYSTEM.contains(lower)) {
            return lower;
        }
        if (s.matches("#[0-9a-fA-F]{3}")) {
            return lower;
        }
        StringBuilder digits = new StringBuilder();
        s.codePoints().forEach(cp -> digits.append(cp > 0xFFFF ? "00" : Character.toString(cp)));
        String d = digits.length() > 128 ? digits.substring(0, 128) : digits.toString();
        d = d.startsWith("#") ? d.substring(1) : d;
        d = d.replaceAll("[^0-9a-fA-F]", "0").toLowerCase(Locale.ROOT);
        while (d.isEmpty() || d.length() % 3 != 0) {
            d += "0";
        }
        int n = d.length() / 3;
        String[] parts = {d.substring(0, n), d.substring(n, 2 * n), d.substring(2 * n)};
        for (int i = 0; i < 3 && n > 8; i++) {
            parts[i] = parts[i].substring(n - 8);
        }
        n = Math.min(n, 8);
        while (n > 2 && parts[0].charAt(0) == '0' && parts[1].charAt(0) == '0' && parts[2].charAt(0) == '0') {
            for (int i = 0; i < 3; i++) {
                parts[i] = parts[i].substring(1);
            }
            n--;
        }
        StringBuilder out = new StringBuilder("#");
        for (String p : parts) {
            String two = p.length() > 2 ? p.substring(0, 2) : p;
            out.append(two.length() == 1 ? "0" + two : two);
        }
        return out.toString();
    }

    private static final java.util.Set<String> SYSTEM = java.util.Set.of("canvas", "canvastext", "window",
            "windowtext", "field", "fieldtext", "buttonface", "buttontext", "buttonborder", "highlighttext",
            "highlight", "linktext", "visitedtext", "activetext", "mark", "marktext", "graytext", "selecteditem",
            "selecteditemtext", "accentcolor", "accentcolortext");

    /** The channels of a function: three (or, in {@code color()}, the space's three) and an alpha. */
    private record Args(List<String> channels, String alpha, boolean legacy) {

        /** Comma syntax ({@code rgb(1, 2, 3, .5)}) or space syntax ({@code rgb(1 2 3 / 50%)}). */
        static Optional<Args> of(String inside) {
            if (inside.contains(",")) {
                List<String> parts = new ArrayList<>();
                for (String p : inside.split(",", -1)) {
                    parts.add(p.strip());
                }
                if (parts.size() < 3 || parts.size() > 4 || parts.contains("none")) {
                    return Optional.empty();
                }
                return Optional.of(new Args(parts.subList(0, 3), parts.size() == 4 ? parts.get(3) : "", true));
            }
            String[] slash = inside.split("/", -1);
            if (slash.length > 2) {
                return Optional.empty();
            }
            List<String> parts = List.of(slash[0].strip().split("\\s+"));
            return Optional.of(new Args(parts, slash.length == 2 ? slash[1].strip() : "", false));
        }

        boolean size(int n) {
            return channels.size() == n && (alpha.isEmpty() || !alpha.contains(" "));
        }

        /** A channel as a fraction of {@code full} (a number out of full, or a percentage), 0–1. */
        double fraction(int i, double full) {
            String v = channels.get(i);
            if (v.equals("none")) {
                return 0;
            }
            return v.endsWith("%") ? num(v.substring(0, v.length() - 1)) / 100 : num(v) / full;
        }

        /** A channel as a number, a percentage standing for {@code full} at 100 %. */
        double scaled(int i, double full) {
            String v = channels.get(i);
            if (v.equals("none")) {
                return 0;
            }
            return v.endsWith("%") ? num(v.substring(0, v.length() - 1)) / 100 * full : num(v);
        }

        /** A hue in degrees: a number, or an angle in deg, grad, rad or turn. */
        double hue(int i) {
            String v = channels.get(i);
            if (v.equals("none")) {
                return 0;
            }
            double h = v.endsWith("deg") ? num(v.substring(0, v.length() - 3))
                    : v.endsWith("grad") ? num(v.substring(0, v.length() - 4)) * 0.9
                    : v.endsWith("rad") ? Math.toDegrees(num(v.substring(0, v.length() - 3)))
                    : v.endsWith("turn") ? num(v.substring(0, v.length() - 4)) * 360 : num(v);
            return ((h % 360) + 360) % 360;
        }

        /** The alpha, 1 when none is written. */
        double opacity() {
            if (alpha.isEmpty() || alpha.equals("none")) {
                return alpha.isEmpty() ? 1 : 0;
            }
            double a = alpha.endsWith("%") ? num(alpha.substring(0, alpha.length() - 1)) / 100 : num(alpha);
            return Math.max(0, Math.min(1, a));
        }

        private static double num(String s) {
            double v = Double.parseDouble(s.strip());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException(s);
            }
            return v;
        }
    }

    private static Optional<Rgba> srgb(double r, double g, double b, Args a) {
        return Optional.of(new Rgba(clamp(r) * 255, clamp(g) * 255, clamp(b) * 255, a.opacity()));
    }

    /** CSS {@code hsl()}: hue in degrees, saturation and lightness in 0..1. */
    private static Optional<Rgba> hsl(double hue, double s, double l, Args a) {
        double[] v = hsl(hue, clamp(s), clamp(l));
        return srgb(v[0], v[1], v[2], a);
    }

    private static double[] hsl(double hue, double s, double l) {
        double[] out = new double[3];
        int[] n = {0, 8, 4};
        for (int i = 0; i < 3; i++) {
            double k = (n[i] + hue / 30) % 12;
            out[i] = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(Math.min(k - 3, 9 - k), 1));
        }
        return out;
    }

    /** CSS {@code hwb()}: a pure hue mixed with white and black. */
    private static Optional<Rgba> hwb(double hue, double white, double black, Args a) {
        double w = clamp(white);
        double k = clamp(black);
        if (w + k >= 1) {
            double grey = w / (w + k);
            return srgb(grey, grey, grey, a);
        }
        double[] v = hsl(hue, 1, 0.5);
        return srgb(v[0] * (1 - w - k) + w, v[1] * (1 - w - k) + w, v[2] * (1 - w - k) + w, a);
    }

    /** CIE Lab (D50) through XYZ to sRGB. */
    private static Optional<Rgba> lab(double l, double aa, double bb, Args a) {
        double fy = (l + 16) / 116;
        double fx = aa / 500 + fy;
        double fz = fy - bb / 200;
        double[] xyz = {labInverse(fx) * ColourSpace.D50[0], l > KAPPA * EPSILON ? Math.pow(fy, 3) : l / KAPPA,
            labInverse(fz) * ColourSpace.D50[2]};
        double[] v = ColourSpace.SRGB.fromXyz(ColourSpace.mul(ColourSpace.D50_TO_D65, xyz));
        return srgb(v[0], v[1], v[2], a);
    }

    private static double labInverse(double f) {
        return Math.pow(f, 3) > EPSILON ? Math.pow(f, 3) : (116 * f - 16) / KAPPA;
    }

    private static final double KAPPA = 24389.0 / 27;
    private static final double EPSILON = 216.0 / 24389;

    private static Optional<Rgba> lch(double l, double c, double h, Args a) {
        return lab(l, Math.max(0, c) * Math.cos(Math.toRadians(h)), Math.max(0, c) * Math.sin(Math.toRadians(h)), a);
    }

    /** Oklab straight to linear sRGB (Björn Ottosson's matrices, as CSS Color 4 uses them). */
    private static Optional<Rgba> oklab(double l, double aa, double bb, Args a) {
        double lp = Math.pow(l + 0.3963377774 * aa + 0.2158037573 * bb, 3);
        double mp = Math.pow(l - 0.1055613458 * aa - 0.0638541728 * bb, 3);
        double sp = Math.pow(l - 0.0894841775 * aa - 1.2914855480 * bb, 3);
        double r = 4.0767416621 * lp - 3.3077115913 * mp + 0.2309699292 * sp;
        double g = -1.2684380046 * lp + 2.6097574011 * mp - 0.3413193965 * sp;
        double b = -0.0041960863 * lp - 0.7034186147 * mp + 1.7076147010 * sp;
        return srgb(ColourSpace.SRGB.encode(r), ColourSpace.SRGB.encode(g), ColourSpace.SRGB.encode(b), a);
    }

    private static Optional<Rgba> oklch(double l, double c, double h, Args a) {
        return oklab(l, Math.max(0, c) * Math.cos(Math.toRadians(h)), Math.max(0, c) * Math.sin(Math.toRadians(h)), a);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static Optional<Rgba> hex(String h) {
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
        return Optional.of(new Rgba(Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                Integer.parseInt(h.substring(4, 6), 16), a));
    }

    private static Map<String, String> table(String pairs) {
        Map<String, String> out = new HashMap<>();
        for (String pair : pairs.strip().split("\\s+")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return Map.copyOf(out);
    }

    private CssColour() {
    }
}
