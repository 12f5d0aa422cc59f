package org.nianbao.reconstruct.text;

import java.util.List;

/**
 * Lines that each print one cell behind a leading tab ({@code \t0} / {@code \t0} / …), as text printing one
 * tab-indented cell a line (积石山县 style, {@code fixtures/text/jishishan.txt}) does: the tab stands before each
 * cell, not between two cells of a row, so such lines prove no join of a row cut over lines ({@link CutAppealsRow},
 * {@link CutRequestsRow}), and their cells are read one a line already, each at its own line.
 */
final class IndentedCells {

    private IndentedCells() {
    }

    /** Whether every line from {@code first} to {@code last} (both included) is one cell behind a leading tab. */
    static boolean only(List<String> lines, int first, int last) {
        for (int k = first; k <= last; k++) {
            String line = lines.get(k);
            if (!line.startsWith("\t") || line.indexOf('\t', 1) >= 0) {
                return false;
            }
        }
        return true;
    }
}
