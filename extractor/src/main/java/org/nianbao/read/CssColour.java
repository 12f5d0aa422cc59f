package org.nianbao.read;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS colour values as this reader understands them: names, {@code #rgb}, {@code #rrggbb(aa)},
 * {@code rgb()}/{@code rgba()} and {@code hsl()}/{@code hsla()}, their alpha, and when two of them
 * look alike. A colour it cannot spell is empty, so callers assume what is drawn in it shows.
 */
final class CssColour {

    private static final Pattern RGB = Pattern.compile("rgba?\\(\\s*([0-9.]+%?)\\s*[, ]\\s*([0-9.]+%?)\\s*[, ]\\s*"
            + "([0-9.]+%?)\\s*(?:[,/]\\s*([0-9.]+%?)\\s*)?\\)");
    private static final Pattern HSL = Pattern.compile("hsla?\\(\\s*([0-9.]+)(?:deg)?\\s*[, ]\\s*([0-9.]+)%\\s*[, ]\\s*"
            + "([0-9.]+)%\\s*(?:[,/]\\s*([0-9.]+%?)\\s*)?\\)");
    private static final Map<String, int[]> NAMED = Map.of("white", new int[] {255, 255, 255},
            "black", new int[] {0, 0, 0}, "snow", new int[] {255, 250, 250}, "ivory", new int[] {255, 255, 240},
            "whitesmoke", new int[] {245, 245, 245}, "red", new int[] {255, 0, 0}, "blue", new int[] {0, 0, 255});

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

    /** A colour's red, green and blue (0–255), alpha aside; empty for a colour this reader cannot spell. */
    static Optional<int[]> rgb(String color) {
        String c = color.strip().toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(c)) {
            return Optional.of(NAMED.get(c));
        }
        if (c.matches("#[0-9a-f]{3}")) {
            return Optional.of(new int[] {hex(c.substring(1, 2).repeat(2)), hex(c.substring(2, 3).repeat(2)),
                    hex(c.substring(3, 4).repeat(2))});
        }
        if (c.matches("#[0-9a-f]{6}([0-9a-f]{2})?")) {
            return Optional.of(new int[] {hex(c.substring(1, 3)), hex(c.substring(3, 5)), hex(c.substring(5, 7))});
        }
        Matcher m = RGB.matcher(c);
        if (m.matches()) {
            return Optional.of(new int[] {channel(m.group(1)), channel(m.group(2)), channel(m.group(3))});
        }
        Matcher h = HSL.matcher(c);
        if (h.matches()) {
            return Optional.of(hsl(Double.parseDouble(h.group(1)), Double.parseDouble(h.group(2)) / 100,
                    Double.parseDouble(h.group(3)) / 100));
        }
        return Optional.empty();
    }

    /** The first colour of a {@code background} value: a function ({@code rgb(0, 0, 0)}) or a word. */
    static String firstColour(String background) {
        String b = background.strip();
        int close = b.indexOf(')');
        if ((b.startsWith("rgb") || b.startsWith("hsl")) && close > 0) {
            return b.substring(0, close + 1);
        }
        return b.split("\\s+")[0];
    }

    /** The alpha of an {@code rgba()}/{@code hsla()} colour (or a #rrggbbaa one), 1 for any other colour. */
    static double alpha(String color) {
        String c = color.strip().toLowerCase(Locale.ROOT);
        if (c.matches("#[0-9a-f]{8}")) {
            return hex(c.substring(7, 9)) / 255.0;
        }
        Matcher m = RGB.matcher(c);
        Matcher h = HSL.matcher(c);
        String a = m.matches() ? m.group(4) : h.matches() ? h.group(4) : null;
        if (a == null) {
            return 1;
        }
        return a.endsWith("%") ? Double.parseDouble(a.substring(0, a.length() - 1)) / 100 : Double.parseDouble(a);
    }

    /** CSS {@code hsl()}: hue in degrees, saturation and lightness in 0..1. */
    private static int[] hsl(double hue, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double hp = (hue % 360) / 60;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double[] rgb = hp < 1 ? new double[] {c, x, 0} : hp < 2 ? new double[] {x, c, 0} : hp < 3 ? new double[] {0, c, x}
                : hp < 4 ? new double[] {0, x, c} : hp < 5 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        double m = l - c / 2;
        return new int[] {(int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255),
                (int) Math.round((rgb[2] + m) * 255)};
    }

    private static int hex(String s) {
        return Integer.parseInt(s, 16);
    }

    private static int channel(String s) {
        double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 2.55 : Double.parseDouble(s);
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }
    private CssColour() {
    }
}
