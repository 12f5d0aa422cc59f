package org.nianbao.read;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text that keeps its tables as HTML: Markdown from Python {@code html2text --bypass-tables} (one tag a
 * line, a cell's text between blank lines) or pandoc's {@code gfm} (tables with merged cells left as
 * HTML). Read as lines, the tag lines {@code <td>} and {@code </td>} become cells and a row's figures
 * shift; the markup says exactly where each cell is, so such a text is read as the HTML page it
 * nearly is: its tables as they are, every other line a paragraph of its own text.
 */
final class MarkupTablesInText {

    private static final Pattern TABLE_START = Pattern.compile("(?i)^\\s*<table[\\s>]");
    private static final Pattern TABLE_END = Pattern.compile("(?i)</table\\s*>");
    private static final Pattern CELL = Pattern.compile("(?i)<t[dh][\\s>]");

    private MarkupTablesInText() {
    }

    /**
     * The text as an HTML page when it holds a table in HTML markup (a line opening {@code <table>},
     * a cell tag, the closing tag later); empty otherwise. Lines outside tables become paragraphs,
     * their text escaped, so that markup-like text in prose stays text.
     */
    static Optional<String> asHtml(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        boolean inTable = false;
        boolean found = false;
        StringBuilder table = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!inTable && TABLE_START.matcher(line).find()) {
                inTable = true;
                table.setLength(0);
            }
            if (inTable) {
                table.append(line).append('\n');
                if (TABLE_END.matcher(line).find()) {
                    inTable = false;
                    found |= CELL.matcher(table).find();
                    html.append(table);
                }
            } else if (!line.isBlank()) {
                html.append("<p>").append(escape(line.strip())).append("</p>\n");
            }
        }
        if (inTable) {
            return Optional.empty(); // a table never closed: not markup this reader can trust
        }
        return found ? Optional.of(html.append("</body></html>\n").toString()) : Optional.empty();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
