package org.nianbao.audit.verify;

import java.util.List;

/**
 * What {@code nianbao verify} found: how many cells it checked in how many documents, and the misses.
 *
 * @param ocr cells read by OCR from a page image: their text is in no text layer to re-find, so they
 *     are counted apart (neither found nor missed); the audit page shows them on the page image
 */
public record Verification(int documents, int cells, List<Miss> misses, int ocr) {

    public Verification {
        misses = List.copyOf(misses);
    }

    public boolean allFound() {
        return misses.isEmpty();
    }

    public String summary() {
        return String.format("%d cells in %d documents checked: %d found at their location, %d not found", cells,
                documents, cells - misses.size() - ocr, misses.size())
                + (ocr == 0 ? "" : ", " + ocr + " read by OCR (no text layer to re-find them in; check them on the "
                + "audit pages)");
    }
}
