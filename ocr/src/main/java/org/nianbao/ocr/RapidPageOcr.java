package org.nianbao.ocr;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Location;
import org.nianbao.read.pdf.PageOcr;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.Positions;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.pdf.Glyph;
import org.nianbao.reconstruct.pdf.PageLayout;
import org.nianbao.reconstruct.pdf.PageReconstructor;
import org.nianbao.reconstruct.pdf.PageTable;
import org.nianbao.reconstruct.pdf.Ruling;

/**
 * OCR of a scanned page with RapidOCR (PaddleOCR PP-OCRv3 on ONNX Runtime): the page is
 * straightened, its ruling lines found in the pixels, its text boxes read by the engine and
 * turned into glyphs in page points, and the page rebuilt by the same reconstructors as a
 * text-layer page. Cells of a ruled table left empty are read a second time from an enlarged crop.
 * Every location is marked as read by OCR, with the engine's confidence.
 *
 * <p>Found by {@link java.util.ServiceLoader} as the {@link PageOcr} seam. The engine runs in a
 * child process ({@link EngineProcess}), started on the first scanned page; pages are read one at
 * a time, each within a time limit.
 */
public final class RapidPageOcr implements PageOcr {

    /** Settings found to work on these forms: the detector sees up to 2000 px, keeps boxes scoring 0.3. */
    private static final EngineProcess.Settings PAGE = new EngineProcess.Settings(2000, 0.3f, 50);
    /** Empty cells are read again enlarged this much, with this much white around them (pixels). */
    private static final int ENLARGE = 2;
    private static final int PAD = 12;
    private static final int CELLS_PER_MOSAIC = 40;
    /** A cell with less ink than this share of its area is empty paper, not text OCR missed. */
    private static final double EMPTY_INK = 0.004;
    /** Ruling lines are painted out this far (points) either side of their middle before the engine reads the page. */
    private static final float ERASE = 1.2f;

    private final PageReconstructor reconstructor = new PageReconstructor(new ValueParser()::isValue);
    private final Duration pageLimit;
    private final Object startLock = new Object();
    private EngineProcess engine;
    private Path work;
    private String unavailable = "";

    /** With the time limit per page of {@code -Dnianbao.ocr.pageSeconds} (default 300 s; decimals allowed). */
    public RapidPageOcr() {
        this(pageLimit(System.getProperty("nianbao.ocr.pageSeconds", "")));
    }

    /** The limit the property gives, in seconds; 300 s when it is unset or not a positive number. */
    static Duration pageLimit(String seconds) {
        try {
            double s = Double.parseDouble(seconds.strip());
            if (s > 0 && s < 1e9) {
                return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
            }
        } catch (NumberFormatException e) {
            // unset or not a number: the default below
        }
        return Duration.ofSeconds(300);
    }

    RapidPageOcr(Duration pageLimit) {
        this.pageLimit = pageLimit;
    }

    @Override
    public OcrPage read(PageImage image) {
        EngineProcess e = engine();
        if (e == null) {
            return OcrPage.failed(unavailable);
        }
        GrayPage page = GrayPage.of(image.pixels());
        page = Deskew.straighten(page, Deskew.angle(page));
        boolean[] ink = page.ink(page.inkThreshold());
        float ppp = image.pointsPerPixel();
        List<Ruling> rulings = RulingFinder.find(page, ppp);
        Path png = null;
        // one page at a time per engine; the page's time limit runs from when it has the engine
        synchronized (e) {
            long deadline = System.nanoTime() + pageLimit.toNanos();
            try {
                png = Files.createTempFile(work, "page-" + image.page() + "-", ".png");
                // the engine reads a border beside a number as part of it (37 read as 137): it sees no borders
                ImageIO.write(page.withoutLines(rulings, ppp, ERASE).toImage(), "png", png.toFile());
                List<TextBox> boxes = new ArrayList<>();
                for (TextBox b : e.read(png, PAGE, left(deadline))) {
                    if (!b.text().isBlank()) {
                        boxes.add(b.scaled(ppp));
                    }
                }
                PageReconstructor.PageContent content = reconstructor.reconstruct(new PageLayout(image.page(),
                        page.width * ppp, page.height * ppp, glyphs(boxes), rulings));
                List<PageTable> tables = new ArrayList<>();
                for (PageTable t : content.tables()) {
                    tables.add(marked(secondPass(t, page, ppp, e, deadline), boxes, ink, page.width, ppp));
                }
                List<TextLine> text = content.text().stream()
                        .map(l -> new TextLine(l.text(), ocr(l.where(), boxes))).toList();
                return new OcrPage(tables, text, "");
            } catch (EngineProcess.EngineException ex) {
                return OcrPage.failed(ex.getMessage());
            } catch (IOException ex) {
                return OcrPage.failed("the page image could not be written for OCR: " + ex.getMessage());
            } finally {
                deleteQuietly(png);
            }
        }
    }

