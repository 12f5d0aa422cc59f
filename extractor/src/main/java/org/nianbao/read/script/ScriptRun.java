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
 * @param stillRunning what of the page's timers was still running when the document was taken, in words (the
 *                 page never settled: an interval never cleared, a ticking clock); empty when nothing was. The
 *                 cells they changed while watched carry {@link #UNSETTLED}
 */
public record ScriptRun(String dom, List<ScriptProblem> problems, String stillRunning) {

    /**
     * The attribute marking, in {@link #dom}, a cell whose text the page's timers were still changing when the
     * document was taken ({@code "408 → 432"}): what it shows depends on when one looks.
     */
    public static final String UNSETTLED = "data-nianbao-unsettled";

    public ScriptRun {
        Objects.requireNonNull(dom, "dom");
        Objects.requireNonNull(stillRunning, "stillRunning");
        problems = List.copyOf(problems);
    }

    public ScriptRun(String dom, List<ScriptProblem> problems) {
        this(dom, problems, "");
    }

    /** The scripts all ran to their end and the document they left is whole: it can be read instead of the source. */
    public boolean clean() {
        return problems.isEmpty() && !dom.isEmpty();
    }
}
