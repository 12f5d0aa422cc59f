package org.nianbao.audit.page;

/** How a cell of the official layout stands, as its colour shows it. */
enum CellState {
    /** Read from the source, no warning about it. */
    READ("read"),
    /** Read, but a warning or error concerns it (an identity it is part of fails, an ambiguous layout …). */
    FLAGGED("flagged"),
    /** The format has it, the output does not. */
    MISSING("missing"),
    /** The value comes from a corrections file. */
    CORRECTED("corrected");

    private final String id;

    CellState(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
