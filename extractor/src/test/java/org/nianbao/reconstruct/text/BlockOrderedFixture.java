package org.nianbao.reconstruct.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nianbao.map.FormRowBook;
import org.nianbao.map.ValueParser;
import org.nianbao.model.Catalog;
import org.nianbao.reconstruct.CellGrid;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * {@code pdftotext}'s default-mode text read by {@link BlockOrderedText} as the reader is built in
 * production (the standard catalogue's rows, the value parser's idea of a value), for the tests of
 * that reader and of the rules it applies ({@code BlockOrderedTextTest}, {@code LabelsAheadOfValuesTest} and the
 * tests of the classes it reads with).
 */
final class BlockOrderedFixture {

    /** What counts as a value, as the reader is told in production. */
    static final ValueParser VALUES = new ValueParser();
    static final BlockOrderedText READER = new BlockOrderedText(VALUES::isValue,
            new FormRowBook(Catalog.standard()));

    private BlockOrderedFixture() {
    }

    /** The lines of a text file the real tool printed, the path relative to the module. */
    static List<String> lines(String path) throws IOException {
        return Files.readString(Path.of(path)).lines().toList();
    }

    /** The grid the reader makes of {@code lines}; fails the test when it does not take them for block order. */
    static CellGrid read(List<String> lines) {
        Optional<CellGrid> grid = READER.read(lines);
        assertTrue(grid.isPresent(), "not read as pdftotext's block order");
        return grid.get();
    }

    /** The row whose first cell is {@code label} (its lines joined). */
    static List<GridCell> row(CellGrid grid, String label) {
        return grid.rows().stream().filter(r -> !r.isEmpty() && r.get(0).text().replace("\n", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    /** The row whose first cell starts with {@code label}. */
    static List<GridCell> rowStartingWith(CellGrid grid, String label) {
        return grid.rows().stream().filter(r -> !r.isEmpty() && r.get(0).text().startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    /** The row's values, each flagged one marked {@code ?}. */
    static List<String> placed(List<GridCell> row) {
        return row.subList(1, row.size()).stream().map(c -> c.notes().isEmpty() ? c.text() : "?" + c.text()).toList();
    }

    /** True when the reader did not establish where the cell's value stands ({@link CellNote.Kind#UNPLACED}). */
    static boolean unplaced(GridCell c) {
        return c.notes().stream().anyMatch(n -> n.kind() == CellNote.Kind.UNPLACED);
    }
}
