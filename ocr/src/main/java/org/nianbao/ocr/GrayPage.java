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
    /**
     * The coloured ink the drop-out took off the page (a seal's red, a pen's blue or red), each pixel
     * at its own luminance, paper elsewhere, turned and cropped with the page; null when nothing was
     * dropped. A figure struck through or corrected in coloured ink is read from the page without
     * its marks, so these are looked at again in its cell ({@link CellInk#colouredBeside}).
     */
    final GrayPage marks;

    GrayPage(int width, int height, byte[] pixels) {
        this(width, height, pixels, null);
    }

    GrayPage(int width, int height, byte[] pixels, GrayPage marks) {
        if (pixels.length != width * height || marks != null && (marks.width != width || marks.height != height)) {
            throw new IllegalArgumentException("size mismatch");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.marks = marks;
    }

    /**
     * The image in grey. A colour image is seen as a scanner's drop-out sees it: red ink (the office's
     * seal stamped over a table, 公章) becomes paper, black print under it stays dark; so does blue ink
     * (a reader's ballpoint: ticks, rings, a line drawn along a row border that would break the
     * table's lattice). Black print, and a pen as dark as print, keep their brightness. When red (or
     * blue) is most of the ink (a report printed in that colour), that colour is not dropped: the
     * print itself would go.
     */
    static GrayPage of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY && image.getColorModel().getNumColorComponents() >= 3) {
            return dropColours(image);
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

    /** Red stands out where its red exceeds both green and blue by this much (of 255). */
    private static final int RED = 40;
    /**
     * Blue stands out where its blue exceeds both red and green by this much: a ballpoint's stroke
     * (30, 50, 160) and its JPEG-smeared edge (118, 121, 162); the bluish cast of paper (223, 234, 255)
     * stays below it.
     */
    private static final int BLUE = 30;
    /**
     * ... and whose blue channel is at least this bright: a pen's stroke is (near 160); black print
     * whose edges JPEG tinges blue beside a red seal (20, 10, 60) is not a pen.
     */
    private static final int BLUE_LEVEL = 100;
    /** A pixel is ink (for the share of coloured ink) below this brightness. */
    private static final int INKED = 200;

    /**
     * Grey from colour: a reddish pixel by its red channel, lifted by a fifth (a seal's red, about 215,
     * becomes paper; black print under the seal has no red left and stays black); a bluish pixel is
     * paper (a ballpoint's blue channel, about 160, is darker than a seal's red); others by
     * luminance. A colour is kept as it is when it is most of the ink.
     */
    private static GrayPage dropColours(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] luminance = new byte[w * h];
        byte[] dropped = new byte[w * h];
        byte[] colour = new byte[w * h]; // 1 reddish, 2 bluish
        long ink = 0;
        long reddish = 0;
        long bluish = 0;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                boolean red = r - Math.max(g, b) > RED;
                boolean blue = !red && b - Math.max(r, g) > BLUE && b >= BLUE_LEVEL;
                int lum = (299 * r + 587 * g + 114 * b) / 1000;
                int v = red ? Math.min(255, r * 6 / 5) : blue ? 255 : lum;
                ink += lum < INKED || red || blue ? 1 : 0;
                reddish += red ? 1 : 0;
                bluish += blue ? 1 : 0;
                colour[y * w + x] = (byte) (red ? 1 : blue ? 2 : 0);
                // transparent is paper
                luminance[y * w + x] = (byte) (255 - (255 - lum) * a / 255);
                dropped[y * w + x] = (byte) (255 - (255 - v) * a / 255);
            }
        }
        boolean keepRed = 2 * reddish > ink;
        boolean keepBlue = 2 * bluish > ink;
        byte[] marks = new byte[w * h];
        boolean marked = false;
        for (int i = 0; i < dropped.length; i++) {
            boolean kept = colour[i] == 1 && keepRed || colour[i] == 2 && keepBlue;
            if (kept) {
                dropped[i] = luminance[i];
            }
            boolean mark = colour[i] != 0 && !kept;
            marks[i] = mark ? luminance[i] : (byte) 255;
            marked |= mark;
        }
        if (!keepBlue) {
            mendUnderPen(dropped, colour, w, h);
        }
        return new GrayPage(w, h, dropped, marked ? new GrayPage(w, h, marks) : null);
    }

    /** A pen's stroke is at most this wide (pixels) where it crosses a line of print. */
    private static final int PEN_WIDTH = 10;

    /**
     * Where a pen stroke drawn over the print crossed a line of it (a ruling line, a character's
     * stroke), the print on both sides of the stroke is joined again: a stroke down a column would
     * otherwise cut every row border it crosses, and a cut border no longer meets the table's sides.
     * A pixel under the pen becomes the lighter of the two pixels beside the stroke, along the row
     * or else along the column, when both are darker than paper; else it stays paper.
     */
    private static void mendUnderPen(byte[] grey, byte[] colour, int w, int h) {
        byte[] out = grey.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (colour[y * w + x] != 2) {
                    continue;
                }
                int across = beside(grey, colour, w, h, x, y, 1, 0);
                int down = beside(grey, colour, w, h, x, y, 0, 1);
                int v = Math.min(across, down);
                if (v < INKED) {
                    out[y * w + x] = (byte) v;
                }
            }
        }
        System.arraycopy(out, 0, grey, 0, grey.length);
    }

    /**
     * The lighter of the first pixels not under the pen on either side of ({@code x}, {@code y}) along
     * ({@code dx}, {@code dy}), within {@link #PEN_WIDTH}; paper (255) when either side has none.
     */
    private static int beside(byte[] grey, byte[] colour, int w, int h, int x, int y, int dx, int dy) {
        int lighter = 0;
        for (int sign = -1; sign <= 1; sign += 2) {
            int found = 255;
            for (int k = 1; k <= PEN_WIDTH; k++) {
                int nx = x + sign * k * dx;
                int ny = y + sign * k * dy;
                if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                    break;
                }
                if (colour[ny * w + nx] != 2) {
                    found = grey[ny * w + nx] & 0xff;
                    break;
                }
            }
            lighter = Math.max(lighter, found);
        }
        return lighter;
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
        return new GrayPage(w, h, out, marks == null ? null : marks.turnedClockwise(quarters));
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
     * Otsu's threshold between paper and ink, the paper's grey (the commonest level above it), and
     * whether the paper is noisy.
     */
    private record Levels(int threshold, int paper, boolean noisy) {
        /** Halfway between the paper and the ink threshold: a faint stroke is darker than this. */
        double faint() {
            return (paper + threshold) / 2.0;
        }
    }

    private Levels levels() {
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
        return new Levels(threshold, paper, n > 0 && Math.sqrt(sq / n) > NOISY);
    }

    /**
     * Faint ink: pixels darker than halfway between the paper and the ink threshold, as a line is
     * found. A thin stroke at 150 dpi (a slash, a 1) is lighter than Otsu's threshold in most of
     * its pixels.
     */
    boolean[] faintInk() {
        double limit = levels().faint();
        boolean[] out = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = (pixels[i] & 0xff) <= limit;
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
        Levels levels = levels();
        int r = levels.noisy() ? 1 : 0;
        double limit = levels.faint();
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

    /** The image with every column left of {@code x0} and from {@code x1} on white. */
    GrayPage blankedBeside(int x0, int x1) {
        byte[] out = pixels.clone();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (x < x0 || x >= x1) {
                    out[y * width + x] = (byte) 255;
                }
            }
        }
        return new GrayPage(width, height, out);
    }

    /** The image {@code copies} times side by side, {@code gap} white pixels apart. */
    GrayPage repeated(int copies, int gap) {
        int w = width * copies + gap * (copies - 1);
        byte[] out = new byte[w * height];
        java.util.Arrays.fill(out, (byte) 255);
        for (int k = 0; k < copies; k++) {
            for (int y = 0; y < height; y++) {
                System.arraycopy(pixels, y * width, out, y * w + k * (width + gap), width);
            }
        }
        return new GrayPage(w, height, out);
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
        return new GrayPage(w, h, out, marks == null ? null : marks.crop(x0, y0, x1, y1));
    }
}
