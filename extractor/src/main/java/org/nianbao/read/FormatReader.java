package org.nianbao.read;

import org.nianbao.model.Format;
import org.nianbao.reconstruct.DocumentContent;

/**
 * Reads the documents of one format into grids and running text. Implementations are immutable
 * and shared between threads. A document that cannot be read is a {@link DocumentContent#unreadable}
 * result, not an exception; {@code Extractor} still turns whatever else a reader throws into a failed result.
 */
public interface FormatReader {

    Format format();

    DocumentContent read(byte[] bytes);

    /**
     * Reads the document that was read from the file {@code source}; a reader that uses files beside
     * it (an HTML page's saved style sheets) overrides this.
     */
    default DocumentContent read(byte[] bytes, java.nio.file.Path source) {
        return read(bytes);
    }
}
