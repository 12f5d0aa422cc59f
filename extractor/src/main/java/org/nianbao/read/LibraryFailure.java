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

    /**
     * Whether a runtime exception came from inside a library rather than from our own code: the
     * first frame of its stack outside the JDK is not ours. A reader reports the former as a damaged
     * file and rethrows the latter, so that its own bug reaches {@code Extractor} as an internal error
     * instead of passing for a damaged document.
     */
    static boolean thrownByLibrary(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")
                    || c.startsWith("com.sun.")) {
                continue;
            }
            return !c.startsWith("org.nianbao.");
        }
        return true; // thrown by the JDK on the library's behalf (a zip or XML parser)
    }
}
