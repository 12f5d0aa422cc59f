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
 * @param unfollowed the calls the scripts made whose results here may not be Chrome's (a date or number format the
 *                 prelude does not know: {@code Intl.DateTimeFormat("ja-JP", …)}), in words; empty when none was made.
 *                 What the scripts changed may then not be what Chrome shows
 */
public record ScriptRun(String dom, List<ScriptProblem> problems, String stillRunning, String unfollowed) {

    /**
     * The attribute marking, in {@link #dom}, a cell whose text the page's timers were still changing when the
     * document was taken ({@code "408 → 432"}): what it shows depends on when one looks.
     */
    public static final String UNSETTLED = "data-nianbao-unsettled";

    /**
     * The attribute marking, in a document read for a page with scripts, a cell whose text is in doubt because of what
     * the scripts did here and Chrome may do otherwise (a format not followed, a script that threw here): set by the
     * reader ({@code LoadedPage}), never by a run, with the reason in words.
     */
    public static final String DOUBTED = "data-nianbao-doubted";

    public ScriptRun {
        Objects.requireNonNull(dom, "dom");
        Objects.requireNonNull(stillRunning, "stillRunning");
        Objects.requireNonNull(unfollowed, "unfollowed");
        problems = List.copyOf(problems);
    }

    public ScriptRun(String dom, List<ScriptProblem> problems, String stillRunning) {
        this(dom, problems, stillRunning, "");
    }

    public ScriptRun(String dom, List<ScriptProblem> problems) {
        this(dom, problems, "", "");
    }

    /** The scripts all ran to their end and the document they left is whole: it can be read instead of the source. */
    public boolean clean() {
        return problems.isEmpty() && !dom.isEmpty();
    }
}
