package org.nianbao.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The auditor's commands ({@code nianbao audit|verify|diff|changes}), run by the {@code ./nianbao}
 * launcher beside the extractor's. Exit 2 for a usage error, 3 when an output folder cannot be read.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, version = "nianbao 0.1.0",
        description = "Check an extraction against its sources: audit pages, verify, diff, changes.",
        subcommands = {VerifyCommand.class, AuditCommand.class, DiffCommand.class, ChangesCommand.class})
public final class AuditMain implements Runnable {

    /** Exit status when an output folder or a file it needs cannot be read or written. */
    static final int UNREADABLE = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new AuditMain()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this),
                "a command is required: audit, verify, diff or changes");
    }
}
