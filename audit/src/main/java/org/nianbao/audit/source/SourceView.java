package org.nianbao.audit.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.map.ValueParser;
import org.nianbao.read.DocFormatReader;
import org.nianbao.read.DocxFormatReader;
import org.nianbao.read.HtmlFormatReader;

/**
 * A source document opened to look things up at the locations the outputs give, each format the way
 * its reader numbers places: text by decoded line, PDF by the glyphs PDFBox places in a box, HTML and
 * Word by the reader's own table grid. Scans (PDF pages without text, image files) are shown as
 * {@link PageImages}; what OCR read there is checked by eye.
 */
public sealed interface SourceView extends AutoCloseable permits TextSource, PdfSource, GridSource, ImageSource {

    /** Whether each probe's raw text stands at its location, in the probes' order. */
    List<Presence> find(List<Probe> probes) throws IOException;

    @Override
    default void close() throws IOException {
    }

    /**
     * Opens a document of the given format (the {@code format} column of reports.csv).
     *
     * @throws IOException when the bytes cannot be opened as that format
     */
    static SourceView open(String format, byte[] bytes) throws IOException {
        return open(format, bytes, null);
    }

    /**
     * Opens the document read from the file {@code path} (null when not known): an HTML page's style
     * sheets saved beside it apply, as they did when it was extracted.
     */
    static SourceView open(String format, byte[] bytes, java.nio.file.Path path) throws IOException {
        ValueParser values = new ValueParser();
        return switch (format) {
            case "text" -> new TextSource(bytes);
            case "pdf" -> new PdfSource(bytes);
            case "html" -> GridSource.read(new HtmlFormatReader(values::isValue), bytes, path);
            case "docx" -> GridSource.read(new DocxFormatReader(values::isValue), bytes);
            case "doc" -> GridSource.read(new DocFormatReader(values::isValue), bytes);
            case "image" -> new ImageSource(bytes);
            default -> throw new IOException("no source view for format '" + format + "'");
        };
    }

    /** Finds the parts of a raw text (its lines) in order within a few lines after {@code line}. */
    static Presence findInLines(String raw, int line, LineText lines) {
        String seen = lines.at(line);
        int at = line;
        List<String> parts = new ArrayList<>();
        for (String p : raw.split("\n")) {
            if (!Whitespace.strip(p).isEmpty()) {
                parts.add(Whitespace.strip(p));
            }
        }
        if (parts.size() == 1 && !Whitespace.strip(lines.at(line)).contains(parts.get(0))
                && wrappedDown(parts.get(0), line, line, lines)) {
            return Presence.of(true, seen);
        }
        boolean first = true;
        for (String part : parts) {
            int found = -1;
            // a cell's later lines follow its first; the first part must stand on the line named
            for (int l = at; l <= (first ? at : at + 3) && found < 0; l++) {
                if (Whitespace.strip(lines.at(l)).contains(part)) {
                    found = l;
                }
            }
            if (found < 0) {
                return Presence.of(false, seen);
            }
            at = found + 1;
            first = false;
        }
        return Presence.of(line >= 1 && line <= lines.count(), seen);
    }

    /**
     * Whether {@code rest} is a number printed wrapped down its narrow cell, as pdftotext lays out a
     * PDF whose column was too narrow for it ({@code 86} on the line named, {@code 38} a line or
     * two below: the extractor joins such pieces only where their character columns and the row
     * identity prove it, and names the first piece's line): a word of the line {@code at} (the line
     * named for the first piece, any of the next three for the others) starts it, and the rest
     * follows the same way.
     */
    private static boolean wrappedDown(String rest, int named, int first, LineText lines) {
        for (int l = first; l <= (first == named ? named : first + 3) && l <= lines.count(); l++) {
            for (String word : Whitespace.collapse(lines.at(l)).split(" ")) {
                if (word.isEmpty() || !rest.startsWith(word)) {
                    continue;
                }
                if (word.length() == rest.length()
                        ? l != named : wrappedDown(rest.substring(word.length()), named, l + 1, lines)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lines of text by 1-based number, empty beyond the end. */
    interface LineText {
        String at(int line);

        int count();
    }
}
