package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.FlattenedTextReconstructor;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.text.FormRows;

/** Plain text (scraped pages, pasted reports, Markdown): decode, then rebuild the flattened tables. */
public final class TextFormatReader implements FormatReader {

    private final TextDecoder decoder = new TextDecoder();
    private final FlattenedTextReconstructor reconstructor;
    /** Reads the tables a text keeps in HTML markup ({@link MarkupTablesInText}). */
    private final HtmlFormatReader html;

    public TextFormatReader(Predicate<String> isValue) {
        this(isValue, FormRows.NONE);
    }

    /** @param form the form's rows, to rebuild rows of text that printed a table cell by cell ({@code pdftotext}) */
    public TextFormatReader(Predicate<String> isValue, FormRows form) {
        this.reconstructor = new FlattenedTextReconstructor(isValue, form, true);
        this.html = new HtmlFormatReader(isValue);
    }

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public DocumentContent read(byte[] bytes) {
        DecodedText decoded = decoder.decode(bytes);
        List<String> lines = decoded.text().lines().toList();
        List<TextLine> text = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                text.add(new TextLine(lines.get(i), new Location.Line(i + 1)));
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!decoded.charset().equals("UTF-8") && decoded.guessed()) {
            findings.add(Finding.info("charset-detected", Scope.document(),
                    "no charset declared; decoded as " + decoded.charset() + " detected from the bytes",
                    Location.none()));
        }
        if (decoded.text().indexOf('\uFFFD') >= 0) {
            findings.add(Finding.warning("charset-damaged", Scope.document(),
                    "some bytes are not valid " + decoded.charset() + " and were replaced by U+FFFD",
                    Location.none()));
        }
        java.util.Optional<String> page = MarkupTablesInText.asHtml(decoded.text());
        if (page.isPresent()) {
            DocumentContent read = html.read(page.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            findings.add(Finding.info("tables-in-markup", Scope.document(), "the text keeps its tables as HTML markup "
                    + "(Markdown with HTML tables); they were read as HTML tables, locations are the page's",
                    Location.none()));
            findings.addAll(read.findings());
            return new DocumentContent(read.grids(), read.text(), findings, decoded.charset(), read.failure());
        }
        List<byte[]> damaged = decoded.charset().equals("UTF-8") && decoded.text().indexOf('\uFFFD') >= 0
                ? lineBytes(bytes, lines.size()) : List.of();
        return new DocumentContent(reconstructor.reconstruct(lines, damaged), text, findings, decoded.charset(), "");
    }

    /**
     * The file's lines as bytes, split where the decoded text splits them (a line feed, a carriage
     * return before it dropped), so that a reader can look at the bytes decoding replaced; empty when
     * the count differs from the decoded lines' (a lone carriage return, which the text splits at too).
     */
    private static List<byte[]> lineBytes(byte[] bytes, int count) {
        List<byte[]> out = new ArrayList<>(count);
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length ? i > from : bytes[i] == '\n') {
                int end = i > from && bytes[i - 1] == '\r' ? i - 1 : i;
                out.add(java.util.Arrays.copyOfRange(bytes, from, end));
                from = i + 1;
            }
        }
        return out.size() == count ? out : List.of();
    }
}
