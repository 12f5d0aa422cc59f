package org.nianbao.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * A page image as 8-bit grey levels (0 black, 255 white), row by row: what deskewing and ruling
 * detection work on.
 */
final class GrayPage {

    /** Paper whose grey levels spread more than this (standard deviation) is a noisy scan. */
    private static final double NOISY = 6;

    final int width;
    final int height;
    final byte[] pixels;

    GrayPage(int width, int height, byte[] pixels) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("size mismatch");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /**
     * The image in grey. A colour image is seen as a drop-out scanner sees a form: coloured ink (the
     * office's red seal stamped over a table, 公章; a reader's blue pen marks) becomes paper, while
     * black print, also under the seal or the pen, stays dark. When most of the ink is coloured (a
     * report printed in colour), nothing is dropped: the print itself would go.
     */
    static GrayPage of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY && image.getColorModel().getNumColorComponents() >= 3) {
            return dropColour(image);
        }
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = gray.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        byte[] copy = new byte[w * h];
        int stride = gray.getRaster().getSampleModel() instanceof java.awt.image.ComponentSampleModel m
                ? m.getScanlineStride() : w;
        for (int y = 0; y < h; y++) {
            System.arraycopy(data, y * stride, copy, y * w, w);
        }
        return new GrayPage(w, h, copy);
    }

    /** A pixel is coloured ink where its channels spread by more than this (of 255): grey print spreads little. */
    private static final int COLOURED = 60;
    /** A pixel is ink (for the share of coloured ink) below this brightness. */
    private static final int INKED = 200;

    /**
     * Grey from colour: a coloured pixel by how far its brightest channel is from white, a third of it
     * (a seal's red, about 215 of 255, becomes 242, a blue pen's 160 becomes 223: paper to the ink
     * threshold and the ruling finder); others by luminance. Unless coloured pixels are most of the ink.
     */
    private static GrayPage dropColour(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] luminance = new byte[w * h];
        byte[] dropped = new byte[w * h];
        long ink = 0;
        long coloured = 0;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                int max = Math.max(r, Math.max(g, b));
                boolean colour = max - Math.min(r, Math.min(g, b)) > COLOURED;
                int lum = (299 * r + 587 * g + 114 * b) / 1000;
                int v = colour ? 255 - (255 - max) / 3 : lum;
                ink += lum < INKED || colour ? 1 : 0;
                coloured += colour ? 1 : 0;
                // transparent is paper
                luminance[y * w + x] = (byte) (255 - (255 - lum) * a / 255);
                dropped[y * w + x] = (byte) (255 - (255 - v) * a / 255);
            }
        }
        return new GrayPage(w, h, 2 * coloured > ink ? luminance : dropped);
    }

    /** The page turned clockwise by {@code quarters} quarter turns (0 to 3). */
    GrayPage turnedClockwise(int quarters) {
        int q = Math.floorMod(quarters, 4);
        if (q == 0) {
            return this;
        }
        int w = q % 2 == 0 ? width : height;
        int h = q % 2 == 0 ? height : width;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int nx;
                int ny;
                switch (q) {
                    case 1 -> { nx = height - 1 - y; ny = x; }
                    case 2 -> { nx = width - 1 - x; ny = height - 1 - y; }
                    default -> { nx = y; ny = width - 1 - x; }
                }
                out[ny * w + nx] = pixels[y * width + x];
            }
        }
        return new GrayPage(w, h, out);
    }

    int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    /** The grey level at a point between pixels (bilinear), white off the page: for turning and squaring. */
    int bilinear(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
            return 255;
        }
        double fx = x - x0;
        double fy = y - y0;
        double top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
        double bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    BufferedImage toImage() {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, width, height, pixels);
        return out;
    }

    /** Otsu's threshold: the grey level that best separates ink from paper. */
    int inkThreshold() {
        long[] hist = new long[256];
        for (byte b : pixels) {
            hist[b & 0xff]++;
        }
        long total = pixels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** Ink (true) where the grey level is at or below the threshold. */
    boolean[] ink(int threshold) {
        boolean[] out = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (pixels[i] & 0xff) <= threshold;
        }
        return out;
    }

    /**
     * Where a line could be: pixels darker than halfway between the paper and the ink threshold. A
     * 0.5 pt border scanned at 200 dpi and blurred is light grey, lighter than Otsu's threshold
     * between paper and text; on a noisy scan each pixel is first averaged with its two neighbours
     * along the line's direction ({@code horizontal} or not), which keeps a line and removes noise.
     */
    boolean[] lineInk(boolean horizontal) {
        long[] hist = new long[256];
        for (byte b : pixels) {
            hist[b & 0xff]++;
        }
        int threshold = inkThreshold();
        int paper = threshold;
        for (int i = threshold; i < 256; i++) {
            paper = hist[i] > hist[paper] ? i : paper;
        }
        double sq = 0;
        long n = 0;
        for (int i = threshold + 1; i < 256; i++) {
            sq += (double) hist[i] * (i - paper) * (i - paper);
            n += hist[i];
        }
        int r = n > 0 && Math.sqrt(sq / n) > NOISY ? 1 : 0;
        double limit = (paper + threshold) / 2.0;
        boolean[] out = new boolean[pixels.length];
        int lanes = horizontal ? height : width;
        int length = horizontal ? width : height;
        for (int lane = 0; lane < lanes; lane++) {
            for (int i = 0; i < length; i++) {
                int sum = 0;
                int count = 0;
                for (int j = Math.max(0, i - r); j <= Math.min(length - 1, i + r); j++) {
                    sum += horizontal ? at(j, lane) : at(lane, j);
                    count++;
                }
                if (sum <= limit * count) {
                    out[horizontal ? lane * width + i : i * width + lane] = true;
                }
            }
        }
        return out;
    }

    /** A copy with the ruling lines (in points) painted white, {@code half} points either side of their middle. */
    GrayPage withoutLines(List<Ruling> rulings, float pointsPerPixel, float half) {
        byte[] out = pixels.clone();
        int h = Math.max(1, Math.round(half / pointsPerPixel));
        for (Ruling r : rulings) {
            int x0 = Math.round(r.x0() / pointsPerPixel);
            int y0 = Math.round(r.y0() / pointsPerPixel);
            int x1 = Math.round(r.x1() / pointsPerPixel);
            int y1 = Math.round(r.y1() / pointsPerPixel);
            int fromX = r.vertical() ? x0 - h : x0;
            int toX = r.vertical() ? x0 + h : x1;
            int fromY = r.vertical() ? y0 : y0 - h;
            int toY = r.vertical() ? y1 : y0 + h;
            for (int y = Math.max(0, fromY); y <= Math.min(height - 1, toY); y++) {
                for (int x = Math.max(0, fromX); x <= Math.min(width - 1, toX); x++) {
                    out[y * width + x] = (byte) 255;
                }
            }
        }
        return new GrayPage(width, height, out);
    }

    /** The part of the page inside the rectangle (clipped to the page). */
    GrayPage crop(int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        int w = Math.max(1, x1 - x0);
        int h = Math.max(1, y1 - y0);
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = 0; y < h && y0 + y < height; y++) {
            System.arraycopy(pixels, (y0 + y) * width + x0, out, y * w, Math.min(w, width - x0));
        }
        return new GrayPage(w, h, out);
    }
}
