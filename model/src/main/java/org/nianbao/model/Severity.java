package org.nianbao.model;

/** How much a finding should worry the reader. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
