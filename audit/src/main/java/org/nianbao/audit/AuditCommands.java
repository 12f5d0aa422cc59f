package org.nianbao.audit;

import java.util.List;

/**
 * The auditor's commands ({@code audit}, {@code verify}, {@code diff}, {@code changes}) as picocli
 * command objects, for the distribution's command line to add beside {@code extract}. Exit 2 for a
 * usage error, 3 when an output folder cannot be read or written.
 */
public final class AuditCommands {

    private AuditCommands() {
    }

    public static List<Object> all() {
        return List.of(new AuditCommand(), new VerifyCommand(), new DiffCommand(), new ChangesCommand());
    }
}
