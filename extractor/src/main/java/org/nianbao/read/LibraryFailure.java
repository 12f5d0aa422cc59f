package org.nianbao.read;

/**
 * What a library (PDFBox, POI, ImageIO) said when it could not read a document, as the one-line
 * reason of a failed result or a finding: its message (its class name when it has none), white
 * space folded, cut at 160 characters. Readers turn their library's failures on damaged files into
 * unreadable content with this; anything else a reader throws reaches {@code Extractor}, the one
 * place that turns an unexpected exception into a failed result.
 */
final class LibraryFailure {

    private static final int MAX = 160;

    private LibraryFailure() {
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > MAX ? m.substring(0, MAX) + "…" : m;
    }
}
