package org.nianbao.read.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How much a glyph's outline looks like each of the ten digits: the outline is filled into a small
 * square (its taller side fills it, aspect kept, centred), blurred so that stroke weight and serifs
 * matter less than where the strokes run, and compared by correlation with the same rendering of
 * the digits of 52 reference fonts that ship with the code ({@code digit-shapes.txt} beside this
 * class: DejaVu, Noto CJK SC, Liberation 2 and Open Sans in their weights and slants; the file names
 * them, their licences and how it was made). No system font is looked up at run time. A digit's score is its best correlation with any
 * reference font's glyph of that digit, 1 for the same picture.
 *
 * <p>The references separate all ten digits where counting holes cannot: a 3 from a 5 (which side
 * is open), a 6 from a 9 (where the hole sits), a 1 from a 7. Measured on 36 fonts none of them was
 * made from (the URW base 35 in all their styles, WenQuanYi Zen Hei): each digit scores highest as
 * itself, some by as little as 0.001 (WenQuanYi Zen Hei Mono's 3 against a 5), while any two digits
 * swapped lower the sum of their scores by at least 0.11; so a font is judged on all its digits
 * together ({@link FontDigits}).
 */
final class DigitShapes {

    /** Side of the square a glyph is filled into, in pixels. */
    static final int SIZE = 24;
    /** Blur applied before comparing, in pixels (standard deviation of a Gaussian). */
    private static final double BLUR = 1.0;
    private static final String RESOURCE = "digit-shapes.txt";

    /** The reference glyphs, blurred and normalised, by digit. */
    private final List<List<float[]>> references;

    private DigitShapes(List<List<float[]>> references) {
        this.references = references;
    }

    /** The references that ship with the code. */
    static DigitShapes shipped() {
        try (InputStream in = DigitShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * References read from lines {@code font digit pixels}, the pixels {@link #SIZE}² hexadecimal
     * digits (ink 0–f, row by row, top first); lines starting with {@code #} are comments.
     */
    static DigitShapes read(BufferedReader lines) throws IOException {
        List<List<float[]>> refs = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            refs.add(new ArrayList<>());
        }
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split(" ");
            String hex = f[f.length - 1];
            float[] ink = new float[SIZE * SIZE];
            for (int i = 0; i < ink.length; i++) {
                ink[i] = Character.digit(hex.charAt(i), 16) / 15f;
            }
            refs.get(Integer.parseInt(f[f.length - 2])).add(normalised(ink));
        }
        return new DigitShapes(refs);
    }

    /** How much the outline looks like each digit, by the digit; null for an empty outline. */
    double[] scores(GeneralPath outline) {
        float[] ink = ink(outline);
        if (ink == null) {
            return null;
        }
        float[] shape = normalised(ink);
        double[] scores = new double[10];
        for (int d = 0; d < 10; d++) {
            double best = -1;
            for (float[] r : references.get(d)) {
                double s = 0;
                for (int i = 0; i < shape.length; i++) {
                    s += shape[i] * r[i];
                }
                best = Math.max(best, s);
            }
            scores[d] = best;
        }
        return scores;
    }

    /**
     * The outline (glyph space, y up) filled anti-aliased into the square, ink 0–1 row by row from
     * the top; null for an empty outline. The generator of the references uses it too.
     */
    static float[] ink(GeneralPath outline) {
        Rectangle2D box = outline.getBounds2D();
        if (box.isEmpty() || box.getWidth() <= 0 || box.getHeight() <= 0) {
            return null;
        }
        double scale = (SIZE - 4) / Math.max(box.getWidth(), box.getHeight());
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform at = new AffineTransform();
            at.translate(SIZE / 2.0, SIZE / 2.0);
            at.scale(scale, -scale);
            at.translate(-box.getCenterX(), -box.getCenterY());
            g.setColor(Color.WHITE);
            g.fill(at.createTransformedShape(outline));
        } finally {
            g.dispose();
        }
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float[] ink = new float[pixels.length];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (pixels[i] & 0xFF) / 255f;
        }
        return ink;
    }

    /** Blurred, then shifted to mean 0 and scaled to length 1, so that a dot product is a correlation. */
    private static float[] normalised(float[] ink) {
        int r = (int) Math.ceil(2.5 * BLUR);
        double[] kernel = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            kernel[i + r] = Math.exp(-i * i / (2 * BLUR * BLUR));
            sum += kernel[i + r];
        }
        float[] across = new float[ink.length];
        float[] out = new float[ink.length];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double a = 0;
                for (int i = -r; i <= r; i++) {
                    int xx = x + i;
                    a += xx >= 0 && xx < SIZE ? kernel[i + r] * ink[y * SIZE + xx] : 0;
                }
                across[y * SIZE + x] = (float) (a / sum);
            }
        }
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double a = 0;
                for (int i = -r; i <= r; i++) {
                    int yy = y + i;
                    a += yy >= 0 && yy < SIZE ? kernel[i + r] * across[yy * SIZE + x] : 0;
                }
                out[y * SIZE + x] = (float) (a / sum);
            }
        }
        double mean = 0;
        for (float v : out) {
            mean += v;
        }
        mean /= out.length;
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] -= (float) mean;
            norm += out[i] * out[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < out.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (out[i] / norm);
        }
        return out;
    }
}
