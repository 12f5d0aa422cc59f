package org.nianbao.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.audit.output.Outputs;
import org.nianbao.audit.page.AuditSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao audit OUT}: static pages to check every value against its source. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Writes OUT/audit/index.html and one page per document: the tables in the official layout, "
                + "each value beside its source (PDF page image with the cell's box, the HTML/Word table, the text "
                + "lines), the identities as a checklist, the findings, and corrections to download. The pages open "
                + "from disk; no server, no network.",
            "Exit status: 0 when the pages were written, 2 for a usage error, 3 when OUT cannot be read or written."})
final class AuditCommand implements Callable<Integer> {

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
        try {
            Path index = new AuditSite(root.toAbsolutePath()).write(Outputs.read(out));
            err.println("audit pages written: " + index);
            err.flush();
            return 0;
        } catch (IOException e) {
            err.println("nianbao audit: " + e.getMessage());
            err.flush();
            return AuditCommands.UNREADABLE;
        }
    }
}
