package org.nianbao.reconstruct;

import java.util.Objects;

/**
 * Something a reader left out of a cell's text, or found wrong with it, that the person checking
 * the value should know about. Readers only record notes; the mapper turns the notes of a cell it
 * reads as a value into findings at that cell (a note on a label cell says nothing about a value).
 *
 * @param kind what happened to the text
 * @param text the text concerned, as the source holds it ({@code 1007} for a struck-out 1007)
 * @param how how the source marks it, in words ({@code <del>}, {@code white text}, {@code w:vanish})
 */
public record CellNote(Kind kind, String text, String how) {

    /** What a reader did with a piece of a cell's text. */
    public enum Kind {
        /** Struck out (strike-through, a deleted revision): shown, but withdrawn; not read. */
        STRUCK,
        /** Not shown at all (display:none, hidden, white on white, ≤ 1 pt, covered by a box); not read. */
        HIDDEN,
        /**
         * Shown, but not the cell's text: a watermark or a stamp written another way than the page's
         * text (down the page, or turned) runs across the table and through this cell; not read.
         */
        ACROSS,
        /** The cell may have lost text: the source was damaged where it is drawn. */
        LOST,
        /** Something the reader does not read is drawn over the cell (a PDF annotation): its text is not what shows. */
        COVERED,
        /**
         * Something other than text is drawn in the cell that may show a value or part of one (an
         * image; in a cell without text, a figure drawn as outlines): the cell's text is not known
         * to be what it shows.
         */
        DRAWN,
        /** The cell's text runs on past a clipping path that cuts it off: what shows may not be all of it. */
        CUT,
        /**
         * The cell's text may not be what the page shows: its characters contradict the glyphs drawn
         * (a PDF's lying ToUnicode map, a stale ActualText), or it lies in a layer that shows on
         * screen or in print but not both. {@code text} is the text read, {@code how} what contradicts it.
         */
        DOUBTFUL,
        /**
         * The text stands, but its place does not: the reader could not establish which row or column
         * the cell is in (a tool printed the table's cells out of their rows). {@code how} says why.
         */
        UNPLACED,
        /**
         * The cell's number may go on over the lines around it: a narrow cell wrapped it, and pieces
         * of digits stand in its column on lines with no label of their own, but nothing proves which
         * row they belong to. {@code text} is the cell's text, {@code how} names the pieces.
         */
        WRAPPED,
        /**
         * The cell's text fills its column to the last byte in a tool that cuts text at the column's
         * width in bytes with no mark where the cut falls between characters (Debian {@code html2text
         * -utf8}: {@code １９} printed as {@code １}): what shows may be only the start of the value.
         * The text is read as printed and flagged at its cell. {@code how} says why.
         */
        FILLED,
        /**
         * Bytes of another cell that a tool printed over this one's padding, kept out of the value
         * (Debian {@code html2text -utf8}: {@code 5��} is 5 followed by the last bytes of the label to
         * its left). {@code text} is the spilled text, {@code how} says why it is not the cell's own.
         */
        SPILLED,
        /**
         * Digits read as their glyphs are drawn, not as the font's map gives them: the map was proved
         * to give the font's digit glyphs other digits (a PDF whose {@code ToUnicode} map swaps 3 and
         * 5). {@code text} is the digits read, {@code how} what proves the map wrong.
         */
        REREAD,
        /**
         * The cell's borders were not on the page: the reader inferred them from where the text
         * stands (a fax that lost a table's column borders whole). Its column is an assumption that
         * holds only where an identity confirms it. {@code how} says what was inferred.
         */
        INFERRED,
        /**
         * The value stands and is read, but its column was taken from the form's order among several
         * the source leaves open, and another of them gives the cell another value (a header printed
         * in pieces whose lines do not show where each column stands). {@code text} names the values
         * the cell may hold, {@code how} says why; the cell is flagged, its value kept.
         */
        COLUMN_ASSUMED
    }

    public CellNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(how, "how");
    }

    public static CellNote struck(String text, String how) {
        return new CellNote(Kind.STRUCK, text, how);
    }

    public static CellNote hidden(String text, String how) {
        return new CellNote(Kind.HIDDEN, text, how);
    }

    public static CellNote across(String text, String how) {
        return new CellNote(Kind.ACROSS, text, how);
    }

    public static CellNote lost(String how) {
        return new CellNote(Kind.LOST, "", how);
    }

    public static CellNote unplaced(String why) {
        return new CellNote(Kind.UNPLACED, "", why);
    }

    public static CellNote covered(String how) {
        return new CellNote(Kind.COVERED, "", how);
    }

    public static CellNote drawn(String how) {
        return new CellNote(Kind.DRAWN, "", how);
    }

    public static CellNote wrapped(String text, String pieces) {
        return new CellNote(Kind.WRAPPED, text, pieces);
    }

    public static CellNote filled(String text, String how) {
        return new CellNote(Kind.FILLED, text, how);
    }

    public static CellNote spilled(String text, String how) {
        return new CellNote(Kind.SPILLED, text, how);
    }

    public static CellNote doubtful(String text, String how) {
        return new CellNote(Kind.DOUBTFUL, text, how);
    }

    public static CellNote reread(String text, String how) {
        return new CellNote(Kind.REREAD, text, how);
    }

    public static CellNote inferred(String how) {
        return new CellNote(Kind.INFERRED, "", how);
    }

    public static CellNote columnAssumed(String values, String how) {
        return new CellNote(Kind.COLUMN_ASSUMED, values, how);
    }

    public static CellNote cut(String clipped, String how) {
        return new CellNote(Kind.CUT, clipped, how);
    }
}
