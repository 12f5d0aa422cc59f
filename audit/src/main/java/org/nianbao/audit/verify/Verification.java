package org.nianbao.audit.verify;

import java.util.List;

/** What {@code nianbao verify} found: how many cells it checked in how many documents, and the misses. */
public record Verification(int documents, int cells, List<Miss> misses) {

    public Verification {
        misses = List.copyOf(misses);
    }

    public boolean allFound() {
        return misses.isEmpty();
    }

    public String summary() {
        return String.format("%d cells in %d documents checked: %d found at their location, %d not found", cells,
                documents, cells - misses.size(), misses.size());
    }
}
