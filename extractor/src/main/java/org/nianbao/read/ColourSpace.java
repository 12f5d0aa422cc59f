package org.nianbao.read;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The predefined colour spaces of CSS Color 4's {@code color()} function, each taken to CIE XYZ
 * and from there to sRGB: the RGB spaces by their primaries, white point and transfer curve (the
 * matrices are worked out from the chromaticities the spec gives, so no table of constants is
 * copied), and XYZ itself relative to D50 or D65.
 */
enum ColourSpace {
    SRGB(new double[] {0.64, 0.33, 0.30, 0.60, 0.15, 0.06}, White.D65, ColourSpace::srgbDecode),
    SRGB_LINEAR(new double[] {0.64, 0.33, 0.30, 0.60, 0.15, 0.06}, White.D65, v -> v),
    DISPLAY_P3(new double[] {0.680, 0.320, 0.265, 0.690, 0.150, 0.060}, White.D65, ColourSpace::srgbDecode),
    A98_RGB(new double[] {0.64, 0.33, 0.21, 0.71, 0.15, 0.06}, White.D65,
            v -> Math.signum(v) * Math.pow(Math.abs(v), 563.0 / 256)),
    PROPHOTO_RGB(new double[] {0.734699, 0.265301, 0.159597, 0.840403, 0.036598, 0.000105}, White.D50,
            v -> Math.abs(v) <= 16.0 / 512 ? v / 16 : Math.signum(v) * Math.pow(Math.abs(v), 1.8)),
    REC2020(new double[] {0.708, 0.292, 0.170, 0.797, 0.131, 0.046}, White.D65, ColourSpace::rec2020Decode),
    XYZ_D65(null, White.D65, v -> v),
    XYZ_D50(null, White.D50, v -> v);

    /** The white points' chromaticities (a holder: enum constants are built before the enum's static fields). */
    private static final class White {
        static final double[] D65 = {0.3127, 0.3290};
        static final double[] D50 = {0.3457, 0.3585};
    }

    /** The D50 white in XYZ (Y = 1), Lab's reference white. */
    static final double[] D50 = white(White.D50);
    /** Bradford chromatic adaptation from D50 to D65. */
    static final double[][] D50_TO_D65 = bradford(D50, white(White.D65));

    private final double[][] toXyz;
    private final DoubleUnaryOperator decode;
    private final boolean d50;

    ColourSpace(double[] primaries, double[] whiteXy, DoubleUnaryOperator decode) {
        this.toXyz = primaries == null ? null : rgbToXyz(primaries, white(whiteXy));
        this.decode = decode;
        this.d50 = whiteXy == White.D50;
    }

    /** The space a {@code color()} function names ({@code srgb}, {@code display-p3}, {@code xyz}, …). */
    static Optional<ColourSpace> named(String name) {
        return switch (name) {
            case "srgb" -> Optional.of(SRGB);
            case "srgb-linear" -> Optional.of(SRGB_LINEAR);
            case "display-p3" -> Optional.of(DISPLAY_P3);
            case "a98-rgb" -> Optional.of(A98_RGB);
            case "prophoto-rgb" -> Optional.of(PROPHOTO_RGB);
            case "rec2020" -> Optional.of(REC2020);
            case "xyz", "xyz-d65" -> Optional.of(XYZ_D65);
            case "xyz-d50" -> Optional.of(XYZ_D50);
            default -> Optional.empty();
        };
    }

    /** The colour's gamma-encoded sRGB channels (0–1, not yet clamped). */
    double[] toSrgb(double c1, double c2, double c3) {
        if (this == SRGB) {
            return new double[] {c1, c2, c3};
        }
        double[] linear = {decode.applyAsDouble(c1), decode.applyAsDouble(c2), decode.applyAsDouble(c3)};
        double[] xyz = toXyz == null ? linear : mul(toXyz, linear);
        return SRGB.fromXyz(d50 ? mul(D50_TO_D65, xyz) : xyz);
    }

    /** XYZ (D65) to this space's gamma-encoded channels; only asked of sRGB. */
    double[] fromXyz(double[] xyz) {
        double[] linear = mul(invert(toXyz), xyz);
        return new double[] {encode(linear[0]), encode(linear[1]), encode(linear[2])};
    }

    /** The sRGB transfer curve, linear light to encoded. */
    double encode(double v) {
        double a = Math.abs(v);
        return Math.signum(v) * (a <= 0.0031308 ? 12.92 * a : 1.055 * Math.pow(a, 1 / 2.4) - 0.055);
    }

    private static double srgbDecode(double v) {
        double a = Math.abs(v);
        return Math.signum(v) * (a <= 0.04045 ? a / 12.92 : Math.pow((a + 0.055) / 1.055, 2.4));
    }

    private static double rec2020Decode(double v) {
        double alpha = 1.09929682680944;
        double beta = 0.018053968510807;
        double a = Math.abs(v);
        return Math.signum(v) * (a < beta * 4.5 ? a / 4.5 : Math.pow((a + alpha - 1) / alpha, 1 / 0.45));
    }

    /** A white point's XYZ from its chromaticity, Y = 1. */
    private static double[] white(double[] xy) {
        return new double[] {xy[0] / xy[1], 1, (1 - xy[0] - xy[1]) / xy[1]};
    }

    /** The RGB-to-XYZ matrix of primaries (xr, yr, xg, yg, xb, yb) scaled so that 1, 1, 1 is the white. */
    private static double[][] rgbToXyz(double[] p, double[] white) {
        double[][] m = new double[3][3];
        for (int c = 0; c < 3; c++) {
            double x = p[2 * c];
            double y = p[2 * c + 1];
            m[0][c] = x / y;
            m[1][c] = 1;
            m[2][c] = (1 - x - y) / y;
        }
        double[] s = mul(invert(m), white);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r][c] *= s[c];
            }
        }
        return m;
    }

    private static double[][] bradford(double[] from, double[] to) {
        double[][] b = {{0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}};
        double[] f = mul(b, from);
        double[] t = mul(b, to);
        double[][] scale = {{t[0] / f[0], 0, 0}, {0, t[1] / f[1], 0}, {0, 0, t[2] / f[2]}};
        return times(invert(b), times(scale, b));
    }

    static double[] mul(double[][] m, double[] v) {
        return new double[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2], m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
    }

    private static double[][] times(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[r][c] = a[r][0] * b[0][c] + a[r][1] * b[1][c] + a[r][2] * b[2][c];
            }
        }
        return out;
    }

    private static double[][] invert(double[][] m) {
        double a = m[0][0], b = m[0][1], c = m[0][2], d = m[1][0], e = m[1][1], f = m[1][2], g = m[2][0],
                h = m[2][1], i = m[2][2];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        return new double[][] {{(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det},
            {(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det},
            {(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det}};
    }
}
