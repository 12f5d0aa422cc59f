package org.nianbao.audit.source;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.nianbao.read.ImageFormatReader;

/**
 * A scanned report as an image file (PNG, JPEG, TIFF; each frame a page), in the points the image
 * reader places its OCR locations in (the file's dpi, else one point a pixel). There is no text to
 * re-find in it: its cells are shown on the page image and checked by eye.
 */
public final class ImageSource implements SourceView, PageImages {

    private final List<BufferedImage> frames = new ArrayList<>();
    private final List<Float> pointsPerPixel = new ArrayList<>();

    ImageSource(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no decoder for the image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                for (int i = 0; i < reader.getNumImages(true); i++) {
                    IIOImage frame = reader.readAll(i, null);
                    frames.add((BufferedImage) frame.getRenderedImage());
                    pointsPerPixel.add(ImageFormatReader.pointsPerPixel(frame.getMetadata()));
                }
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public int pages() {
        return frames.size();
    }

    @Override
    public float width(int page) {
        return frames.get(page - 1).getWidth() * pointsPerPixel.get(page - 1);
    }

    @Override
    public float height(int page) {
        return frames.get(page - 1).getHeight() * pointsPerPixel.get(page - 1);
    }

    @Override
    public BufferedImage render(int page, float dpi) {
        BufferedImage frame = frames.get(page - 1);
        int w = Math.max(1, Math.round(width(page) / 72f * dpi));
        int h = Math.max(1, Math.round(height(page) / 72f * dpi));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(frame, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    @Override
    public List<Presence> find(List<Probe> probes) {
        return probes.stream().map(p -> Presence.of(false,
                "(an image has no text to re-find: the cell was read by OCR; check it on the page image)")).toList();
    }
}
