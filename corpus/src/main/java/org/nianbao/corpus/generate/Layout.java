package org.nianbao.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rendered report before it becomes bytes: paragraphs and tables with merged cells, as the
 * official form lays them out. Every renderer flattens the same layout its own way.
 */
public final class Layout {

    private Layout() {
    }

    /** A table cell; its text may hold {@code \n} where the source wraps it. */
    public record Cell(String text, int rowSpan, int colSpan, boolean value) {
        public Cell {
            Objects.requireNonNull(text, "text");
            if (rowSpan < 1 || colSpan < 1) {
                throw new IllegalArgumentException("spans are positive");
            }
        }

        static Cell label(String text) {
            return new Cell(text, 1, 1, false);
        }

        static Cell label(String text, int rowSpan, int colSpan) {
            return new Cell(text, rowSpan, colSpan, false);
        }

        static Cell value(String text, int colSpan) {
            return new Cell(text, 1, colSpan, true);
        }

        /** The text on one line, as flatteners that cannot wrap print it. */
        public String oneLine() {
            return text.replace("\n", "");
        }
    }

    /** A block of the document. */
    public sealed interface Block permits Paragraph, Table, PageBreak {
    }

    public record Paragraph(String text, boolean heading) implements Block {
    }

    /** A page ends here (between table rows, or between paragraphs). */
    public record PageBreak(int nextPage) implements Block {
    }

    /** A table whose rows are given as their origin cells; {@code breaksBefore} are row indexes where a page ends. */
    public record Table(int columns, List<List<Cell>> rows, List<Integer> breaksBefore) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            breaksBefore = List.copyOf(breaksBefore);
        }

        /** The grid with spans expanded: every position says which cell covers it. */
        public List<List<Slot>> grid() {
            Slot[][] g = new Slot[rows.size()][columns];
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Cell cell : rows.get(r)) {
                    while (c < columns && g[r][c] != null) {
                        c++;
                    }
                    if (c >= columns) {
                        throw new IllegalStateException("row " + r + " has more cells than " + columns + " columns");
                    }
                    for (int dr = 0; dr < cell.rowSpan(); dr++) {
                        for (int dc = 0; dc < cell.colSpan(); dc++) {
                            SlotKind kind = dr == 0 && dc == 0 ? SlotKind.ORIGIN : dr == 0 ? SlotKind.COL_COVERED : SlotKind.ROW_COVERED;
                            g[r + dr][c + dc] = new Slot(cell, kind, dc == 0);
                        }
                    }
                    c += cell.colSpan();
                }
            }
            List<List<Slot>> out = new ArrayList<>();
            for (int r = 0; r < g.length; r++) {
                for (int c = 0; c < columns; c++) {
                    if (g[r][c] == null) {
                        throw new IllegalStateException("row " + r + " leaves column " + c + " empty");
                    }
                }
                out.add(List.of(g[r]));
            }
            return out;
        }
    }

    public enum SlotKind { ORIGIN, COL_COVERED, ROW_COVERED }

    /**
     * One grid position.
     *
     * @param firstColumn true in the first column a cell spans: a row-covered slot there stands for
     *     the whole covered part of that row (Word's vMerge continuation cell)
     */
    public record Slot(Cell cell, SlotKind kind, boolean firstColumn) {
    }

    /** A whole document: its title first, then its blocks. */
    public record Document(String title, List<Block> blocks) {
        public Document {
            blocks = List.copyOf(blocks);
        }
    }
}
