package org.nianbao.audit.verify;

/** A cell whose raw text was not found at its location, and why. */
public record Miss(String document, String key, String raw, String location, String reason) {

    public String[] row() {
        return new String[] {document, key, raw, location, reason};
    }
}
