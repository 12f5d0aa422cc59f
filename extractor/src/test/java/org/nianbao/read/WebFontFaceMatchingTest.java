package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebFontFaceMatchingTest {

    private static FontFace face(String block) {
        return FontFace.of(block, Optional.<Path>empty()).orElseThrow();
    }

    private static final FontFace REGULAR = face("font-family:\"nb\";src:url(r.ttf);font-weight:400");
    private static final FontFace BOLD = face("font-family:\"nb\";src:url(b.ttf);font-weight:700");
    private static final FontFace ITALIC = face("font-family:nb;src:url(i.ttf);font-style:italic");

    @Test
    void boldTextTakesTheBoldFaceAndRegularTextTheRegularOne() {
        List<FontFace> rules = List.of(REGULAR, BOLD);
        assertEquals(List.of(BOLD), WebFonts.matched(rules, 700, false));
        assertEquals(List.of(REGULAR), WebFonts.matched(rules, 400, false));
    }

    @Test
    void aWeightNoFaceHoldsTakesTheNearestInCssOrder() {
        List<FontFace> rules = List.of(REGULAR, BOLD);
        assertEquals(List.of(BOLD), WebFonts.matched(rules, 600, false)); // above 500: heavier first
        assertEquals(List.of(REGULAR), WebFonts.matched(rules, 300, false)); // below 400: lighter, then heavier
        assertEquals(List.of(REGULAR), WebFonts.matched(rules, 500, false)); // 400–500: up to 500, then lighter
    }

    @Test
    void styleIsMatchedBeforeWeight() {
        List<FontFace> rules = List.of(REGULAR, BOLD, ITALIC);
        assertEquals(List.of(ITALIC), WebFonts.matched(rules, 700, true));
        assertEquals(List.of(BOLD), WebFonts.matched(rules, 700, false));
    }

    @Test
    void aWeightRangeHoldsEveryWeightInIt() {
        FontFace variable = face("font-family:nb;src:url(v.ttf);font-weight:100 900");
        assertEquals(List.of(variable), WebFonts.matched(List.of(variable), 650, false));
    }

    @Test
    void escapesInAFamilyNameAreDecoded() {
        assertEquals("nbnum", FontFace.unquoted("\\6e bnum"));
        assertEquals("nbnum", FontFace.unquoted("\"\\6E bnum\""));
    }

    @Test
    void theFontShorthandGivesWeightAndStyleAndResetsThem() {
        assertEquals(Optional.of("bold"), CssDeclaration.fontFace("italic bold 14px nb", false));
        assertEquals(Optional.of("italic"), CssDeclaration.fontFace("italic bold 14px nb", true));
        assertEquals(Optional.of("normal"), CssDeclaration.fontFace("14px nb", false));
    }
}
