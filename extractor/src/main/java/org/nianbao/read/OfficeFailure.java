package org.nianbao.read;

/** A one-line reason for an Office file POI could not open, without stack traces or class names where avoidable. */
final class OfficeFailure {

    private static final int MAX = 160;

    private OfficeFailure() {
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
