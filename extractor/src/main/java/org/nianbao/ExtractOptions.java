package org.nianbao;

/**
 * Limits of one extraction, explicit so that an enormous or hostile file fails with a message
 * instead of exhausting the machine.
 *
 * @param maxBytes files larger than this fail without being read
 * @param maxPages PDF pages beyond this are not read (a finding says so)
 * @param ocr read scanned pages and image files by OCR when the {@code ocr} module is installed;
 *     false reports them as {@code needs-ocr}
 */
public record ExtractOptions(long maxBytes, int maxPages, boolean ocr) {

    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_PAGES = 300;

    public ExtractOptions {
        if (maxBytes < 1 || maxPages < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** With OCR where installed. */
    public ExtractOptions(long maxBytes, int maxPages) {
        this(maxBytes, maxPages, true);
    }

    public static ExtractOptions defaults() {
        return new ExtractOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
    }
}
