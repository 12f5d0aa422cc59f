package org.nianbao.read.script;

import java.util.List;
import java.util.Objects;

/**
 * What running a page's load-time scripts left: the document as it stands afterwards, serialized as
 * HTML, and what went wrong on the way. The document is what the page shows only when nothing went wrong.
 *
 * @param dom      the root element after the scripts ran, as HTML ({@code outerHTML}); empty when
 *                 something went wrong
 * @param problems each script that failed to load, threw, ran out of time or memory, was refused
 *                 (network, another page) or did something the serialized document cannot carry
 */
public record ScriptRun(String dom, List<ScriptProblem> problems) {

    public ScriptRun {
        Objects.requireNonNull(dom, "dom");
        problems = List.copyOf(problems);
    }

    /** The scripts all ran to their end and the document they left is whole: it can be read instead of the source. */
    public boolean clean() {
        return problems.isEmpty() && !dom.isEmpty();
    }
}
