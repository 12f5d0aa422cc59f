package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The declarations a browser drops as invalid, and the size the font shorthand sets (checked in Chromium). */
class CssDeclarationTest {

    @Test
    void dropsTheOldInternetExplorerHacksAndTypos() {
        assertFalse(CssDeclaration.valid("display", "inline\\9", false));
        assertFalse(CssDeclaration.valid("display", "inline\\0/", false));
        assertFalse(CssDeclaration.valid("color", "#000\\9", false));
        assertFalse(CssDeclaration.valid("color", "#00000", false), "five hex digits");
        assertFalse(CssDeclaration.valid("color", "blak", false));
        assertFalse(CssDeclaration.valid("display", "inline !importent", false));
        assertFalse(CssDeclaration.valid("display", "-moz-inline-stack", false));
        assertFalse(CssDeclaration.valid("visibility", "show", false));
        assertFalse(CssDeclaration.valid("opacity", "none", false));
        assertFalse(CssDeclaration.valid("background", "#fffff url(a.png)", false));
    }

    @Test
    void keepsWhatBrowsersKeep() {
        assertTrue(CssDeclaration.valid("display", "none", false));
        assertTrue(CssDeclaration.valid("display", "inline-block", false));
        assertTrue(CssDeclaration.valid("color", "#fff", false));
        assertTrue(CssDeclaration.valid("color", "windowtext", false));
        assertTrue(CssDeclaration.valid("color", "color-mix(in srgb, white, black)", false));
        assertTrue(CssDeclaration.valid("color", "var(--x)", false));
        assertTrue(CssDeclaration.valid("opacity", "0%", false));
        assertTrue(CssDeclaration.valid("zoom", "5%", false));
        assertTrue(CssDeclaration.valid("zoom", "0.05", false));
        assertTrue(CssDeclaration.valid("font-size", "10.5pt", false));
        assertTrue(CssDeclaration.valid("font-size", "0", false));
        assertTrue(CssDeclaration.valid("content", "\"\\35\"", false));
        assertTrue(CssDeclaration.valid("overflow", "hidden auto", false));
        assertTrue(CssDeclaration.valid("text-shadow", "0 0 2px #000,0 0 2px #000", false));
    }

    @Test
    void quirksModeTakesAHexWithoutItsHashAndANumberWithoutItsUnit() {
        assertTrue(CssDeclaration.valid("color", "000", true));
        assertFalse(CssDeclaration.valid("color", "000", false));
        assertTrue(CssDeclaration.valid("font-size", "12", true));
        assertFalse(CssDeclaration.valid("font-size", "12", false));
    }

    @Test
    void readsTheSizeOfTheFontShorthand() {
        assertEquals(Optional.of("0"), CssDeclaration.fontSize("0/0 a"));
        assertEquals(Optional.of("1.0pt"), CssDeclaration.fontSize("1.0pt \"times new roman\""));
        assertEquals(Optional.of("1px"), CssDeclaration.fontSize("bold 1px/1 arial"));
        assertEquals(Optional.of(".5pt"), CssDeclaration.fontSize(".5pt \"times new roman\""));
        assertEquals(Optional.of("14px"), CssDeclaration.fontSize("normal normal 400 14px/1.5 \"microsoft yahei\""));
        assertEquals(Optional.of("12px"), CssDeclaration.fontSize("12px/1.5 tahoma,arial,\\5b8b\\4f53"));
        assertEquals(Optional.of("small"), CssDeclaration.fontSize("italic small serif"));
        assertEquals(Optional.of("medium"), CssDeclaration.fontSize("menu"));
        assertEquals(Optional.empty(), CssDeclaration.fontSize("\"arial\" 12px"), "the family must come last");
        assertEquals(Optional.empty(), CssDeclaration.fontSize("bold"));
    }
}
