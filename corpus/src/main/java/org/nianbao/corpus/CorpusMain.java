package org.nianbao.corpus;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.audit.AuditCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The distribution's entry point (run by the {@code ./nianbao} launcher): the library's commands
 * ({@code extract}, {@code help}), the auditor's ({@code audit}, {@code verify}, {@code diff},
 * {@code changes}) and this module's {@code bench}, {@code score} and {@code generate},
 * which measure the project's speed and accuracy. This class itself is only its picocli parent.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true,
        description = "Benchmark, accuracy scorer and generated corpus of nianbao.",
        subcommands = {BenchCommand.class, ScoreCommand.class, GenerateCommand.class})
public final class CorpusMain implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        List<Object> commands = new ArrayList<>(List.of(new BenchCommand(), new ScoreCommand(), new GenerateCommand()));
        commands.addAll(AuditCommands.all());
        System.exit(org.nianbao.cli.Main.commandLine(commands).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: bench, score or generate");
    }
}
