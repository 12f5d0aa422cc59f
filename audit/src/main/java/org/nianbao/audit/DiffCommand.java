package org.nianbao.audit;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.nianbao.audit.diff.Difference;
import org.nianbao.audit.diff.OutputDiff;
import org.nianbao.audit.output.Outputs;
import org.nianbao.export.CsvRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao diff A B}: two outputs compared cell by cell. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two output folders of nianbao extract cell by cell (documents by name, cells by "
                + "table/row/column) and writes diff.csv: document,table,row,column,change,fields,value_a,value_b,"
                + "raw_a,raw_b, where change is added, removed, changed, document-added, document-removed or "
                + "status-changed. A summary line goes to standard error.",
            "Exit status: 0 when the outputs are identical, 1 when they differ, 2 for a usage error, 3 when an "
                + "output folder cannot be read or diff.csv cannot be written."})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The first output folder (before).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second output folder (after).")
    Path b;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where diff.csv goes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("diff.csv");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            OutputDiff.Result result = OutputDiff.compare(Outputs.read(a), Outputs.read(b));
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".diff", ".csv.tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); ICSVWriter csv = CsvRows.writer(w)) {
                csv.writeNext(Difference.HEADER, false);
                for (Difference d : result.differences()) {
                    csv.writeNext(d.csv(), false);
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            err.println(result.summary() + "; " + out);
            err.flush();
            return result.identical() ? 0 : 1;
        } catch (IOException e) {
            err.println("nianbao diff: " + e.getMessage());
            err.flush();
            return AuditCommands.UNREADABLE;
        }
    }
}
