package org.nianbao.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the auditor's commands share: each reads output folders of {@code nianbao extract} and
 * writes files or lines from them, says what it did in a line on standard error, and, when a folder
 * or a file cannot be read or written, says so in one line ({@code nianbao diff: ...}, no stack
 * trace) and exits with status 3.
 */
abstract class OutputFolderCommand implements Callable<Integer> {

    /** Exit status when an output folder or a file it needs cannot be read or written. */
    static final int UNREADABLE = 3;

    @Spec
    CommandSpec spec;

    /** The command's work; its exit status (0, or 1 where the command's result is a difference found). */
    abstract int run() throws IOException;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (IOException e) {
            say("nianbao " + spec.name() + ": " + e.getMessage());
            return UNREADABLE;
        }
    }

    /** One line on standard error, flushed at once: the summary a user waits for. */
    final void say(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    /** Standard output, for commands whose result is lines rather than files. */
    final PrintWriter stdout() {
        return spec.commandLine().getOut();
    }
}
