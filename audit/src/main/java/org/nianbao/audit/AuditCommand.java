package org.nianbao.audit;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the command is written; refuses to run. */
@Command(name = "audit", hidden = true)
final class AuditCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("nianbao audit: not available yet");
        return 2;
    }
}
