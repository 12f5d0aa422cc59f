package org.nianbao.ocr;

import java.util.Objects;

/**
 * One box of text the engine read, in the pixels of the image it was given.
 *
 * @param score the detector's confidence that the box holds text
 * @param charScore the recogniser's lowest confidence over the box's characters
 * @param angle the angle classifier's reading of the box: 0 upright, 1 upside down, -1 not asked
 */
record TextBox(String text, float x0, float y0, float x1, float y1, float score, float charScore, int angle) {

    TextBox {
        Objects.requireNonNull(text, "text");
    }

    /** A line of the worker's result file: {@code boxScore minCharScore angle x0,y0,…,x3,y3 text}. */
    static TextBox parse(String line) {
        String[] f = line.split("\t", 5);
        String[] p = f[3].split(",");
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (int i = 0; i + 1 < p.length; i += 2) {
            float x = Float.parseFloat(p[i]);
            float y = Float.parseFloat(p[i + 1]);
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
        // what the recogniser read, as it read it: a lone o may be a 0 or a halftoned blank cell's dots, which
        // only the cell's ink tells apart (RapidPageOcr.ringLike)
        String text = f.length > 4 ? f[4].strip() : "";
        return new TextBox(text, x0, y0, x1, y1, Float.parseFloat(f[0]), Float.parseFloat(f[1]),
                Integer.parseInt(f[2]));
    }

    /** The same box with its coordinates multiplied by {@code s} (pixels to points). */
    TextBox scaled(float s) {
        return new TextBox(text, x0 * s, y0 * s, x1 * s, y1 * s, score, charScore, angle);
    }

    /** Characters read. */
    int length() {
        return text.codePointCount(0, text.length());
    }

    /**
     * Taller than wide by half again: the engine turns such a box a quarter counter-clockwise before
     * reading it, taking it for a column of text.
     */
    boolean standing() {
        return y1 - y0 >= 1.5f * (x1 - x0);
    }

    float centerX() {
        return (x0 + x1) / 2;
    }

    float centerY() {
        return (y0 + y1) / 2;
    }
}
