package org.nianbao.audit.source;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A source whose pages can be drawn, in the frame its locations ({@code page:P bbox:…}) are measured
 * in: top-left origin, points, y downwards.
 */
public interface PageImages {

    int pages();

    /** The page's width in points (1-based page). */
    float width(int page);

    /** The page's height in points. */
    float height(int page);

    /** The page drawn as an image, {@code dpi} pixels per inch (72 points). */
    BufferedImage render(int page, float dpi) throws IOException;
}
