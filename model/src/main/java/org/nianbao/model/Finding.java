package org.nianbao.model;

import java.util.Objects;

/**
 * A problem found in a document: a broken identity, an approximate label, an unreadable value,
 * a page that needs OCR. Problems about a document are values like this one, never exceptions.
 *
 * @param rule stable kebab-case id such as {@code requests-balance} or {@code label-approximate}
 */
public record Finding(Severity severity, String rule, Scope scope, String message, Location where) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(where, "where");
        if (rule == null || !rule.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule ids are kebab-case: " + rule);
        }
    }

    /**
     * True when this finding warns at the cell: a warning or error whose scope, a table or narrower,
     * takes the cell in. What "covered" means for a wrong or missing value (docs/corpus.md): an info
     * finding is not seen by a user reading warnings, and a document-wide one points at no cell.
     */
    public boolean warnsAt(CanonicalKey key) {
        return severity != Severity.INFO && scope.table().isPresent() && scope.covers(key);
    }

    /** The same finding about something else, for a finding whose subject is known only later. */
    public Finding withScope(Scope other) {
        return new Finding(severity, rule, other, message, where);
    }

    public static Finding error(String rule, Scope scope, String message, Location where) {
        return new Finding(Severity.ERROR, rule, scope, message, where);
    }

    public static Finding warning(String rule, Scope scope, String message, Location where) {
        return new Finding(Severity.WARNING, rule, scope, message, where);
    }

    public static Finding info(String rule, Scope scope, String message, Location where) {
        return new Finding(Severity.INFO, rule, scope, message, where);
    }
}
