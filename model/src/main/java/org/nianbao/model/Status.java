package org.nianbao.model;

/** Outcome of one document (spec: reports.csv status). */
public enum Status {
    /** All three tables found and every expected cell read. */
    OK("ok"),
    /** A table missing, or cells that could not be read. */
    PARTIAL("partial"),
    /** Nothing extracted; the result's error says why. */
    FAILED("failed");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
