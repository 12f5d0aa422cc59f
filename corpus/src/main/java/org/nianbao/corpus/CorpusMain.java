package org.nianbao.corpus;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The distribution's entry point (run by the {@code ./nianbao} launcher): the library's commands
 * ({@code extract}, {@code help}) and this module's {@code bench}, {@code score} and {@code generate},
 * which measure the project's speed and accuracy. This class itself is only its picocli parent.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true,
        description = "Benchmark, accuracy scorer and generated corpus of nianbao.",
        subcommands = {BenchCommand.class, ScoreCommand.class, GenerateCommand.class})
public final class CorpusMain implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(org.nianbao.cli.Main.commandLine(List.of(new BenchCommand(), new ScoreCommand(),
                new GenerateCommand())).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: bench, score or generate");
    }
}
