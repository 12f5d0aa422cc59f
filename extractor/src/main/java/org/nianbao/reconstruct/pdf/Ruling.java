package org.nianbao.reconstruct.pdf;

/**
 * A horizontal or vertical line drawn on a page (a table border), in page space: points, origin
 * top-left, y down. Thin filled rectangles, the way Word draws borders, become rulings too.
 */
public record Ruling(float x0, float y0, float x1, float y1) {

    /** Drawn lines this far from horizontal or vertical (points) still count as such. */
    static final float SKEW = 1f;

    public Ruling {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("rulings are stored left-to-right, top-to-bottom");
        }
    }

    /** A ruling through two points in any order. */
    public static Ruling between(float ax, float ay, float bx, float by) {
        return new Ruling(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }

    public boolean horizontal() {
        return y1 - y0 <= SKEW && x1 - x0 > y1 - y0;
    }

    public boolean vertical() {
        return x1 - x0 <= SKEW && y1 - y0 > x1 - x0;
    }

    /** The y of a horizontal ruling, the x of a vertical one. */
    public float position() {
        return horizontal() ? (y0 + y1) / 2 : (x0 + x1) / 2;
    }

    /** The start of the ruling along its own direction. */
    public float start() {
        return horizontal() ? x0 : y0;
    }

    public float end() {
        return horizontal() ? x1 : y1;
    }

    public float length() {
        return end() - start();
    }
}
