package org.nianbao.reconstruct;

import java.util.List;
import java.util.Objects;
import org.nianbao.model.Finding;

/**
 * What a format reader gives the format-independent part of the pipeline: the tables rebuilt as
 * grids, the running text, and the problems met while reading.
 *
 * @param grids the document's tables in reading order (for plain text, the whole text as rows)
 * @param text lines of running text in reading order; the title is looked for here
 * @param findings problems met while reading (repairs, pages needing OCR, charset guesses)
 * @param charset the charset text was decoded with, empty for binary formats
 * @param failure why nothing could be read (encrypted, scanned, corrupt), empty when readable
 * @param places where the locations above stand on the source as displayed (a turned PDF page's)
 */
public record DocumentContent(List<CellGrid> grids, List<TextLine> text, List<Finding> findings, String charset,
                              String failure, DisplayedPlaces places) {

    public DocumentContent {
        grids = List.copyOf(grids);
        text = List.copyOf(text);
        findings = List.copyOf(findings);
        charset = charset == null ? "" : charset;
        failure = failure == null ? "" : failure;
        places = places == null ? DisplayedPlaces.AS_READ : places;
    }

    /** Content whose locations are shown where they were read. */
    public DocumentContent(List<CellGrid> grids, List<TextLine> text, List<Finding> findings, String charset,
                           String failure) {
        this(grids, text, findings, charset, failure, DisplayedPlaces.AS_READ);
    }

    /** A document that could not be read at all, with a one-line reason a person understands. */
    public static DocumentContent unreadable(String failure, List<Finding> findings) {
        Objects.requireNonNull(failure, "failure");
        return new DocumentContent(List.of(), List.of(), findings, "", failure);
    }

    public boolean failed() {
        return !failure.isEmpty();
    }
}
