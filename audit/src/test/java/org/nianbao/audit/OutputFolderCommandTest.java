package org.nianbao.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.cli.Main;
import picocli.CommandLine;

class OutputFolderCommandTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"audit", "verify", "changes", "diff"})
    void aFolderThatIsNoOutputIsOneLineNamingTheCommandAndExitThree(String command) {
        Path nowhere = tmp.resolve("nowhere");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(AuditCommands.all()).setErr(new PrintWriter(err));

        List<String> args = command.equals("diff")
                ? List.of(command, nowhere.toString(), nowhere.toString(), "-o", tmp.resolve("diff.csv").toString())
                : List.of(command, nowhere.toString());
        int status = cl.execute(args.toArray(String[]::new));

        assertEquals(3, status);
        assertEquals(List.of("nianbao " + command + ": no reports.csv in " + nowhere
                + ": not an output folder of nianbao extract"), err.toString().lines().toList());
    }
}
