package org.nianbao.audit;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.verify.Miss;
import org.nianbao.audit.verify.Verification;
import org.nianbao.audit.verify.Verifier;
import org.nianbao.export.CsvRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao verify OUT}: every cell's raw text re-found at its location in its source. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-finds the raw text of every cell of OUT/cells.csv at its location in its source document "
                + "(checked by sha256 to be the file that was extracted). Cells not found are listed on standard "
                + "output as CSV (document,cell,raw,location,reason); a summary goes to standard error.",
            "Exit status: 0 when every cell was found, 1 when some were not, 2 for a usage error, 3 when OUT "
                + "cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "An output folder of nianbao extract.")
    Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "Folder relative document names are resolved "
            + "against: where extract ran (default: the current folder).")
    Path root = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Outputs outputs;
        try {
            outputs = Outputs.read(out);
        } catch (IOException e) {
            err.println("nianbao verify: " + e.getMessage());
            err.flush();
            return AuditCommands.UNREADABLE;
        }
        Verification v = new Verifier(root.toAbsolutePath()).verify(outputs);
        PrintWriter stdout = spec.commandLine().getOut();
        if (!v.allFound()) {
            ICSVWriter csv = CsvRows.writer(stdout);
            csv.writeNext(new String[] {"document", "cell", "raw", "location", "reason"}, false);
            for (Miss m : v.misses()) {
                csv.writeNext(m.row(), false);
            }
            csv.flushQuietly();
        }
        stdout.flush();
        err.println(v.summary());
        err.flush();
        return v.allFound() ? 0 : 1;
    }
}
