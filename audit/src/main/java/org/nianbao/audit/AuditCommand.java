package org.nianbao.audit;

import java.io.IOException;
import java.nio.file.Path;
import org.nianbao.audit.page.AuditSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nianbao audit OUT}: static pages to check every value against its source. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Writes OUT/audit/index.html and one page per document: the tables in the official layout, "
                + "each value beside its source (PDF page image with the cell's box, the HTML/Word table, the text "
                + "lines), the identities as a checklist, the findings, and corrections to download. The pages open "
                + "from disk; no server, no network.",
            "Exit status: 0 when the pages were written, 2 for a usage error, 3 when OUT cannot be read or written."})
final class AuditCommand extends OutputFolderCommand {

    @Mixin
    OutFolderArgument out;

    @Mixin
    RootOption root;

    @Override
    int run() throws IOException {
        Path index = new AuditSite(root.path()).write(out.read());
        say("audit pages written: " + index);
        return 0;
    }
}
