package org.nianbao.corpus;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nianbao bench|score|generate}: how the project measures its speed and its accuracy.
 * Run through the {@code ./nianbao} launcher.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true,
        description = "Benchmark, accuracy scorer and generated corpus of nianbao.",
        subcommands = {BenchCommand.class, ScoreCommand.class, GenerateCommand.class})
public final class CorpusMain implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CorpusMain()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: bench, score or generate");
    }
}
