package org.nianbao.export;

import java.io.IOException;

/**
 * The document keys of a batch, each once, in input order: what its outputs cover. Kept wherever
 * the caller keeps them (the CLI: a file), so that a batch's size is not held in memory.
 */
public interface DocumentKeys {

    boolean contains(String key) throws IOException;

    /** Each key in input order. */
    void forEach(KeyConsumer action) throws IOException;

    /** What {@link #forEach} hands each key to. */
    @FunctionalInterface
    interface KeyConsumer {
        void accept(String key) throws IOException;
    }
}
