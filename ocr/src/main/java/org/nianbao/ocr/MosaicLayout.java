package org.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * How crops read again are set into the images the engine is given: each crop's enlargement, and which
 * crops share a mosaic (stacked top to bottom, {@code pad} pixels of white around each).
 *
 * <p>The engine's detector takes an image at the size it is given (the reading again asks for no
 * shrinking: a small digit enlarged is what it is for), and its time and memory grow with the pixels.
 * A crop is only worth enlarging while it is small: a page is read with its longest side at most at
 * the page's side (2,000 px), so no crop is enlarged past that side, and a mosaic takes crops only
 * while it stays within {@link #PAGES} squares of that side: 40 figures' crops as the fixture scans
 * make them (three copies of a figure's ink, about 200 × 36 px, enlarged 3× and padded 24 px) make a
 * mosaic of 648 × 6,240 px, 4.04 Mpx, which must stay one mosaic as before. Before the cap (session of 3 Dec
 * 15:37, ocr6) a page whose cells' ink ran border to border (a texture read as ink: ocr5's halftone,
 * before it was descreened) gave the detector mosaics of 3,576 × 10,755 px (38 Mpx) and the engine
 * 6.85 GB.
 *
 * @param mosaics the crops' indices, mosaic by mosaic, in order
 * @param scales  each crop's enlargement
 */
record MosaicLayout(List<List<Integer>> mosaics, List<Double> scales) {

    /** A mosaic's pixels at most (a crop alone excepted), in squares of the page's side. */
    static final int PAGES = 2;

    /**
     * The layout of crops of the given widths and heights (pixels), each enlarged {@code scale}× unless
     * that takes its longer side past {@code side} (then as far as it reaches it, never shrunk), at most
     * {@code perMosaic} in a mosaic and no more than fit in {@link #PAGES} × {@code side}² pixels (a crop
     * alone excepted).
     */
    static MosaicLayout of(List<int[]> sizes, int pad, int scale, int perMosaic, int side) {
        long most = (long) PAGES * side * side;
        List<Double> scales = new ArrayList<>();
        for (int[] s : sizes) {
            int longer = Math.max(1, Math.max(s[0], s[1]));
            scales.add(Math.max(1.0, Math.min(scale, (double) side / longer)));
        }
        List<List<Integer>> mosaics = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long width = 0;
        long height = pad;
        for (int i = 0; i < sizes.size(); i++) {
            long w = Math.round(sizes.get(i)[0] * scales.get(i)) + 2L * pad;
            long h = Math.round(sizes.get(i)[1] * scales.get(i)) + 2L * pad;
            boolean full = current.size() >= perMosaic || Math.max(width, w) * (height + h) > most;
            if (!current.isEmpty() && full) {
                mosaics.add(current);
                current = new ArrayList<>();
                width = 0;
                height = pad;
            }
            current.add(i);
            width = Math.max(width, w);
            height += h;
        }
        if (!current.isEmpty()) {
            mosaics.add(current);
        }
        return new MosaicLayout(List.copyOf(mosaics), List.copyOf(scales));
    }
}
