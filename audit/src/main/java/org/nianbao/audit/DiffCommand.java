package org.nianbao.audit;

import java.io.IOException;
import java.nio.file.Path;
import org.nianbao.audit.diff.Difference;
import org.nianbao.audit.diff.OutputDiff;
import org.nianbao.audit.output.Outputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nianbao diff A B}: two outputs compared cell by cell. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two output folders of nianbao extract cell by cell (documents by name, cells by "
                + "table/row/column) and writes diff.csv: document,table,row,column,change,fields,value_a,value_b,"
                + "raw_a,raw_b, where change is added, removed, changed, document-added, document-removed or "
                + "status-changed. A summary line goes to standard error.",
            "Exit status: 0 when the outputs are identical, 1 when they differ, 2 for a usage error, 3 when an "
                + "output folder cannot be read or diff.csv cannot be written."})
final class DiffCommand extends OutputFolderCommand {

    @Parameters(index = "0", paramLabel = "A", description = "The first output folder (before).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second output folder (after).")
    Path b;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where diff.csv goes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("diff.csv");

    @Override
    int run() throws IOException {
        OutputDiff.Result result = OutputDiff.compare(Outputs.read(a), Outputs.read(b));
        CsvFile.write(out, Difference.HEADER, result.differences().stream().map(Difference::csv).toList());
        say(result.summary() + "; " + out);
        return result.identical() ? 0 : 1;
    }
}
