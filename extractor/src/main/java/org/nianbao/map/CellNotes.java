package org.nianbao.map;

import org.nianbao.model.CanonicalKey;
import org.nianbao.model.CellValue;
import org.nianbao.model.Finding;
import org.nianbao.model.Scope;
import org.nianbao.reconstruct.CellNote;
import org.nianbao.reconstruct.GridCell;

/**
 * What the readers kept out of a value cell's text, said at that cell: struck-out text
 * ({@code text-struck}), hidden text ({@code text-hidden}) and a footnote marker after the number
 * ({@code footnote-marker}), all info: the value is the visible number, and the person checking
 * it sees what else the cell held.
 */
final class CellNotes {

    /** What a {@code FILLED} cell's warning says, and what {@link #maybeCut} knows it by. */
    private static final String MAYBE_CUT = "' may be only the start of the value: ";

    private CellNotes() {
    }

    /** True for the warning that a value filling its column may be only the start of a longer one. */
    static boolean maybeCut(Finding f) {
        return f.rule().equals("cells-ambiguous") && !f.scope().row().isEmpty() && !f.scope().column().isEmpty()
                && f.message().contains(MAYBE_CUT);
    }

    static void report(CanonicalKey key, GridCell cell, ParsedValue parsed, TableSink sink) {
        boolean reread = false;
        for (CellNote note : cell.notes()) {
            switch (note.kind()) {
                case STRUCK -> sink.add(struck(key, cell, note));
                case HIDDEN -> sink.add(hidden(key, cell, note));
                case ACROSS -> sink.add(Finding.info("text-across", Scope.cell(key), "'" + note.text() + "' ("
                        + note.how() + ") runs through the cell and was not read as its text", cell.where()));
                case FILLED -> sink.add(Finding.warning("cells-ambiguous", Scope.cell(key), "'" + note.text()
                        + MAYBE_CUT + note.how() + "; read as printed", cell.where()));
                case COLUMN_ASSUMED -> sink.add(Finding.warning(TableSink.ASSUMED, Scope.cell(key), note.how()
                        + "; the value may be " + (note.text().isEmpty() ? "another of the row's" : "any of " + note.text()),
                        cell.where()));
                case SPILLED -> sink.add(Finding.info("text-spilled", Scope.cell(key), "'" + note.text()
                        + "' after '" + cell.text().strip() + "' was not read: " + note.how(), cell.where()));
                case REREAD -> {
                    if (!reread) { // once per cell, however many runs of digits were read as drawn
                        sink.add(Finding.info("text-reread", Scope.cell(key), "'" + cell.text().strip()
                                + "' is read as the page draws its digits, not as the font's map gives them: "
                                + note.how(), cell.where()));
                    }
                    reread = true;
                }
                case LOST, COVERED, DRAWN, CUT, DOUBTFUL, UNPLACED, WRAPPED -> {
                    // said by the value itself (see doubt)
                }
                case INFERRED -> {
                    // said by the cell's placement (CellReader.read)
                }
                default -> throw new IllegalStateException("unknown note " + note.kind());
            }
        }
        if (!parsed.footnote().isEmpty()) {
            sink.add(Finding.info("footnote-marker", Scope.cell(key), "footnote marker '" + parsed.footnote()
                    + "' after the number was kept out of the value " + parsed.value().render(), cell.where()));
        }
    }

    /**
     * Struck-out text not read: info beside a value left standing; a warning when a number was struck and
     * nothing is left, for a figure struck with no other put in its place (the new one in a comment, a
     * caret's note, the margin) is withdrawn, not a blank the page shows (red team 18a: Acrobat's
     * "replace text").
     */
    private static Finding struck(CanonicalKey key, GridCell cell, CellNote note) {
        String message = "struck-out '" + note.text() + "' (" + note.how() + ") was not read";
        return cell.isBlank() && note.text().chars().anyMatch(Character::isDigit)
                ? Finding.warning("text-struck", Scope.cell(key), message + "; nothing is left standing, so what"
                        + " replaces it is not in the cell: the cell is read blank", cell.where())
                : Finding.info("text-struck", Scope.cell(key), message + "; the value is the text left standing: '"
                        + cell.text().strip() + "'", cell.where());
    }

    /**
     * Hidden text not read: info beside a value left standing; a warning when a number was hidden and
     * nothing is left, since the blank then rests on the judgement alone that the number does not show
     * (red team 11: Word pattern shading, {@code -webkit-text-stroke} and a Multiply highlighter were
     * taken for hiding a figure that shows).
     */
    private static Finding hidden(CanonicalKey key, GridCell cell, CellNote note) {
        String message = "hidden '" + note.text() + "' (" + note.how() + ") is not shown on the page and was not read";
        return cell.isBlank() && note.text().chars().anyMatch(Character::isDigit)
                ? Finding.warning("text-hidden", Scope.cell(key), message + "; the cell is read blank", cell.where())
                : Finding.info("text-hidden", Scope.cell(key), message, cell.where());
    }

    /** How the cell's borders were inferred, when a reader inferred them from the text; empty otherwise. */
    static java.util.Optional<String> inferred(GridCell cell) {
        return cell.notes().stream().filter(n -> n.kind() == CellNote.Kind.INFERRED).map(CellNote::how).findFirst();
    }

    /** Why the cell's place in the table is not established, when a reader said so; empty otherwise. */
    static java.util.Optional<String> unplaced(GridCell cell) {
        return cell.notes().stream().filter(n -> n.kind() == CellNote.Kind.UNPLACED).map(CellNote::how).findFirst();
    }

    /**
     * Why the cell's value cannot be believed although its text reads: something drawn over it that
     * the reader does not read, text cut off by a clipping path, or an empty cell where the source is
     * damaged or where something other than text is drawn. Empty when none.
     */
    static java.util.Optional<String> doubt(GridCell cell, CellValue value) {
        for (CellNote n : cell.notes()) {
            if (n.kind() == CellNote.Kind.COVERED) {
                return java.util.Optional.of("something the reader does not read is drawn over this cell ("
                        + n.how() + "): the value it shows is not known");
            }
            if (n.kind() == CellNote.Kind.CUT) {
                return java.util.Optional.of("the text runs on past the edge where it is clipped ('" + n.text()
                        + "' is drawn but not shown, " + n.how() + "): the value it shows may not be whole");
            }
            if (n.kind() == CellNote.Kind.DRAWN) {
                return java.util.Optional.of("something other than text is drawn in this cell (" + n.how()
                        + "): the value it shows is not read");
            }
            if (n.kind() == CellNote.Kind.DOUBTFUL) {
                return java.util.Optional.of("the text read here may not be what the page shows ('" + n.text()
                        + "' was read; " + n.how() + "): the value it shows is not known");
            }
            if (n.kind() == CellNote.Kind.WRAPPED) {
                return java.util.Optional.of("the number may be cut by a line break: '" + n.text()
                        + "' is printed here and " + n.how() + "; the layout does not prove which row those"
                        + " pieces belong to, so the value is not read");
            }
            if (n.kind() == CellNote.Kind.LOST && value instanceof CellValue.Blank) {
                return java.util.Optional.of("the cell is empty where the source is damaged: its value may be lost ("
                        + n.how() + ")");
            }
        }
        return java.util.Optional.empty();
    }
}
