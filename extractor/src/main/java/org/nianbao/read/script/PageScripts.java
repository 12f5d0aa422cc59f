package org.nianbao.read.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the scripts a page runs as it loads, and hands back the page as they leave it. The reader asks
 * this seam only for a page that has scripts; what it runs them with is the implementation's affair
 * ({@link HtmlUnitScripts}).
 */
public interface PageScripts {

    /**
     * @param html   the page's decoded text
     * @param folder the folder the page lives in: the only place its script and style files are served
     *               from (a saved page's {@code _files/} folder); empty for a page with no file, which is
     *               served nothing
     * @param name   the page's file name, for its address and its relative links
     */
    ScriptRun run(String html, Optional<Path> folder, String name);

    /**
     * Runs nothing: every page with scripts is read as its source stands, with what their text shows they change
     * doubted (the static guesses, {@code ScriptedStyle}), as before scripts were run.
     */
    static PageScripts notRun() {
        return (html, folder, name) -> new ScriptRun("", List.of(new ScriptProblem(ScriptProblem.Kind.NOT_FOLLOWED,
                "the page's scripts", "not run (--no-scripts)")));
    }
}
