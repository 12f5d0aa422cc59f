package org.nianbao.audit.source;

/**
 * Whether a cell's raw text stands at its location.
 *
 * @param seen what stands there instead (whitespace collapsed), for the message when not found
 */
public record Presence(boolean found, String seen) {

    static Presence of(boolean found, String seen) {
        return new Presence(found, Whitespace.collapse(seen));
    }
}
