package org.nianbao.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where raw text stands in the source, rendered as the spec's {@code location} string so that an
 * auditor can find it.
 */
public sealed interface Location {

    /** The spec's location string: {@code line:L}, {@code page:P bbox:…}, {@code table:T row:R col:C}. */
    String render();

    /**
     * The location a {@link #render()}ed string names: the outputs' {@code location} column read back.
     * Anything else (empty, or not a location this library writes) is {@link #none()}.
     */
    static Location parse(String text) {
        String s = text.strip();
        try {
            Matcher m = Pattern.compile("line:(\\d+)").matcher(s);
            if (m.matches()) {
                return new Line(Integer.parseInt(m.group(1)));
            }
            m = Pattern.compile("page:(\\d+)(?:-(\\d+))? bbox:(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+),(-?[\\d.]+)( ocr)?")
                    .matcher(s);
            if (m.matches()) {
                int page = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? page : Integer.parseInt(m.group(2));
                PageBox box = new PageBox(page, to, Float.parseFloat(m.group(3)), Float.parseFloat(m.group(4)),
                        Float.parseFloat(m.group(5)), Float.parseFloat(m.group(6)));
                // the rendered marker carries no confidence: a parsed OCR box has 0
                return m.group(7) == null ? box : box.readByOcr(0f);
            }
            m = Pattern.compile("table:(\\d+) row:(\\d+) col:(\\d+)").matcher(s);
            if (m.matches()) {
                return new TableCell(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (IllegalArgumentException e) {
            // numbers out of range (line:0, pages 3-2): not a location this library writes
        }
        return none();
    }

    /** Nowhere in particular: document-level findings. Renders as the empty string. */
    static Location none() {
        return None.INSTANCE;
    }

    /** A 1-based line of the decoded text. */
    record Line(int line) implements Location {
        public Line {
            if (line < 1) {
                throw new IllegalArgumentException("lines are 1-based: " + line);
            }
        }

        @Override
        public String render() {
            return "line:" + line;
        }
    }

    /**
     * A box on a 1-based page, in PDF user-space points with the origin at the top-left of the
     * page (y grows downwards, as PDFBox's TextPosition reports it). {@code toPage} is the last page
     * of a cell stitched across a page break, else equal to {@code page}. A box read by OCR from
     * the page's pixels carries the engine's confidence in [0, 1] and renders with an {@code ocr}
     * marker; text-layer boxes have {@link #NOT_OCR}. {@code ocrRecheck} says whether reading the
     * cell's pixels again read it alike ({@link OcrRecheck#NONE} when not read again).
     */
    record PageBox(int page, int toPage, float x0, float y0, float x1, float y1, float ocrConfidence,
                   OcrRecheck ocrRecheck) implements Location {

        /** The confidence of a box whose text comes from the text layer, not from OCR. */
        public static final float NOT_OCR = -1f;

        public PageBox {
            if (page < 1 || toPage < page) {
                throw new IllegalArgumentException("bad pages " + page + ".." + toPage);
            }
            if (ocrConfidence != NOT_OCR && !(ocrConfidence >= 0 && ocrConfidence <= 1)) {
                throw new IllegalArgumentException("OCR confidence out of [0, 1]: " + ocrConfidence);
            }
            java.util.Objects.requireNonNull(ocrRecheck, "ocrRecheck");
        }

        public PageBox(int page, int toPage, float x0, float y0, float x1, float y1, float ocrConfidence) {
            this(page, toPage, x0, y0, x1, y1, ocrConfidence, OcrRecheck.NONE);
        }

        public PageBox(int page, int toPage, float x0, float y0, float x1, float y1) {
            this(page, toPage, x0, y0, x1, y1, NOT_OCR);
        }

        public PageBox(int page, float x0, float y0, float x1, float y1) {
            this(page, page, x0, y0, x1, y1, NOT_OCR);
        }

        /** Whether the text at this box was read by OCR. */
        public boolean ocr() {
            return ocrConfidence != NOT_OCR;
        }

        /** The same box, read by OCR with this confidence (not read again). */
        public PageBox readByOcr(float confidence) {
            return new PageBox(page, toPage, x0, y0, x1, y1, confidence);
        }

        /** The same box and reading, moved by ({@code dx}, {@code dy}) points: read from a part of the page's image. */
        public PageBox moved(float dx, float dy) {
            return new PageBox(page, toPage, x0 + dx, y0 + dy, x1 + dx, y1 + dy, ocrConfidence, ocrRecheck);
        }

        /** The same box and reading, with what reading it again said. */
        public PageBox rechecked(OcrRecheck recheck) {
            return new PageBox(page, toPage, x0, y0, x1, y1, ocrConfidence, recheck);
        }

        @Override
        public String render() {
            String pages = toPage == page ? "page:" + page : "page:" + page + "-" + toPage;
            return String.format(Locale.ROOT, "%s bbox:%.1f,%.1f,%.1f,%.1f%s", pages, x0, y0, x1, y1,
                    ocr() ? " ocr" : "");
        }
    }

    /** A cell of the document's T-th table (all 1-based), after spans are expanded. */
    record TableCell(int table, int row, int col) implements Location {
        public TableCell {
            if (table < 1 || row < 1 || col < 1) {
                throw new IllegalArgumentException("table, row and col are 1-based");
            }
        }

        @Override
        public String render() {
            return "table:" + table + " row:" + row + " col:" + col;
        }
    }

    /** The absence of a place; see {@link Location#none()}. */
    enum None implements Location {
        INSTANCE;

        @Override
        public String render() {
            return "";
        }
    }
}
