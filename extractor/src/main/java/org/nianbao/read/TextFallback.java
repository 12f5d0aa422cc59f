package org.nianbao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.nianbao.model.Location;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.FlattenedTextReconstructor;
import org.nianbao.reconstruct.GridCell;
import org.nianbao.reconstruct.TextLine;
import org.nianbao.reconstruct.TextSpan;
import org.nianbao.reconstruct.text.DisplayColumns;

/**
 * For pages and documents whose statistical tables were flattened into paragraphs (one cell per
 * paragraph, tab-separated lines): when no table holds a single value, the running text is rebuilt
 * as a flattened grid, exactly as for plain text, with each cell keeping its own line's location.
 */
final class TextFallback {

    private final Predicate<String> isValue;
    private final FlattenedTextReconstructor reconstructor;

    TextFallback(Predicate<String> isValue) {
        this.isValue = isValue;
        this.reconstructor = new FlattenedTextReconstructor(isValue);
    }

    /** The grids rebuilt from {@code text} when none of {@code grids} holds a value, else none. */
    List<CellGrid> flattenedGrids(List<CellGrid> grids, List<TextLine> text) {
        boolean anyValue = grids.stream().flatMap(g -> g.rows().stream()).flatMap(List::stream)
                .anyMatch(c -> !c.spanned() && !c.isBlank() && isValue.test(c.text()));
        if (anyValue || text.isEmpty()) {
            return List.of();
        }
        List<CellGrid> out = new ArrayList<>();
        for (CellGrid flat : reconstructor.reconstruct(text.stream().map(TextLine::text).toList())) {
            List<List<GridCell>> rows = new ArrayList<>();
            for (List<GridCell> row : flat.rows()) {
                List<GridCell> located = new ArrayList<>(row.size());
                for (GridCell c : row) {
                    located.add(new GridCell(c.text(), where(c, text), c.spanned(), c.notes(),
                            c.span().filter(s -> placed(c, s, text))));
                }
                rows.add(located);
            }
            out.add(new CellGrid(rows, flat.positions()));
        }
        return out;
    }

    /**
     * Whether the cell stands at the columns its span gives: a word cut from inside a piece of a
     * line put together from pieces (a pdftohtml block merging narrow cells, {@code 240 211 /}) is
     * held one space after the word before it, not where the page shows it, so it keeps no columns
     * and is placed by its order only. Spans count characters or display columns (CJK two wide).
     */
    private static boolean placed(GridCell cell, TextSpan span, List<TextLine> text) {
        if (!(cell.where() instanceof Location.Line l) || l.line() > text.size()) {
            return true;
        }
        TextLine line = text.get(l.line() - 1);
        if (line.placedAt(span.start())) {
            return true;
        }
        int[] display = DisplayColumns.of(line.text().replace("\f", ""));
        return IntStream.range(0, display.length).anyMatch(i -> display[i] == span.start() && line.placedAt(i));
    }

    /** The reconstructor numbers the lines it was given; map that number back to the cell's own place on the line. */
    private static Location where(GridCell cell, List<TextLine> text) {
        if (cell.where() instanceof Location.Line l && l.line() <= text.size()) {
            return text.get(l.line() - 1).whereOf(cell.text());
        }
        return cell.where();
    }
}
