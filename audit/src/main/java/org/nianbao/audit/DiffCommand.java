package org.nianbao.audit;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command is written; refuses to run. */
@Command(name = "diff", hidden = true)
final class DiffCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("nianbao diff: not available yet");
        return 2;
    }
}
