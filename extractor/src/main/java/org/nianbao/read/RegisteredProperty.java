package org.nianbao.read;

import java.util.Locale;
import java.util.Optional;

/**
 * A custom property registered by an {@code @property --name { syntax; inherits; initial-value }} rule
 * (CSS Properties and Values API): unlike an unregistered one it may not inherit ({@code inherits:false}:
 * a child's {@code var(--name)} takes the initial value, not its parent's) and it has a value where
 * nothing sets it. Theme kits register their colours so; a stale digit in {@code color:var(--c)} under a
 * parent's {@code --c:#000} is then drawn in the initial white (checked in Chromium, red team 17a).
 *
 * @param inherits whether a child takes its parent's value
 * @param initial the value where no rule sets one (and in a child of a non-inheriting one); empty when
 *        the syntax is the universal {@code *} and none is given
 */
record RegisteredProperty(String name, boolean inherits, Optional<String> initial) {

    /**
     * The registration an {@code @property} rule's prelude ({@code name}) and block make, or empty when
     * browsers drop it: a name that is not a custom property's, no {@code syntax} or {@code inherits}
     * descriptor, or no {@code initial-value} for a syntax other than {@code *}.
     */
    static Optional<RegisteredProperty> of(String name, String block) {
        String syntax = null;
        String inherits = null;
        String initial = null;
        for (String decl : block.split(";")) {
            int colon = decl.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String descriptor = decl.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = decl.substring(colon + 1).strip();
            switch (descriptor) {
                case "syntax" -> syntax = value.replaceAll("^[\"']|[\"']$", "").strip();
                case "inherits" -> inherits = value.toLowerCase(Locale.ROOT);
                case "initial-value" -> initial = value;
                default -> { }
            }
        }
        boolean universal = "*".equals(syntax);
        if (!name.startsWith("--") || syntax == null || !"true".equals(inherits) && !"false".equals(inherits)
                || initial == null && !universal) {
            return Optional.empty();
        }
        return Optional.of(new RegisteredProperty(name, inherits.equals("true"), Optional.ofNullable(initial)));
    }
}
