package org.nianbao.audit;

import java.io.IOException;
import java.nio.file.Path;
import org.nianbao.audit.output.Outputs;
import picocli.CommandLine.Parameters;

/** The OUT argument of the audit commands that read one output folder. */
final class OutFolderArgument {

    @Parameters(index = "0", paramLabel = "OUT", description = "An output folder of nianbao extract.")
    Path out;

    Outputs read() throws IOException {
        return Outputs.read(out);
    }
}
