package org.nianbao.reconstruct.text;

import java.util.List;
import java.util.Optional;

/**
 * One way a tool prints a table as text (w3m's box drawing, html2text's padded pipes …). Each
 * knows its own syntax and nothing else: separators, rules and padding never reach a cell.
 */
public interface TableFlattening {

    /**
     * The table that starts at {@code lines.get(from)}, or empty when the lines there are not a
     * table printed this way. Never throws on odd input: text that does not fit is left to others.
     */
    Optional<TextTable> recognise(List<String> lines, int from);
}
