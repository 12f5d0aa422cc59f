package org.nianbao.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nianbao.export.DocumentKey;

/**
 * Names documents as the CLI does: the input as given, followed by the file's path under it
 * ({@code fixtures/text/kangle.txt}), so the {@code document} column of the job and of
 * {@code nianbao extract} agree. Spark lists files by their fully qualified URI; each input is
 * known both as given and qualified, and the longest qualified input that contains a file names it.
 * A file under no input (a glob's match) keeps its URI. The name is then written as the CLI's
 * {@link DocumentKey} ({@code %} and control characters escaped).
 */
final class DocumentNames implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One input, as the user gave it and as the file system qualifies it. */
    record Root(String given, String qualified) implements Serializable {
        private static final long serialVersionUID = 1L;

        Root {
            given = stripSlash(given);
            qualified = stripSlash(qualified);
        }
    }

    private final List<Root> roots;

    DocumentNames(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    String name(String uri) {
        Root best = null;
        for (Root r : roots) {
            boolean under = uri.equals(r.qualified) || uri.startsWith(r.qualified + "/");
            if (under && (best == null || r.qualified.length() > best.qualified.length())) {
                best = r;
            }
        }
        String name = best == null ? uri : best.given + uri.substring(best.qualified.length());
        return DocumentKey.of(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String stripSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
