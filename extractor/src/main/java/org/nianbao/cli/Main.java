package org.nianbao.cli;

import java.util.List;
import org.nianbao.Nianbao;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;

/**
 * The {@code nianbao} command line. Every command gets {@code --help} and {@code --version}
 * (inherited), and the top-level help lists every command. Exit statuses are the spec's: 0, 1 (some
 * documents partial or failed), 2 (usage, one line and a hint), 3 (fatal: nothing written, one line,
 * never a stack trace).
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = Main.Version.class,
        description = "Verified, structured data from government information-disclosure annual reports.",
        subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** A run that could write nothing (OUT not writable, an input not readable): exit status 3. */
    public static final int FATAL = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String... args) {
        return commandLine(List.of()).execute(args);
    }

    /**
     * The command line with this module's commands and {@code more} (picocli command objects of the
     * modules built on this one, such as the distribution's bench, score and generate). New commands
     * of this module go into the {@code subcommands} list above.
     */
    public static CommandLine commandLine(List<Object> more) {
        CommandLine cl = new CommandLine(new Main());
        for (Object command : more) {
            cl.addSubcommand(command);
        }
        return cl.setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(Main::fatal);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("nianbao: " + e.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static int fatal(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e instanceof FatalError ? e.getMessage() : "internal error: " + e;
        cmd.getErr().println("nianbao: " + message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        return FATAL;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required ("
                + "'nianbao help' lists them)");
    }

    /** The version every command prints. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"nianbao " + Nianbao.version()};
        }
    }
}
