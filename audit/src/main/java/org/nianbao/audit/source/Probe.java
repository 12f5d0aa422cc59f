package org.nianbao.audit.source;

import org.nianbao.model.Location;

/** A cell's raw text and the place its output says it stands. */
public record Probe(String raw, Location where) {
}
