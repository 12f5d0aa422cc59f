package org.nianbao.audit;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command is written; refuses to run. */
@Command(name = "changes", hidden = true)
final class ChangesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("nianbao changes: not available yet");
        return 2;
    }
}
