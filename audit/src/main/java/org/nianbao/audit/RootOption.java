package org.nianbao.audit;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root}: where relative document names are resolved, for the commands that open the sources. */
final class RootOption {

    @Option(names = "--root", paramLabel = "DIR", description = "Folder relative document names are resolved "
            + "against: where extract ran (default: the current folder).")
    Path root = Path.of("");

    Path path() {
        return root.toAbsolutePath();
    }
}
