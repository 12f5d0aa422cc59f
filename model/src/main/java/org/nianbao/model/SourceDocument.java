package org.nianbao.model;

import java.util.Objects;

/**
 * One input's identity.
 *
 * @param name the path as given on the command line or found under a given folder
 * @param charset the charset text was decoded with, empty for binary formats
 */
public record SourceDocument(String name, String sha256, Format format, String charset) {
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        charset = charset == null ? "" : charset;
    }
}
