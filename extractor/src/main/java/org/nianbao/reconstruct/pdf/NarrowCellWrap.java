package org.nianbao.reconstruct.pdf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number that a narrow ruled cell wrapped over lines: a browser breaks a run of full-width digits
 * ({@code １８５}) between any two of them, so Chromium prints it {@code １８} over {@code ５} when the
 * column is narrow. The lines are one number only where the cell proves it: every line but the last
 * is digits that, with the first glyph of the line below, would be wider than the cell's room between its
 * side borders, so that glyph cannot have stood beside them whatever the cell's padding and alignment. Two
 * figures put on two lines of a cell wide enough for both are left as they are (and read as unreadable).
 */
final class NarrowCellWrap {

    /** A line that is part of a number: digits, half- or full-width, with their grouping and decimal marks. */
    private static final Pattern PIECE = Pattern.compile("[0-9０-９][0-9０-９,.，．]*|[,.，．]?[0-9０-９]+[0-9０-９,.，．]*");

    private final LineAssembler assembler;

    NarrowCellWrap(LineAssembler assembler) {
        this.assembler = assembler;
    }

    /** The lines as one number when a cell with at most {@code cellWidth} of room wrapped it, else empty. */
    Optional<String> joined(List<List<Glyph>> lines, float cellWidth) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            List<Glyph> line = lines.get(i);
            String text = assembler.text(line);
            if (line.isEmpty() || line.get(0).dir() != 0 || !PIECE.matcher(text).matches()) {
                return Optional.empty();
            }
            if (i + 1 < lines.size()) {
                List<Glyph> below = lines.get(i + 1);
                float width = line.get(line.size() - 1).lineEnd() - line.get(0).lineX();
                if (below.isEmpty() || !(width + below.get(0).width() > cellWidth)) { // NaN: no room known, no proof
                    return Optional.empty();
                }
            }
            sb.append(text);
        }
        return Optional.of(sb.toString());
    }
}
