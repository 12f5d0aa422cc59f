package org.nianbao.read.script;

import java.util.function.Consumer;
import org.htmlunit.corejs.javascript.Context;
import org.htmlunit.corejs.javascript.debug.DebugFrame;
import org.htmlunit.corejs.javascript.debug.DebuggableScript;
import org.htmlunit.corejs.javascript.debug.Debugger;

/**
 * Code Rhino compiles from a string while the page runs ({@code eval}, {@code Function}, however the script reached
 * them), seen as Rhino compiles it: the rewriting of {@link LexicalBindings} reaches only the strings it can tell are
 * handed over from the text, so every other one is checked here, and what in it a browser would throw about is a
 * problem of the run, never a page read as if it had run on. Told through Rhino's debugger hook, the one place every
 * compiled string passes; it asks for no frames, so nothing of the run itself is watched.
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
        if (!script.isGeneratedScript() || source == null || source == last) {
            return; // the page's own scripts went through the rewriting when the engine compiled them
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