    /** What is left of the page's time limit: the page and its empty cells share it. */
    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
    }

    private EngineProcess engine() {
        synchronized (startLock) {
            if (engine == null && unavailable.isEmpty()) {
                try {
                    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
                    NativeFiles files = NativeFiles.unpack(tmp);
                    work = Files.createTempDirectory(tmp, "nianbao-ocr-work-");
                    work.toFile().deleteOnExit();
                    engine = new EngineProcess(files, Math.max(1, Math.min(4, Runtime.getRuntime()
                            .availableProcessors())), work);
                } catch (IOException | RuntimeException ex) {
                    unavailable = "the OCR engine is not available: " + ex.getMessage();
                }
            }
            return engine;
        }
    }

    /** Each box's characters spread evenly over its width: the reconstructors place glyphs by their centres. */
    private static List<Glyph> glyphs(List<TextBox> boxes) {
        List<Glyph> out = new ArrayList<>();
        for (TextBox b : boxes) {
            int[] cps = b.text().codePoints().toArray();
            float w = (b.x1() - b.x0()) / cps.length;
            float size = Math.max(1f, (b.y1() - b.y0()) * 0.8f);
            for (int i = 0; i < cps.length; i++) {
                out.add(Glyph.upright(new String(cps, i, 1), b.x0() + i * w, b.y1(), w, size));
            }
        }
        return out;
    }

    /**
     * Empty cells of a ruled table read again: each cropped inside its borders, padded with white and
     * enlarged, all of them stacked into one image so the engine is called once per
     * {@link #CELLS_PER_MOSAIC} cells.
     */
    private PageTable secondPass(PageTable t, GrayPage page, float ppp, EngineProcess e, long deadline)
            throws EngineProcess.EngineException, IOException {
        if (t.positions() != Positions.EXACT) {
            return t;
        }
        List<int[]> empty = new ArrayList<>(); // {row, col}
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.rows().get(r).size(); c++) {
                GridCell cell = t.rows().get(r).get(c);
                if (!cell.spanned() && cell.isBlank() && cell.where() instanceof Location.PageBox) {
                    empty.add(new int[] {r, c});
                }
            }
        }
        List<List<GridCell>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new ArrayList<>(r)));
        for (int from = 0; from < empty.size(); from += CELLS_PER_MOSAIC) {
            List<int[]> chunk = empty.subList(from, Math.min(empty.size(), from + CELLS_PER_MOSAIC));
            List<GrayPage> crops = new ArrayList<>();
            for (int[] rc : chunk) {
                Location.PageBox b = (Location.PageBox) rows.get(rc[0]).get(rc[1]).where();
                int inset = 3;
                crops.add(page.crop(Math.round(b.x0() / ppp) + inset, Math.round(b.y0() / ppp) + inset,
                        Math.round(b.x1() / ppp) - inset, Math.round(b.y1() / ppp) - inset));
            }
            Mosaic mosaic = Mosaic.of(crops, PAD, ENLARGE);
            Path png = Files.createTempFile(work, "cells-", ".png");
            try {
                ImageIO.write(mosaic.image(), "png", png.toFile());
                int side = Math.max(mosaic.image().getWidth(), mosaic.image().getHeight());
                List<TextBox> boxes = e.read(png, new EngineProcess.Settings(side, PAGE.boxScore(), 0),
                        left(deadline));
                for (int i = 0; i < chunk.size(); i++) {
                    String text = mosaic.textOf(i, boxes);
                    if (!text.isBlank()) {
                        int[] rc = chunk.get(i);
                        rows.get(rc[0]).set(rc[1], GridCell.of(text, rows.get(rc[0]).get(rc[1]).where()));
                    }
                }
            } finally {
                deleteQuietly(png);
            }
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /** The table with every cell's location marked as read by OCR, with its confidence. */
    private static PageTable marked(PageTable t, List<TextBox> boxes, boolean[] ink, int width, float ppp) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : t.rows()) {
            List<GridCell> out = new ArrayList<>();
            for (GridCell c : row) {
                if (c.where() instanceof Location.PageBox b && !c.spanned() && c.isBlank()) {
                    // a blank is believed when the cell holds no ink; ink that OCR could not read may be a
                    // value (a faint 0 reads as a blank that every identity accepts)
                    boolean marks = inkShare(b, ink, width, ppp) >= EMPTY_INK;
                    GridCell blank = new GridCell(c.text(), b.readByOcr(marks ? 0f : 1f), false, c.notes());
                    out.add(marks ? blank.noted(CellNote.lost("OCR found marks in the cell but could not read them"))
                            : blank);
                } else {
                    out.add(new GridCell(c.text(), ocr(c.where(), boxes), c.spanned(), c.notes()));
                }
            }
            rows.add(out);
        }
        return new PageTable(t.page(), rows, t.positions(), t.top(), t.bottom(), t.columns(), t.openTop(),
                t.openBottom());
    }

    /** The location marked as read by OCR, with the lowest confidence of the boxes whose centres it holds. */
    private static Location ocr(Location where, List<TextBox> boxes) {
        if (!(where instanceof Location.PageBox b)) {
            return where;
        }
        float confidence = 1f;
        for (TextBox t : boxes) {
            if (t.centerX() >= b.x0() && t.centerX() <= b.x1() && t.centerY() >= b.y0() && t.centerY() <= b.y1()) {
                confidence = Math.min(confidence, t.charScore());
            }
        }
        return b.readByOcr(Math.max(0f, Math.min(1f, confidence)));
    }

    /** The share of ink pixels inside the box, a few pixels in from its borders. */
    private static double inkShare(Location.PageBox b, boolean[] ink, int width, float ppp) {
        int height = ink.length / width;
        int inset = Math.round(2f / ppp);
        int x0 = Math.max(0, Math.round(b.x0() / ppp) + inset);
        int x1 = Math.min(width, Math.round(b.x1() / ppp) - inset);
        int y0 = Math.max(0, Math.round(b.y0() / ppp) + inset);
        int y1 = Math.min(height, Math.round(b.y1() / ppp) - inset);
        if (x1 <= x0 || y1 <= y0) {
            return 0;
        }
        long n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += ink[y * width + x] ? 1 : 0;
            }
        }
        return (double) n / ((long) (x1 - x0) * (y1 - y0));
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // our own temporary folder; a leftover file there is harmless
            }
        }
    }

    /** Crops stacked top to bottom on white, each enlarged and padded, to be read in one engine call. */
    private record Mosaic(BufferedImage image, List<int[]> bands) {

        static Mosaic of(List<GrayPage> crops, int pad, int scale) {
            int width = 0;
            int height = pad;
            List<int[]> bands = new ArrayList<>();
            for (GrayPage c : crops) {
                width = Math.max(width, c.width * scale + 2 * pad);
                bands.add(new int[] {height, height + c.height * scale});
                height += c.height * scale + 2 * pad;
            }
            BufferedImage out = new BufferedImage(Math.max(width, 32), Math.max(height, 32),
                    BufferedImage.TYPE_BYTE_GRAY);
            var g = out.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            for (int i = 0; i < crops.size(); i++) {
                GrayPage c = crops.get(i);
                g.drawImage(c.toImage(), pad, bands.get(i)[0], c.width * scale, c.height * scale, null);
            }
            g.dispose();
            return new Mosaic(out, bands);
        }

        /** The text of the boxes centred in band {@code i}, left to right. */
        String textOf(int i, List<TextBox> boxes) {
            int[] band = bands.get(i);
            return boxes.stream().filter(b -> b.centerY() >= band[0] && b.centerY() < band[1])
                    .sorted(Comparator.comparingDouble(TextBox::x0)).map(TextBox::text)
                    .reduce((a, b) -> a + " " + b).orElse("").strip();
        }
    }
}
