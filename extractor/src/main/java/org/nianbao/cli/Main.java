package org.nianbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nianbao} command line. Usage errors exit with 2 (picocli's default). */
@Command(name = "nianbao", mixinStandardHelpOptions = true, version = "nianbao 0.1.0",
        description = "Verified, structured data from government information-disclosure annual reports.",
        subcommands = {ExtractCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: extract");
    }
}
