package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.nianbao.model.Finding;
import org.nianbao.model.Format;
import org.nianbao.model.Location;
import org.nianbao.model.Scope;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.DocumentContent;
import org.nianbao.reconstruct.FlattenedTextReconstructor;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.text.AlignedColumns;
import org.nianbao.reconstruct.text.BarsForTabs;
import org.nianbao.reconstruct.text.CsvLines;
import org.nianbao.reconstruct.text.ExpandedTabs;
import org.nianbao.reconstruct.text.FormRows;
import org.nianbao.reconstruct.text.OverflowedFirstFields;
import org.nianbao.reconstruct.text.SavedSheetLines;
import org.nianbao.reconstruct.text.SeparatedColumns;
import org.nianbao.reconstruct.text.SpacedTabs;
import org.nianbao.reconstruct.text.TabDelimitedCsvLines;

/**
 * Plain text (scraped pages, pasted reports, Markdown): decode, then rebuild the flattened tables;
 * a Markdown file's raw HTML tables are read as HTML ({@link RawHtmlTables}).
 */
public final class TextFormatReader implements FormatReader {

    private final TextDecoder decoder = new TextDecoder();
    private final FlattenedTextReconstructor reconstructor;
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
        List<String> asDecoded = lines(decoded.text());
        // a browser's copy stored as CSV (its tabs made commas, or kept as the CSV's separator) is read as the
        // tab-separated copy it was written from
        // and one whose tabs a tool expanded into spaces, or lined up into columns, as the tab-separated copy it was;
        // one pasted into a spreadsheet and saved tab-separated as the copy trimmed of its trailing tabs
        // (or each tab written as two spaces), and one lined up with a separator between the fields (`column -o ' | '`)
        // as the copy too, not as a pipe table, and one whose tabs were replaced by bars with no padding (`sed 's/\t/ | /g'`)
        // as the copy it was
        List<String> sheet = SavedSheetLines.of(TabDelimitedCsvLines.of(CsvLines.of(asDecoded)));
        // (`column -E 1` prints a first field wider than its column alone, the row's rest on the next line)
        List<String> separated = OverflowedFirstFields.of(SeparatedColumns.of(sheet));
        // `column` drops a copy's empty lines and its lines of tabs alone (a boundary between a row's paragraph cells)
        // unless told to keep them (`-L`), and then prints both as the same line of separators alone, cut to an empty
        // line: read as empty lines, they made the copy look like one keeping its empty lines, whose gaps place a row's
        // pieces, and four cells of table 三 went a column off with no finding (red team rte,
        // chromium-innertext-column-o-bar-keep-empty-lines-mixed.txt). They are left out, as `column` leaves them out
        // without `-L`, the rest keeping their line numbers
        NumberedLines numbered = separated == sheet
                ? NumberedLines.asInFile(sheet) : NumberedLines.asInFile(separated).withoutBlank();
        List<String> kept = separated == sheet ? sheet : numbered.lines(); // the file's own lines stay the same list
        // a Markdown delimiter row a person added to a bar-separated copy is no row of the copy's
        Set<Integer> delimiters = BarsForTabs.addedDelimiterRows(kept);
        if (!delimiters.isEmpty()) {
            numbered = numbered.without(delimiters);
            kept = numbered.lines();
        }
        List<String> lines = SpacedTabs.of(ExpandedTabs.of(AlignedColumns.of(BarsForTabs.of(kept))));
        List<RawHtmlTables.Block> blocks = RawHtmlTables.of(lines);
        List<RawHtmlTables.TextAround> pieces = RawHtmlTables.around(lines, blocks);
        List<TextLine> text = new ArrayList<>();
        for (RawHtmlTables.TextAround piece : pieces) {
            for (int i = 0; i < piece.lines().size(); i++) {
                if (!piece.lines().get(i).isBlank()) {
                    text.add(new TextLine(piece.lines().get(i), new Location.Line(numbered.fileLine(piece.line(i)))));
                }
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
        List<byte[]> damaged = lines == asDecoded && decoded.charset().equals("UTF-8")
                && decoded.text().indexOf('\uFFFD') >= 0
                ? lineBytes(bytes, lines.size()) : List.of();
        // the text between two raw HTML tables is read on its own, so the grids stand in the file's order
        List<CellGrid> grids = new ArrayList<>();
        int tablesBefore = 0;
        for (int p = 0; p < pieces.size(); p++) {
            RawHtmlTables.TextAround piece = pieces.get(p);
            grids.addAll(numbered.located(piece.located(reconstructor.reconstruct(piece.lines(), piece.kept(damaged)))));
            if (p < blocks.size()) {
                grids.addAll(html.embeddedTables(blocks.get(p).markup(lines), tablesBefore, findings));
                tablesBefore += blocks.get(p).tables();
            }
        }
        return new DocumentContent(grids, text, findings, decoded.charset(), "");
    }

    /**
     * The text's lines: split at each line feed (a carriage return before it dropped) where the text has any, for then a
     * lone carriage return is no line end but a character a tool kept inside a line — a copy saved by Windows Notepad
     * (CRLF) lined up on Linux by util-linux {@code column}, which keeps each CR inside its line's last field, before the
     * field's padding and the separators after it (red team rte: split there, the lines lost their separators and the
     * copy was read as a pipe table, 3 cells a column off with no finding); at carriage returns too in a text whose
     * lone carriage returns outnumber its line feeds (classic Mac line ends, perhaps with a stray line feed at the end:
     * split at line feeds only, such a text was one line, red team rtg), as {@link String#lines()} splits. The
     * {@code column} copy has one lone carriage return a line at most, as many as its line feeds.
     */
    static List<String> lines(String text) {
        int lineFeeds = 0;
        int loneReturns = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineFeeds++;
            } else if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                loneReturns++;
            }
        }
        if (loneReturns > lineFeeds) {
            return text.lines().toList();
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            int next = end < 0 ? text.length() : end + 1;
            end = end < 0 ? text.length() : end;
            out.add(text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end));
            from = next;
        }
        return out;
    }

    /**
     * The file's lines as bytes, split where the decoded text splits them (a line feed, a carriage
     * return before it dropped), so that a reader can look at the bytes decoding replaced; empty when
     * the count differs from the decoded lines' (a text whose lone carriage returns outnumber its line feeds, which
     * {@link #lines} splits at its carriage returns too).
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
