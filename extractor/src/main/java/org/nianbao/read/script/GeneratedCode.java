package org.nianbao.read.script;

import java.util.function.Consumer;
import org.htmlunit.corejs.javascript.Context;
import org.htmlunit.corejs.javascript.debug.DebugFrame;
import org.htmlunit.corejs.javascript.debug.DebuggableScript;
import org.htmlunit.corejs.javascript.debug.Debugger;

/**
 * Code Rhino compiles while the page runs, seen as Rhino compiles it: the rewriting of {@link LexicalBindings} reaches
 * the page's scripts (through the engine's compile) and the strings it can tell from their text are handed to
 * {@code eval} or {@code Function}; every other piece (a string reaching them another way, an event handler attribute
 * HtmlUnit compiles itself) is checked here, and what in it a browser would throw about is a problem of the run, never
 * a page read as if it had run on. Told through Rhino's debugger hook, the one place all compiled code passes; it asks
 * for no frames, so nothing of the run itself is watched.
 */
final class GeneratedCode implements Debugger {

    private final LexicalBindings lexical;
    private final Consumer<ScriptProblem> problems;
    /** The source last checked: Rhino tells it once more for each function inside it. */
    private String last;

    GeneratedCode(LexicalBindings lexical, Consumer<ScriptProblem> problems) {
        this.lexical = lexical;
        this.problems = problems;
    }

    @Override
    public void handleCompilationDone(Context cx, DebuggableScript script, String source) {
        if (source == null || source == last) {
            return;
        }
        last = source;
        for (String what : lexical.unfollowedAtRun(source)) {
            problems.accept(new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED, "a script (" + what + ")",
                    "this engine does not give let and const a browser's bindings there"));
        }
    }

    @Override
    public DebugFrame getFrame(Context cx, DebuggableScript fnOrScript) {
        return null;
    }
}
