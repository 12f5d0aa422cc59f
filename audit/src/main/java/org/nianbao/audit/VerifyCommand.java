package org.nianbao.audit;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import org.nianbao.audit.verify.Miss;
import org.nianbao.audit.verify.Verification;
import org.nianbao.audit.verify.Verifier;
import org.nianbao.export.CsvRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nianbao verify OUT}: every cell's raw text re-found at its location in its source. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-finds the raw text of every cell of OUT/cells.csv at its location in its source document "
                + "(checked by sha256 to be the file that was extracted). Cells not found are listed on standard "
                + "output as CSV (document,cell,raw,location,reason); a summary goes to standard error.",
            "Exit status: 0 when every cell was found, 1 when some were not, 2 for a usage error, 3 when OUT "
                + "cannot be read."})
final class VerifyCommand extends OutputFolderCommand {

    @Mixin
    OutFolderArgument out;

    @Mixin
    RootOption root;

    @Override
    int run() throws IOException {
        Verification v = new Verifier(root.path()).verify(out.read());
        PrintWriter stdout = stdout();
        if (!v.allFound()) {
            ICSVWriter csv = CsvRows.writer(stdout);
            csv.writeNext(new String[] {"document", "cell", "raw", "location", "reason"}, false);
            for (Miss m : v.misses()) {
                csv.writeNext(m.row(), false);
            }
            csv.flushQuietly();
        }
        stdout.flush();
        say(v.summary());
        return v.allFound() ? 0 : 1;
    }
}
