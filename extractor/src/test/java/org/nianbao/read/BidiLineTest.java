package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The order a line is drawn in under the bidirectional algorithm, and when that order is certain. */
class BidiLineTest {

    @Test
    void aRightToLeftOverrideDrawsItsCharactersReversed() {
        BidiLine.Shown shown = BidiLine.of("\u202E958\u202C", false);
        assertEquals("859", shown.text());
        assertTrue(shown.certain());
        assertEquals("859", BidiLine.of("8\u202E95\u202C", false).text(), "the 8 before the override stays first");
        assertEquals("859", BidiLine.of("\u2067\u202E958\u202C\u2069", false).text(), "isolate-override");
        assertEquals("859件", BidiLine.of("\u202E958\u202C件", false).text());
    }

    @Test
    void digitsWithoutAnOverrideKeepTheirOrder() {
        for (String line : new String[] {"\u2067859\u2069", "\u2066859\u2069", "\u2068859\u2069", "\u202B859\u202C",
                "\u2067\u202D859\u202C\u2069"}) {
            BidiLine.Shown shown = BidiLine.of(line, false);
            assertEquals("859", shown.text(), line);
            assertTrue(shown.certain(), line);
        }
        assertEquals("859", BidiLine.of("859", true).text(), "a right-to-left cell shows a lone figure as written");
    }

    @Test
    void runsReorderedWithoutAnOverrideAreNotCertain() {
        BidiLine.Shown swapped = BidiLine.of("\u20677 / 859\u2069", false);
        assertFalse(swapped.certain(), "Chromium draws 859 / 7");
        assertEquals("7 / 859", swapped.text(), "kept as written");
        assertFalse(BidiLine.of("\u05e9\u05e0\u05d4 859", null).certain(), "Hebrew before a figure in a dir=auto cell");
    }

    /** How HtmlText writes the items of a box laid out right to left: an override holding one isolate per item. */
    @Test
    void anIsolateInsideAnOverrideMovesWholeAndIsCertainWhileNothingInsideItMoves() {
        BidiLine.Shown items = BidiLine.of("\u202E\u20669\u2069\u206658\u2069\u202C", false);
        assertEquals("589", items.text(), "the items reversed, 58 kept in its order");
        assertTrue(items.certain());
        BidiLine.Shown rtlItems = BidiLine.of("\u202E\u20679\u2069\u206758\u2069\u202C", false);
        assertEquals("589", rtlItems.text(), "right-to-left items holding a figure");
        assertTrue(rtlItems.certain());
        BidiLine.Shown inside = BidiLine.of("\u202E\u20679\u2069\u20677 / 8\u2069\u202C", false);
        assertFalse(inside.certain(), "an item whose own text is reordered (8 / 7 in Chromium)");
    }

    @Test
    void isNeededOnlyForControlsRightToLeftTextOrARightToLeftBase() {
        assertFalse(BidiLine.needed("规章 859", false));
        assertTrue(BidiLine.needed("\u202E958\u202C", false));
        assertTrue(BidiLine.needed("عدد 859", false));
        assertTrue(BidiLine.needed("859", true));
    }
}
