package org.nianbao.ocr;

import java.util.Objects;

/**
 * One box of text the engine read, in the pixels of the image it was given.
 *
 * @param score the detector's confidence that the box holds text
 * @param charScore the recogniser's lowest confidence over the box's characters
 */
record TextBox(String text, float x0, float y0, float x1, float y1, float score, float charScore) {

    TextBox {
        Objects.requireNonNull(text, "text");
    }

    /** A line of the worker's result file: {@code boxScore minCharScore x0,y0,…,x3,y3 text}. */
    static TextBox parse(String line) {
        String[] f = line.split("\t", 4);
        String[] p = f[2].split(",");
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
        return new TextBox(f.length > 3 ? f[3].strip() : "", x0, y0, x1, y1, Float.parseFloat(f[0]),
                Float.parseFloat(f[1]));
    }

    /** The same box with its coordinates multiplied by {@code s} (pixels to points). */
    TextBox scaled(float s) {
        return new TextBox(text, x0 * s, y0 * s, x1 * s, y1 * s, score, charScore);
    }

    float centerX() {
        return (x0 + x1) / 2;
    }

    float centerY() {
        return (y0 + y1) / 2;
    }
}
