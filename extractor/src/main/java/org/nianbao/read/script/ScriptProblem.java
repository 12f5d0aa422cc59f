package org.nianbao.read.script;

import java.util.Objects;

/**
 * One thing that kept a page's scripts from running to their end as a browser would run them.
 *
 * @param kind   what went wrong
 * @param script which script: {@code inline script 2}, a file name, an address
 * @param detail the error, in words
 * @param line   the line of the page the failing script stands on, 0 when not known
 */
public record ScriptProblem(Kind kind, String script, String detail, int line) {

    /** What went wrong with a script. */
    public enum Kind {
        /** Its file is not beside the page, or could not be read. */
        NOT_LOADED,
        /** It threw an error. */
        THREW,
        /** It ran past the time limit (an endless loop, a storm of writes). */
        TIMED_OUT,
        /** It needed more memory than a page may take. */
        OUT_OF_MEMORY,
        /** It asked for something on the network, or outside the page's folder: refused, never fetched. */
        REFUSED,
        /** It sent the window to another page. */
        NAVIGATED,
        /** It did something this run does not follow (a module, a change to a linked style sheet). */
        NOT_FOLLOWED
    }

    public ScriptProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(detail, "detail");
    }

    public ScriptProblem(Kind kind, String script, String detail) {
        this(kind, script, detail, 0);
    }

    /**
     * Whether the page can still be run on without this script, as a browser runs a page one of whose scripts
     * failed: its file was refused or missing, or it threw. What it would have done is then doubted by what its
     * text reaches; anything else (a time-out, a navigation, what the run does not follow) abandons the run.
     */
    public boolean ranWithout() {
        return kind == Kind.REFUSED || kind == Kind.NOT_LOADED || kind == Kind.THREW;
    }

    /** In words, for a finding: {@code inline script 2 threw: ReferenceError: x is not defined}. */
    public String describe() {
        String what = switch (kind) {
            case NOT_LOADED -> "was not loaded";
            case THREW -> "threw";
            case TIMED_OUT -> "ran out of time";
            case OUT_OF_MEMORY -> "ran out of memory";
            case REFUSED -> "was refused";
            case NAVIGATED -> "left the page";
            case NOT_FOLLOWED -> "was not followed";
        };
        return script + " " + what + (detail.isEmpty() ? "" : ": " + detail);
    }
}
